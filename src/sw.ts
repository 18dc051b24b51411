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
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precache } from 'workbox-precaching';

type ManifestEntry = string | { url: string; revision: string | null };

// Only the few service-worker types this file needs (the project compiles against the DOM lib).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  __WB_MANIFEST: ManifestEntry[];
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
declare const self: ServiceWorkerScope;
declare function importScripts(...urls: string[]): void;

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Control the page that installed us at once, so views it has not opened yet load from the cache.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

const appShell = new URL('index.html', self.registration.scope).href;

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  // Every route of the single-page app is index.html (the same fallback the web server gives).
  const url = request.mode === 'navigate' ? appShell : request.url;
  if (getCacheKeyForURL(url) === undefined) return;
  event.stopImmediatePropagation();
  event.respondWith(matchPrecache(url).then((cached) => cached ?? fetch(request)));
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
