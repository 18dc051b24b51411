/** Where the production build's service worker lives (src/sw.ts, built by vite-plugin-pwa). */
const serviceWorkerUrl = `${import.meta.env.BASE_URL}sw.js`;

/**
 * Registers the service worker of a real-API build after the page has loaded (its precache
 * download must not compete with the first paint). Our own module instead of vite-plugin-pwa's
 * registerSW: that one is an inline script, which the CSP forbids. The mock build does not call
 * this: msw registers the same file itself, and would reload the page if it found a registration
 * it did not make that does not control the page yet.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(serviceWorkerUrl).catch((error: unknown) => {
      // Without it the app works as before, only not offline.
      console.warn('Service worker not registered', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
