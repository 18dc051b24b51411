import { useStore } from '@nanostores/react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { stateMessages } from '../i18n/messages';
import { ErrorState, LoadingState, type ResourceKey } from './loading-error';
import { NotCurrentNotice, PausedState, useDataShown } from './query-state';

/** The queries a widget waits on, keyed by the resource they load: `{ workAreas, measures }`. */
type Queries = Partial<Record<ResourceKey, UseQueryResult<unknown>>>;
type DataOf<Q extends Queries> = { [K in keyof Q]: Q[K] extends UseQueryResult<infer T> ? T : never };

interface QueriesStateProps<Q extends Queries> {
  queries: Q;
  children: (data: DataOf<Q>) => ReactNode;
  isEmpty?: (data: DataOf<Q>) => boolean;
  empty?: ReactNode;
  skeleton?: ReactNode;
}

/**
 * QueryState for a widget that needs several queries at once (a chart of measures by work area):
 * the data when all have it; else every failure with its own retry (not only the first one, as
 * nested QueryStates showed); else offline; else one loading state.
 */
export function QueriesState<Q extends Queries>({ queries, children, isEmpty, empty, skeleton }: QueriesStateProps<Q>) {
  const t = useStore(stateMessages);
  const entries = (Object.entries(queries) as Array<[ResourceKey, UseQueryResult<unknown>]>).filter(
    (entry): entry is [ResourceKey, UseQueryResult<unknown>] => entry[1] !== undefined,
  );
  const waiting = entries.filter(([, query]) => query.data === undefined);
  const shown = useDataShown(waiting.length === 0);

  if (waiting.length === 0 && shown) {
    const data = Object.fromEntries(entries.map(([what, query]) => [what, query.data])) as DataOf<Q>;
    return (
      <>
        {entries.map(([what, query]) => (
          <NotCurrentNotice key={what} query={query} what={what} />
        ))}
        {isEmpty?.(data) ? (empty ?? <p className="state state--empty">{t.empty}</p>) : children(data)}
      </>
    );
  }
  const failed = waiting.filter(([, query]) => query.isError);
  if (failed.length > 0) {
    return (
      <>
        {failed.map(([what, query]) => (
          <ErrorState key={what} error={query.error} what={what} onRetry={() => void query.refetch()} />
        ))}
      </>
    );
  }
  const paused = waiting.find(([, query]) => query.fetchStatus === 'paused');
  if (paused) return <PausedState what={paused[0]} />;
  return <LoadingState what={(waiting[0] ?? entries[0])?.[0] ?? 'view'} skeleton={skeleton} />;
}
