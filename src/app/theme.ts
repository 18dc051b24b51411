/**
 * Light/dark theme: follows the system unless the reader chose one. The choice is a
 * `data-theme` attribute on <html>; the colours use CSS `light-dark()`, so one token list
 * serves both themes (src/styles/tokens.css).
 */
export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];

const STORAGE_KEY = 'mh-theme';

export function readThemePreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if ((themePreferences as readonly string[]).includes(stored ?? '')) return stored as ThemePreference;
  } catch {
    // storage blocked
  }
  return 'system';
}

export function applyTheme(preference: ThemePreference): void {
  const root = document.documentElement;
  if (preference === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', preference);
  try {
    localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // not persisting is acceptable
  }
}
