import { appWorkerUrl } from '../lib/service-worker-url';

/**
 * Registers the service worker of a real-API build after the page has loaded (its precache
 * download must not compete with the first paint). Our own module instead of vite-plugin-pwa's
 * registerSW: that one is an inline script, which the CSP forbids. The mock build does not call
 * this: main.tsx registers the same file early under the URL msw starts with (mockWorkerUrl).
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(appWorkerUrl).catch((error: unknown) => {
      // Without it the app works as before, only not offline.
      console.warn('Service worker not registered', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
