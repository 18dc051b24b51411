import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, LoadingState, type ResourceKey } from '../../components/loading-error';
import { useDataShown } from '../../components/query-state';

export type Needed = ReadonlyArray<readonly [ResourceKey, UseQueryResult<unknown>]>;

/**
 * One report section's states: the section waits for the data it needs, names the first failed
 * resource with "Erneut versuchen" (retrying every failed one), and renders once all are there.
 * Other sections stand on their own, so a failing endpoint costs only the sections that need it.
 */
export function Requires({ needs, children }: { needs: Needed; children: () => ReactNode }) {
  // Like every other view's states: the first data is drawn in a background render (useDataShown).
  const shown = useDataShown(needs.every(([, query]) => query.data !== undefined));
  const failed = needs.filter(([, query]) => query.data === undefined && query.isError);
  const first = failed[0];
  if (first) {
    const retry = () => {
      for (const [, query] of failed) void query.refetch();
    };
    return <ErrorState error={first[1].error} what={first[0]} onRetry={retry} />;
  }
  const waiting = needs.find(([, query]) => query.data === undefined);
  if (waiting || !shown) return <LoadingState what={(waiting ?? needs[0])?.[0] ?? 'view'} />;
  return <>{children()}</>;
}
