import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, LoadingState, type ResourceKey } from '../../components/loading-error';

export type Needed = ReadonlyArray<readonly [ResourceKey, UseQueryResult<unknown>]>;

/**
 * One report section's states: the section waits for the data it needs, names the first failed
 * resource with "Erneut versuchen" (retrying every failed one), and renders once all are there.
 * Other sections stand on their own, so a failing endpoint costs only the sections that need it.
 */
export function Requires({ needs, children }: { needs: Needed; children: () => ReactNode }) {
  const failed = needs.filter(([, query]) => query.data === undefined && query.isError);
  const first = failed[0];
  if (first) {
    const retry = () => {
      for (const [, query] of failed) void query.refetch();
    };
    return <ErrorState error={first[1].error} what={first[0]} onRetry={retry} />;
  }
  const waiting = needs.find(([, query]) => query.data === undefined);
  if (waiting) return <LoadingState what={waiting[0]} />;
  return <>{children()}</>;
}
