import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiReady } from './api/api-ready';
import { App } from './app/app';
import { prepareForOffline } from './app/offline-policy';
import { createQueryClient } from './app/query-client';
import { registerServiceWorker } from './app/service-worker';
import { applyTheme, readThemePreference } from './app/theme';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/print.css';

applyTheme(readThemePreference());

// Without VITE_API_URL the app serves its data from the MSW mock. The import is dynamic so msw
// (~150 KiB gzip) is a separate chunk loading in parallel with the first paint; with VITE_API_URL
// set, Vite replaces the condition by `false` and the mock is not in the bundle at all.
const queryClient = createQueryClient();
prepareForOffline(queryClient);

// What kept (persisted) data are valid for: this data contract, this API and, in the mock build,
// this scenario (`?mock=scale-10000` data must not show up as the normal plan after a reload).
let dataSource: Promise<string> = Promise.resolve(`api:${import.meta.env.VITE_API_URL}`);
if (!import.meta.env.VITE_API_URL) {
  const scenario = import('../mocks/browser').then(({ startMock }) => startMock());
  setApiReady(scenario.then(() => undefined));
  dataSource = scenario.then(
    (value) => `mock:${value}`,
    () => 'mock',
  );
} else if (import.meta.env.PROD) {
  // The mock build's service worker is registered by msw (mocks/browser.ts), see docs/decisions/008.
  registerServiceWorker();
}

// The persister (IndexedDB) is a lazy chunk: it must not add to the entry's bytes.
dataSource
  .then((source) =>
    import('./app/query-persistence').then(({ persistQueries }) => persistQueries(queryClient, `${__CONTRACT_HASH__}|${source}`)),
  )
  .catch((error: unknown) => {
    // No IndexedDB (some private modes): the app works, only without last data offline.
    console.warn('Query cache not persisted', error);
  });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
