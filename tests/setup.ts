import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '../mocks/node';
import { setScenario } from '../mocks/scenario';
import { language } from '../src/i18n/i18n';

// The data tool's tests run in the node environment (`// @vitest-environment node`): no DOM there.
const hasDom = typeof window !== 'undefined';

// jsdom has no layout: recharts' ResponsiveContainer needs ResizeObserver to exist at all.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

if (hasDom && !window.matchMedia) {
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
if (hasDom) window.scrollTo = () => {};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

// A console error is a failed test: React warnings (keys, act, invalid DOM) must not pile up.
let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  setScenario('');
  language.set('de');
  if (hasDom) {
    localStorage.clear();
    sessionStorage.clear();
  }
  vi.restoreAllMocks();
  if (consoleErrors.length > 0) {
    const first = consoleErrors[0]?.map(String).join(' ') ?? '';
    throw new Error(`console.error was called ${consoleErrors.length}×: ${first.slice(0, 500)}`);
  }
});

afterAll(() => server.close());
