import { setupWorker } from 'msw/browser';
import { handlers } from './handlers/index';
import { FILL_PRECACHE } from '../src/lib/precache-message';
import { mockWorkerUrl } from '../src/lib/service-worker-url';
import { setScenario } from './scenario';

const STORAGE_KEY = 'mh-mock-scenario';

/**
 * Starts the mock service worker and resolves to the scenario in use. The scenario comes from `?mock=` and is kept in sessionStorage,
 * so it survives in-app navigation (which drops unknown URL parameters); `?mock=` (empty) clears it.
 */
export async function startMock(): Promise<string> {
  const fromUrl = new URLSearchParams(window.location.search).get('mock');
  let value: string | null = fromUrl;
  try {
    if (fromUrl !== null) sessionStorage.setItem(STORAGE_KEY, fromUrl);
    else value = sessionStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (privacy mode); the URL value still applies to this page load.
  }
  setScenario(value ?? '');
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: mockWorkerUrl },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  if (import.meta.env.PROD) keepAppFilesWhenIdle();
  return value ?? '';
}

/**
 * Asks sw.js to keep all of the app's files for offline use once the page has loaded and is idle,
 * so the download does not compete with the first view (docs/decisions/008).
 */
function keepAppFilesWhenIdle(): void {
  const ask = () => {
    void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(FILL_PRECACHE));
  };
  const whenIdle = () => {
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(ask, { timeout: 5000 });
    else setTimeout(ask, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
