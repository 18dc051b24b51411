import type { QueryClient } from '@tanstack/react-query';
import { Router, type BaseLocationHook, type BaseSearchHook } from 'wouter';
import { Providers } from './providers';
import { AppRoutes } from './routes';

interface AppProps {
  queryClient: QueryClient;
  /** Tests pass wouter's memory location; the browser uses the real history. */
  location?: { hook: BaseLocationHook; searchHook: BaseSearchHook };
}

export function App({ queryClient, location }: AppProps) {
  return (
    <Providers queryClient={queryClient}>
      <Router base={import.meta.env.BASE_URL.replace(/\/$/, '')} {...(location ?? {})}>
        <AppRoutes />
      </Router>
    </Providers>
  );
}
