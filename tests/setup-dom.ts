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
// 30 s, not 10 (nor 5 before that): with the CI run's browser tests and a second `npm test` on the
// same two cores, the measures list's first rows took over 5 s to appear once in five runs
// (2026-12-02), and over 10 s once in five on 2026-12-03, in a run that took 202 s instead of
// 54-87 (the first file in a worker to open the list also transforms its modules: 3.4 s alone, on
// a quiet machine). A find that succeeds returns as soon as it does; only a failing one waits this
// long (tests time out at 60 s).
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => {
  cleanup();
  language.set('de');
  localStorage.clear();
  sessionStorage.clear();
});
