import { useStore } from '@nanostores/react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, type ReactNode } from 'react';
import { stateMessages } from '../i18n/messages';
import { ErrorState, LoadingState, type ResourceKey } from './loading-error';

/**
 * For a lookup the view can do without (names for ids, the Datenstand): nothing while it loads or
 * has data; when it failed, the error with what it means for the view, above the content, so the
 * ids and missing marks the view then shows are never unexplained.
 */
export function LookupFailure({
  query,
  what,
  consequence,
}: {
  query: UseQueryResult<unknown>;
  what: ResourceKey;
  consequence: string;
}) {
  if (query.data !== undefined || !query.isError) return null;
  return <ErrorState error={query.error} what={what} consequence={consequence} onRetry={() => void query.refetch()} />;
}

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  what: ResourceKey;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  skeleton?: ReactNode;
}

/**
 * Renders one widget's loading, error (with retry), offline, empty and data states, so every
 * widget stands alone: one failing endpoint leaves the rest of the page working.
 */
export function QueryState<T>({ query, what, children, isEmpty, empty, skeleton }: QueryStateProps<T>) {
  const t = useStore(stateMessages);
  const retry = () => void query.refetch();
  const shown = useDataShown(query.data !== undefined);

  if (query.data !== undefined && shown) {
    return (
      <>
        <NotCurrentNotice query={query} what={what} />
        {isEmpty?.(query.data) ? (empty ?? <p className="state state--empty">{t.empty}</p>) : children(query.data)}
      </>
    );
  }
  if (query.data === undefined && query.isError) return <ErrorState error={query.error} what={what} onRetry={retry} />;
  if (query.data === undefined && query.fetchStatus === 'paused') return <PausedState what={what} />;
  return <LoadingState what={what} skeleton={skeleton} />;
}

/**
 * Whether a widget whose data has arrived draws it yet. Query answers reach React through
 * useSyncExternalStore, so their render is synchronous: the overview with its cards and figures
 * was one 100+ ms task on a phone (Lighthouse TBT; issue 12). The first arrival is deferred: the
 * widget keeps its skeleton for that urgent render, and React draws the data in a background
 * render that yields to input every few milliseconds. Later refreshes draw at once.
 */
export function useDataShown(hasData: boolean): boolean {
  return useDeferredValue(hasData);
}

/** Offline before the first answer: the query waits for the connection instead of spinning. */
export function PausedState({ what }: { what: ResourceKey }) {
  const t = useStore(stateMessages);
  return (
    <div className="state state--paused" role="status">
      <p>{t.paused({ what: t[what] })}</p>
    </div>
  );
}

/** Data is shown, but a refresh failed or waits for the connection: say that it is not current. */
export function NotCurrentNotice({ query, what }: { query: UseQueryResult<unknown>; what: ResourceKey }) {
  const t = useStore(stateMessages);
  const paused = query.fetchStatus === 'paused';
  if (!query.isError && !paused) return null;
  return (
    <div className="state state--stale" role="status">
      <p>
        <span aria-hidden="true">⏸ </span>
        {paused ? t.paused({ what: t[what] }) : t.stale}
      </p>
      {query.isError ? (
        <button type="button" className="button button--small" onClick={() => void query.refetch()}>
          {t.retry}
        </button>
      ) : null}
    </div>
  );
}
