import { mockWorkerUrl } from '../src/lib/service-worker-url';

/** If the worker never takes over (a broken registration), msw starts anyway after this long. */
const CONTROL_WAIT_MS = 5000;

/**
 * Registers the mock build's service worker at once (decisions 008, 021) and resolves once it
 * controls the page. msw's start() must wait for that: finding its worker registered but not yet
 * in control, msw reloads the page (msw 2, getWorkerInstance). On a slow first visit that was a
 * real reload in the middle of the first view — a browser test saw its page navigate away under
 * it. Resolves at once without service workers, and when registering fails (msw reports it).
 */
export function registerMockWorker(): Promise<void> {
  const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!sw) return Promise.resolve();
  return new Promise((resolve) => {
    sw.addEventListener('controllerchange', () => resolve(), { once: true });
    sw.register(mockWorkerUrl).then(
      () => {
        if (sw.controller) resolve();
      },
      () => resolve(),
    );
    setTimeout(resolve, CONTROL_WAIT_MS);
  });
}
