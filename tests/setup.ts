import { format } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '../mocks/node';
import { setScenario } from '../mocks/scenario';

/** Setup for both vitest projects (node and jsdom): the msw mock and the console.error rule. */

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

// A console error is a failed test: React warnings (keys, act, invalid DOM) must not pile up.
// The whole message is shown (format() as console.error would print it, stack included), so the
// failure says what went wrong without a rerun.
let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  server.resetHandlers();
  setScenario('');
  vi.restoreAllMocks();
  if (consoleErrors.length > 0) {
    const messages = consoleErrors.map((args, i) => `--- console.error ${i + 1}:\n${format(...args)}`).join('\n');
    throw new Error(`console.error was called ${consoleErrors.length}×:\n${messages}`);
  }
});

afterAll(() => server.close());
