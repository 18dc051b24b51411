import { render, type RenderResult } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../src/app/app';
import { Providers } from '../src/app/providers';
import { createQueryClient } from '../src/app/query-client';
import { language as languageStore, type Language } from '../src/i18n/i18n';

/**
 * The production client, so retries and timeouts in the tests are the ones users get. Only the
 * back-off between retries is zero: a retried failure then costs no wall-clock time.
 */
export function createTestQueryClient(): QueryClient {
  return createQueryClient({ retryDelay: () => 0 });
}

interface Options {
  /** Start URL, with search, e.g. `/massnahmen?status=delayed`. */
  path?: string;
  language?: Language;
}

export interface AppRender extends RenderResult {
  queryClient: QueryClient;
  /** Every path the memory router went through (to assert URL changes). */
  history: string[];
  navigate: (to: string) => void;
}

/** Renders the whole app (routes, layout, providers) at `path`, against the msw/node mock. */
export function renderApp({ path = '/', language = 'de' }: Options = {}): AppRender {
  const queryClient = createTestQueryClient();
  const location = memoryLocation({ path, record: true });
  languageStore.set(language);
  const view = render(<App queryClient={queryClient} location={location} />);
  return { ...view, queryClient, history: location.history, navigate: location.navigate };
}

/** Renders one component with providers and a memory router at `path`. */
export function renderWithProviders(ui: ReactElement, { path = '/', language = 'de' }: Options = {}): AppRender {
  const queryClient = createTestQueryClient();
  const location = memoryLocation({ path, record: true });
  languageStore.set(language);
  const view = render(
    <Providers queryClient={queryClient}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        {ui}
      </Router>
    </Providers>,
  );
  return { ...view, queryClient, history: location.history, navigate: location.navigate };
}
