import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiReady } from './api/api-ready';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { currentAppPath, preloadData, preloadView } from './app/route-preload';
import { applyTheme, readThemePreference } from './app/theme';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';

applyTheme(readThemePreference());

// The first view's chunk and data requests start now, not after the entry has rendered and the
// lazy view has loaded (issue 12).
const path = currentAppPath();
const viewLoaded = preloadView(path);

// Without VITE_API_URL the app serves its data from the MSW mock. The import is dynamic so msw
// (~150 KiB gzip) is a separate chunk off the entry; with VITE_API_URL
// set, Vite replaces the condition by `false` and the mock is not in the bundle at all.
if (!import.meta.env.VITE_API_URL) {
  // Registering the worker at once lets the browser fetch, install and activate it while the msw
  // chunk downloads; msw's start() then finds it registered.
  navigator.serviceWorker?.register(`${import.meta.env.BASE_URL}mockServiceWorker.js`).catch(() => undefined);
  // The msw chunk (~180 KiB gzip) is requested after the view's chunk has arrived: on a slow
  // network it would otherwise share the bandwidth with the view, whose intro is the largest paint.
  setApiReady(viewLoaded.then(() => import('../mocks/browser')).then(({ startMock }) => startMock()));
}

// After setApiReady: the requests must wait for the mock.
const queryClient = createQueryClient();
preloadData(queryClient, path);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
