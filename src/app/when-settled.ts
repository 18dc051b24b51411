import type { QueryClient } from '@tanstack/react-query';
import { nextIdle } from '../lib/next-task';

/**
 * Runs `then` once the first view's own requests have finished and the browser is idle: work for
 * later (warming the other views' data, the service worker's download of every file) must not
 * compete with the first view's data and its render.
 */
export function whenSettled(queryClient: QueryClient, then: () => void): void {
  const idle = () => void nextIdle(3000, 500).then(then);
  if (queryClient.isFetching() === 0) {
    idle();
    return;
  }
  const unsubscribe = queryClient.getQueryCache().subscribe(() => {
    if (queryClient.isFetching() > 0) return;
    unsubscribe();
    idle();
  });
}
