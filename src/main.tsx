import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiReady } from './api/api-ready';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
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
if (!import.meta.env.VITE_API_URL) {
  setApiReady(import('../mocks/browser').then(({ startMock }) => startMock()));
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} />
    </StrictMode>,
  );
}
