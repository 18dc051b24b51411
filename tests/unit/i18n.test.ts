import { describe, expect, it } from 'vitest';
import { i18n, loadEnglish } from '../../src/i18n/i18n';

// Define every German component (they register their base texts in i18n.cache.de on import).
const germanModules = import.meta.glob('../../src/**/messages.ts', { eager: true });

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as Record<string, unknown>).flatMap(texts);
}

describe('translations', () => {
  it('finds the German components', () => {
    expect(Object.keys(germanModules).length).toBeGreaterThan(1);
    expect(Object.keys(i18n.cache.de ?? {})).toEqual(expect.arrayContaining(['app', 'state', 'status', 'about', 'a11y']));
  });

  it('English has exactly the keys of German, component by component', async () => {
    const german = i18n.cache.de ?? {};
    const english = await loadEnglish();
    expect(Object.keys(english).sort()).toEqual(Object.keys(german).sort());
    for (const component of Object.keys(german)) {
      expect(Object.keys(english[component] ?? {}).sort(), component).toEqual(Object.keys(german[component] ?? {}).sort());
    }
  });

  it('uses the same {placeholders} in both languages and has no empty text', async () => {
    const german = i18n.cache.de ?? {};
    const english = await loadEnglish();
    for (const [component, entries] of Object.entries(german)) {
      for (const [key, de] of Object.entries(entries as unknown as Record<string, unknown>)) {
        const en = english[component]?.[key];
        const deTexts = texts(de);
        const enTexts = texts(en);
        for (const text of [...deTexts, ...enTexts]) expect(text.trim().length, `${component}.${key}`).toBeGreaterThan(0);
        expect(placeholders(enTexts.join(' ')), `${component}.${key}`).toEqual(placeholders(deTexts.join(' ')));
      }
    }
  });
});
