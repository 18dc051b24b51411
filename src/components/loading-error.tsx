import { useStore } from '@nanostores/react';
import { useEffect, useState, type ReactNode } from 'react';
import { isApiError, type ApiErrorKind } from '../api/api-error';
import type { EndpointName } from '../api/endpoints';
import { stateMessages } from '../i18n/messages';

/*
 * The loading and error states, used by the shell itself (layout, view boundary) and by the views.
 * They live apart from query-state.tsx so that only these are in the entry chunk: QueryState and
 * the rest are used by the views alone and load with them (the entry's budget, issue 12).
 */

/** What is loading or failed: an API endpoint, or (while a lazy view's code loads) the view itself. */
export type ResourceKey = EndpointName | 'view';

/** After this long a loading state says that it is taking long (the request itself goes on). */
export const SLOW_AFTER_MS = 5000;

/** true once the component has been mounted for SLOW_AFTER_MS. */
function useIsSlow(): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, []);
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
function useErrorMessage(error: unknown, what: ResourceKey): string {
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
  const slow = useIsSlow();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="visually-hidden">{t.loading({ what: t[what] })}</span>
      {skeleton ?? <div className="skeleton" aria-hidden="true" />}
      {slow ? <p className="state__slow">{t.slow}</p> : null}
    </div>
  );
}
