import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiReady, switchToStaticFiles } from './api/api-ready';
import { App } from './app/app';
import { prepareForOffline } from './app/offline-policy';
import { createQueryClient } from './app/query-client';
import { registerServiceWorker } from './app/service-worker';
import { requestedMockScenario } from './app/mock-scenario';
import { currentAppPath, preloadData, preloadView, sortsNamesFirst } from './app/route-preload';
import { applyTheme, readThemePreference } from './app/theme';
import { warmUpWhile } from './app/warm-up';
import { nextTask } from './lib/next-task';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/print.css';

applyTheme(readThemePreference());

async function start(): Promise<void> {
  // The first view's chunk and data requests start now, not after the entry has rendered and the
  // lazy view has loaded (issue 12).
  await nextTask(); // after evaluating the entry's modules
  const path = currentAppPath();
  const viewLoaded = preloadView(path);
  await nextTask();

  const queryClient = createQueryClient();
  prepareForOffline(queryClient);

  // What kept (persisted) data are valid for: this data contract, this API and, in the mock build,
  // this scenario (`?mock=scale-10000` data must not show up as the normal plan after a reload).
  let dataSource: Promise<string> = Promise.resolve(`api:${import.meta.env.VITE_API_URL}`);
  // Without VITE_API_URL (the mock build) the data are the sample plan. Vite replaces the condition
  // by `false` when VITE_API_URL is set, so the mock is not in that bundle at all.
  const scenario = import.meta.env.VITE_API_URL ? undefined : requestedMockScenario();
  if (scenario === '') {
    // The plain sample plan is published by the build as static JSON (api/v1/*.json, decision 031)
    // and read like a real API on a static host: no msw chunk, no waiting for its worker.
    switchToStaticFiles();
    dataSource = Promise.resolve('mock:');
  } else if (scenario !== undefined) {
    // A scenario (`?mock=slow`, faults, scale) needs msw: a lazy chunk, as msw itself is.
    const started = import('../mocks/start').then(({ startMockScenario }) => startMockScenario(scenario, viewLoaded));
    setApiReady(started);
    dataSource = started.then(
      () => `mock:${scenario}`,
      () => 'mock',
    );
  }

  // After setApiReady: the requests must wait for the mock.
  preloadData(queryClient, path);
  // After the first requests have started: it waits until they are done. A mock scenario has
  // registered the same worker already, for msw.
  if (import.meta.env.PROD && (import.meta.env.VITE_API_URL || scenario === '')) registerServiceWorker(queryClient);
  await nextTask();

  // The persister (IndexedDB) is a lazy chunk: it must not add to the entry's bytes.
  dataSource
    .then((source) =>
      import('./app/query-persistence').then(({ persistQueries }) =>
        persistQueries(queryClient, `${__CONTRACT_HASH__}|${source}`),
      ),
    )
    .catch((error: unknown) => {
      // No IndexedDB (some private modes): the app works, only without last data offline.
      console.warn('Query cache not persisted', error);
    });

  // While the view's code is on its way: the collation data its first sort needs (decision 041),
  // for a view that sorts names on its first screen (the list; decision 044).
  if (sortsNamesFirst(path)) await warmUpWhile(viewLoaded);

  // The first render waits for the view's code (loading since the first task; the static shell of
  // index.html stays on screen meanwhile): rendered before, the view would suspend, and React shows
  // the content that replaces a fallback only 300 ms after the fallback appeared (decision 025).
  await viewLoaded;
  const root = document.getElementById('root');
  if (root) {
    // A transition: React renders the first screen in slices that yield to the browser instead of
    // one long task (Lighthouse TBT; issue 12). The static shell in index.html stays until it commits.
    startTransition(() => {
      createRoot(root).render(
        <StrictMode>
          <App queryClient={queryClient} />
        </StrictMode>,
      );
    });
  }
}

void start();
