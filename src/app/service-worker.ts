import type { QueryClient } from '@tanstack/react-query';
import { askToKeepAppFiles } from '../lib/precache-message';
import { appWorkerUrl } from '../lib/service-worker-url';
import { whenSettled } from './when-settled';

/**
 * Registers the service worker once the first view has its data and the browser is idle: it
 * downloads every file of the build (~1.4 MB), and started at the page's load event it competed
 * with drawing the first data (issue 12). Our own module instead of vite-plugin-pwa's registerSW:
 * that one is an inline script, which the CSP forbids. A real-API build's worker keeps the files
 * at install; the mock build's worker only when the page asks (src/sw.ts), which it does here for
 * the plain sample plan. For a mock scenario main.tsx does not call this: msw needs the same file
 * registered at once, under the URL it starts with (mockWorkerUrl; decisions 021, 031).
 */
export function registerServiceWorker(queryClient: QueryClient): void {
  if (!('serviceWorker' in navigator)) return;
  whenSettled(queryClient, () => {
    navigator.serviceWorker.register(appWorkerUrl).then(
      () => {
        if (!import.meta.env.VITE_API_URL) askToKeepAppFiles();
      },
      (error: unknown) => {
        // Without it the app works as before, only not offline.
        console.warn('Service worker not registered', error);
      },
    );
  });
}
