/**
 * Every way a request can fail, as one typed error. The UI turns `kind` into German or English
 * text (src/components/query-state.tsx); the resource name and the field path travel with it so a
 * message can say *what* broke ("Maßnahmen: Feld progress …") instead of a generic failure.
 */
export type ApiErrorKind = 'http' | 'not-found' | 'timeout' | 'network' | 'not-json' | 'schema';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly resource: string;
  readonly status: number | undefined;
  /** For `schema` errors: the path of the first offending field, e.g. `12.progress`; undefined when the whole body is wrong. */
  readonly field: string | undefined;

  constructor(kind: ApiErrorKind, resource: string, detail: { status?: number; field?: string; message?: string } = {}) {
    super(detail.message ?? `${resource}: ${kind}${detail.field ? ` (${detail.field})` : ''}`);
    this.name = 'ApiError';
    this.kind = kind;
    this.resource = resource;
    this.status = detail.status;
    this.field = detail.field;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const notRetried: ReadonlySet<ApiErrorKind> = new Set(['not-found', 'schema', 'not-json', 'timeout']);

/**
 * Retrying does not help when the answer is there but wrong, or when the thing does not exist.
 * A timeout is not retried either: a server that did not answer in 20 s will rarely answer in the
 * next 20 s, and retrying would triple the wait the README promises (docs/decisions/009).
 */
export function isRetryable(error: unknown): boolean {
  return !(isApiError(error) && notRetried.has(error.kind));
}
