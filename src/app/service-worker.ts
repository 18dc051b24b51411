import type { QueryClient } from '@tanstack/react-query';
import { appWorkerUrl } from '../lib/service-worker-url';
import { whenSettled } from './when-settled';

/**
 * Registers the service worker of a real-API build once the first view has its data and the
 * browser is idle: its install downloads every file of the build (~1.4 MB) and, started at the
 * page's load event, it competed with drawing the first data (issue 12). Our own module instead of
 * vite-plugin-pwa's registerSW: that one is an inline script, which the CSP forbids. The mock
 * build does not call this: main.tsx registers the same file early under the URL msw starts with
 * (mockWorkerUrl), and that worker fills its cache only when the page asks (src/sw.ts).
 */
export function registerServiceWorker(queryClient: QueryClient): void {
  if (!('serviceWorker' in navigator)) return;
  whenSettled(queryClient, () => {
    navigator.serviceWorker.register(appWorkerUrl).catch((error: unknown) => {
      // Without it the app works as before, only not offline.
      console.warn('Service worker not registered', error);
    });
  });
}
