/** The production build's service worker (src/sw.ts, built by vite-plugin-pwa); it carries MSW's worker in the mock build. */
export const appWorkerUrl = `${import.meta.env.BASE_URL}sw.js`;

/**
 * The worker the mock registers: in the production build our sw.js (one scope has one service
 * worker, docs/decisions/008); the dev server has no built sw.js and uses msw's own file. main.tsx
 * registers the same URL early (decision 021), so msw finds the registration it expects.
 */
export const mockWorkerUrl = import.meta.env.PROD ? appWorkerUrl : `${import.meta.env.BASE_URL}mockServiceWorker.js`;
