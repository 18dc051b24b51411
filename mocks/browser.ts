import { setupWorker } from 'msw/browser';
import { handlers } from './handlers/index';
import { askToKeepAppFiles } from '../src/lib/precache-message';
import { mockWorkerUrl } from '../src/lib/service-worker-url';
import { setScenario } from './scenario';

/**
 * Starts the mock service worker with `scenario` (a `?mock=` value, src/app/mock-scenario.ts). main.tsx
 * starts it only for a scenario; the plain sample plan is served as static JSON (decision 031).
 */
export async function startMock(scenario: string): Promise<void> {
  setScenario(scenario);
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: mockWorkerUrl },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  if (import.meta.env.PROD) keepAppFilesWhenIdle();
}

/**
 * Asks sw.js to keep all of the app's files for offline use once the page has loaded and is idle,
 * so the download does not compete with the first view (docs/decisions/008).
 */
function keepAppFilesWhenIdle(): void {
  const whenIdle = () => {
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(askToKeepAppFiles, { timeout: 5000 });
    else setTimeout(askToKeepAppFiles, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
