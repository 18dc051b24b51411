import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiReady } from './api/api-ready';
import { App } from './app/app';
import { prepareForOffline } from './app/offline-policy';
import { createQueryClient } from './app/query-client';
import { registerServiceWorker } from './app/service-worker';
import { registerMockWorker } from './app/mock-worker';
import { currentAppPath, preloadData, preloadView } from './app/route-preload';
import { applyTheme, readThemePreference } from './app/theme';
import { firstViewPainted } from './lib/view-painted';
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

  // Without VITE_API_URL the app serves its data from the MSW mock. The import is dynamic so msw
  // (~70 KiB gzip, decision 026) is a separate chunk off the entry; with VITE_API_URL set, Vite
  // replaces the condition by `false` and the mock is not in the bundle at all.
  const queryClient = createQueryClient();
  prepareForOffline(queryClient);

  // What kept (persisted) data are valid for: this data contract, this API and, in the mock build,
  // this scenario (`?mock=scale-10000` data must not show up as the normal plan after a reload).
  let dataSource: Promise<string> = Promise.resolve(`api:${import.meta.env.VITE_API_URL}`);
  if (!import.meta.env.VITE_API_URL) {
    // Registering the worker at once lets the browser fetch, install and activate it while the msw
    // chunk downloads; msw's start() then finds it registered under the same URL (decisions 008, 021)
    // and, waiting for `controlled`, in control of the page.
    const controlled = registerMockWorker();
    // The msw chunk (~70 KiB gzip) is requested once the first view is painted: on a slow network
    // it would otherwise share the bandwidth with the view, whose intro is the largest paint. A view
    // that never marks itself painted (a crash page) waits at most a second after its chunk.
    const painted = Promise.race([firstViewPainted, viewLoaded.then(() => new Promise((resolve) => setTimeout(resolve, 1000)))]);
    const scenario = painted
      .then(() => import('../mocks/browser'))
      .then(async ({ startMock }) => {
        await controlled;
        return startMock();
      });
    setApiReady(scenario.then(() => undefined));
    dataSource = scenario.then(
      (value) => `mock:${value}`,
      () => 'mock',
    );
  }

  // After setApiReady: the requests must wait for the mock.
  preloadData(queryClient, path);
  // After the first requests have started: it waits until they are done (real-API build only).
  if (import.meta.env.VITE_API_URL && import.meta.env.PROD) registerServiceWorker(queryClient);
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
