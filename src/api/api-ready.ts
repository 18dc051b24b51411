/**
 * Queries must not fetch before the mock service worker is active: until then the SPA fallback
 * answers `/api/...` with index.html and status 200 (docs/conventions.md). Instead of delaying the
 * first render on `worker.start()`, main.tsx hands the start promise here and every query
 * function awaits it, so the shell paints while the mock loads in parallel.
 */
let ready: Promise<void> = Promise.resolve();

export function setApiReady(promise: Promise<void>): void {
  ready = promise;
}

export function whenApiReady(): Promise<void> {
  return ready;
}
