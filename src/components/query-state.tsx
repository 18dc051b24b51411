import { useStore } from '@nanostores/react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState, type ReactNode } from 'react';
import { isApiError, type ApiErrorKind } from '../api/api-error';
import type { EndpointName } from '../api/endpoints';
import { stateMessages } from '../i18n/messages';

/** What is loading or failed: an API endpoint, or (while a lazy view's code loads) the view itself. */
export type ResourceKey = EndpointName | 'view';

/** After this long a loading state says that it is taking long (the request itself goes on). */
export const SLOW_AFTER_MS = 5000;

function useIsSlow(active: boolean): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!active) return undefined;
    const timer = window.setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      setSlow(false);
    };
  }, [active]);
  return slow;
}

const errorKey = {
  http: 'errorHttp',
  'not-found': 'errorNotFound',
  timeout: 'errorTimeout',
  network: 'errorNetwork',
  'not-json': 'errorNotJson',
  schema: 'errorSchema',
} as const satisfies Record<ApiErrorKind, string>;

/** The sentence for a failed query; names the resource and, for schema errors, the field. */
export function useErrorMessage(error: unknown, what: ResourceKey): string {
  const t = useStore(stateMessages);
  const name = t[what];
  if (!isApiError(error)) return t.errorUnknown({ what: name });
  if (error.kind === 'schema' && error.field === undefined) return t.errorSchemaWhole({ what: name });
  return t[errorKey[error.kind]]({ what: name, status: error.status ?? '', field: error.field ?? '' });
}

interface ErrorStateProps {
  error: unknown;
  what: ResourceKey;
  onRetry?: () => void;
  /** What the failure means for the view around it, e.g. "the list shows ids instead of names". */
  consequence?: string;
}

export function ErrorState({ error, what, onRetry, consequence }: ErrorStateProps) {
  const t = useStore(stateMessages);
  const message = useErrorMessage(error, what);
  return (
    <div className="state state--error" role="alert">
      <p>
        <span aria-hidden="true" className="state__icon">
          ⚠
        </span>{' '}
        {message}
        {consequence ? ` ${consequence}` : null}
      </p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t.retry}
        </button>
      ) : null}
    </div>
  );
}

export function LoadingState({ what, skeleton }: { what: ResourceKey; skeleton?: ReactNode }) {
  const t = useStore(stateMessages);
  const slow = useIsSlow(true);
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="visually-hidden">{t.loading({ what: t[what] })}</span>
      {skeleton ?? <div className="skeleton" aria-hidden="true" />}
      {slow ? <p className="state__slow">{t.slow}</p> : null}
    </div>
  );
}

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
