import { createI18n, type ComponentsJSON, type TranslationsJSON } from '@nanostores/i18n';
import { useStore } from '@nanostores/react';
import { atom } from 'nanostores';

/**
 * German first, English second, with @nanostores/i18n (~1 KiB gzip; i18next + react-i18next cost
 * ~19 KiB and broke the 90 KiB entry budget, see docs/decisions/003). German texts are the base
 * translation and live in code next to the feature that uses them (`messages.ts`), so a lazy view
 * also brings its own texts. English lives in `messages.en.ts` files, loaded on demand when a
 * reader switches. Keys are type-checked: `t.someKey` on a typed store, and the English files
 * are typed `EnglishOf<…>` so a missing key is a compile error.
 */
export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'mh-language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage blocked: German
  }
  return 'de';
}

/** The UI language. Only an explicit choice (stored) switches to English. */
export const language = atom<Language>(storedLanguage());

export function setLanguage(next: Language): void {
  language.set(next);
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not persisting is acceptable
  }
}

// Every English file, each its own lazy chunk; all are fetched together on the first switch.
const englishFiles = import.meta.glob<{ en: ComponentsJSON }>('../**/messages.en.ts');

export async function loadEnglish(): Promise<ComponentsJSON> {
  const modules = await Promise.all(Object.values(englishFiles).map((load) => load()));
  return Object.assign({}, ...modules.map((module) => module.en)) as ComponentsJSON;
}

export const i18n = createI18n(language, {
  baseLocale: 'de',
  get: (code) => (code === 'en' ? loadEnglish() : Promise.resolve({})),
});

export function useLanguage(): Language {
  return useStore(language);
}

/** The locale for Intl formatting of the UI language. */
export function localeOf(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'de-DE';
}

/**
 * The shape an English translation of a German component must have: every key, as a string
 * (plain or with `{params}`) or, for `count()`, an object of plural forms.
 */
export type EnglishOf<T> = { [K in keyof T]: T[K] extends string ? string : string | { one: string; other: string } };

/** Flat key list of a translation JSON, for the test that both languages match. */
export type { TranslationsJSON };

/** The German base translation type of a messages store (for typing its English file). */
export type BaseOf<S> = S extends { get: () => infer T } ? T : never;
