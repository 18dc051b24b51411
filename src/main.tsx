import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiReady } from './api/api-ready';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { currentAppPath, preloadRoute } from './app/route-preload';
import { applyTheme, readThemePreference } from './app/theme';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';

applyTheme(readThemePreference());

// Without VITE_API_URL the app serves its data from the MSW mock. The import is dynamic so msw
// (~150 KiB gzip) is a separate chunk loading in parallel with the first paint; with VITE_API_URL
// set, Vite replaces the condition by `false` and the mock is not in the bundle at all.
if (!import.meta.env.VITE_API_URL) {
  // Registering the worker at once lets the browser fetch, install and activate it while the msw
  // chunk downloads; msw's start() then finds it registered (the start was ~40 % of the wait for data).
  navigator.serviceWorker?.register(`${import.meta.env.BASE_URL}mockServiceWorker.js`).catch(() => undefined);
  setApiReady(import('../mocks/browser').then(({ startMock }) => startMock()));
}

// The first view's chunk and data requests start now, not after the entry has rendered and the
// lazy view has loaded (after setApiReady: the requests must wait for the mock).
const queryClient = createQueryClient();
preloadRoute(queryClient, currentAppPath());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
