/**
 * The app's service worker (built by vite-plugin-pwa, injectManifest, as a classic script: sw.js).
 * It keeps every built file (the entry, all lazy view chunks, CSS) in the Workbox precache and
 * answers navigations with the precached index.html, so a view never opened and a reload work
 * offline once the dashboard has been opened on the network (docs/decisions/008).
 *
 * Mock build: one scope can have only one service worker, and MSW needs one at '/'. So this worker
 * also carries MSW's worker (importScripts below, registered by msw with this file's URL). Our fetch
 * listener runs first and stops the event for the app's own files; everything else (the mock API)
 * goes on to MSW's listener. The real-API build has no MSW part at all.
 */
import { cleanupOutdatedCaches, PrecacheController } from 'workbox-precaching';
import { FILL_PRECACHE } from './lib/precache-message';

type ManifestEntry = string | { url: string; revision: string | null };

// Only the few service-worker types this file needs (the project compiles against the DOM lib).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface ServiceWorkerScope {
  __WB_MANIFEST: ManifestEntry[];
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
declare const self: ServiceWorkerScope;
declare function importScripts(...urls: string[]): void;

const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/**
 * Downloads the files of this build that are not kept yet (all of them on a first visit) into
 * Workbox's precache, under Workbox's cache keys. Not PrecacheController.install(): that stores
 * only during an `install` event, and the mock build fills the cache later (see below).
 */
async function fillPrecache(): Promise<void> {
  const cache = await caches.open(precache.strategy.cacheName);
  const entries = [...precache.getURLsToCacheKeys()];
  await Promise.all(
    entries.map(async ([url, cacheKey]) => {
      if (await cache.match(cacheKey)) return;
      const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
      if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
      await cache.put(cacheKey, response);
    }),
  );
}

if (import.meta.env.VITE_API_URL) {
  // Real API: the classic way, the worker becomes active once every file is kept.
  self.addEventListener('install', (event) => event.waitUntil(fillPrecache()));
} else {
  // Mock build: msw waits for this worker to be active before the first answer, so filling the
  // precache at install (~1.4 MB) would delay the first data of a first visit by seconds. Instead
  // the page asks once it has its data (mocks/browser.ts with a scenario, src/app/service-worker.ts
  // for the plain sample plan, decision 031), and the files arrive in the background.
  self.addEventListener('message', (event) => {
    if (event.data !== FILL_PRECACHE) return;
    event.stopImmediatePropagation();
    event.waitUntil(fillPrecache());
  });
}

self.addEventListener('activate', (event) => {
  // Drops files of older builds; then controls the page that installed us at once, so views it has
  // not opened yet load from the cache.
  void precache.activate(event);
  event.waitUntil(self.clients.claim());
});

const appShell = new URL('index.html', self.registration.scope).href;

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  // Every route of the single-page app is index.html (the same fallback the web server gives).
  const url = request.mode === 'navigate' ? appShell : request.url;
  if (precache.getCacheKeyForURL(url) === undefined) return;
  event.stopImmediatePropagation();
  event.respondWith(precache.matchPrecache(url).then((cached) => cached ?? fetch(request)));
});

if (!import.meta.env.VITE_API_URL) {
  // MSW's worker unregisters itself when its last tab sends CLIENT_CLOSED (on every reload and
  // close). Here that would drop the precache with it: a reload offline would get the browser's
  // offline page. Keep the registration; MSW only forgets that client, which is harmless.
  self.addEventListener('message', (event) => {
    if (event.data === 'CLIENT_CLOSED') event.stopImmediatePropagation();
  });
  importScripts(new URL('mockServiceWorker.js', self.registration.scope).href);
}
