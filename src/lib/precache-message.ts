/**
 * The message a page of the mock build sends to sw.js to have the app's files kept for offline use
 * (src/sw.ts fills its precache then, not at install, so the mock's first answers are not delayed).
 */
export const FILL_PRECACHE = 'mh-fill-precache';

/** Asks the active service worker (once there is one) to keep the app's files: mock build only. */
export function askToKeepAppFiles(): void {
  void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(FILL_PRECACHE));
}
