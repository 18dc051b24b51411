import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '../api/api-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The data changes a few times a year; a projector must not refetch on every focus.
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => isRetryable(error) && failureCount < 2,
      },
    },
  });
}
