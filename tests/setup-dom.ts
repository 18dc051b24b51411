import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { language } from '../src/i18n/i18n';

/** Setup for the jsdom project only: what jsdom lacks, and a clean page after each test. */

// jsdom has no layout: recharts' ResponsiveContainer needs ResizeObserver to exist at all.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
window.scrollTo = () => {};

// Whole views render lazily (code, mock, schemas): on a busy 2-core machine the first find can take
// more than the library's default of 1 s. One generous budget for every find, instead of per file.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  language.set('de');
  localStorage.clear();
  sessionStorage.clear();
});
