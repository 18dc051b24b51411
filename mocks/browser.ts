import { setupWorker } from 'msw/browser';
import { handlers } from './handlers/index';
import { setScenario } from './scenario';

const STORAGE_KEY = 'mh-mock-scenario';

/**
 * Starts the mock service worker. The scenario comes from `?mock=` and is kept in sessionStorage,
 * so it survives in-app navigation (which drops unknown URL parameters); `?mock=` (empty) clears it.
 */
export async function startMock(): Promise<void> {
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
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
