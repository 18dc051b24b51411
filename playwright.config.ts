import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/**
 * Browser tests run in Debian's Chromium (`npx playwright install` cannot download here) against
 * the production build served by `vite preview`. CHROME_PATH overrides the browser binary.
 */

// Several people (or helpers) can test different builds at once: E2E_PORT and E2E_DIST pick the
// preview port and the build folder (defaults: 4173 and dist/).
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // One worker per core (decision 030). A third worker won on 2026-12-01 (decision 029), when two
  // left ~10 % of the CPU idle; on 2026-12-02, with page loads twice as dear, two workers won
  // (306 and 325 s vs 337 and 335 s) with the cores still 95 % busy, and fewer tests wait on others.
  workers: availableParallelism(),
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    viewport: { width: 1280, height: 720 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
