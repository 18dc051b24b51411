import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '../api/api-error';

/** A failure that came back quickly (server error, dropped connection) is tried this many more times. */
export const MAX_RETRIES = 2;

/** Back-off before retry n (0-based): 1 s, then 2 s. Short, so a failure is reported within seconds. */
export function backOff(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 2000);
}

/** Which failures are retried: see isRetryable (timeouts, wrong answers and 404s are not). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isRetryable(error) && failureCount < MAX_RETRIES;
}

export interface QueryClientOptions {
  /**
   * Replaces the back-off between retries. Only the tests use it (0 ms), so a retried failure
   * does not slow the suite; what is retried and how often stays the production policy.
   */
  retryDelay?: (attempt: number) => number;
}

export function createQueryClient({ retryDelay = backOff }: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The data changes a few times a year; a projector must not refetch on every focus.
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
        retryDelay,
      },
    },
  });
}
