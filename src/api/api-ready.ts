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

/**
 * A published data folder on a plain static host (`npm run build:data`): every path is a file
 * `<path>.json`, because `/measures` (the list) and `/measures/<id>` cannot both be files without
 * an extension. See docs/deploy.md. The mock build switches to it at start for its plain sample
 * plan, which it publishes the same way (decision 031). Kept here, not in fetch-json.ts: main.tsx
 * sets it, and fetch-json.ts is a lazy chunk.
 */
let staticFiles = import.meta.env.VITE_API_STATIC === 'true';

/** From now on every request reads `<path>.json` (main.tsx, before the first request). */
export function switchToStaticFiles(): void {
  staticFiles = true;
}

export function readsStaticFiles(): boolean {
  return staticFiles;
}
