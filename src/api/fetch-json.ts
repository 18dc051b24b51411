import type { ZodMiniType } from 'zod/mini';
import { ApiError } from './api-error';
import { whenApiReady } from './api-ready';
import type { EndpointName } from './endpoints';

/** Where the API lives: the real one from VITE_API_URL, else the mock under the app's base path. */
export const apiBase: string =
  (import.meta.env.VITE_API_URL as string | undefined)?.replace(/\/$/, '') ?? `${import.meta.env.BASE_URL}api/v1`;

/**
 * A published data folder on a plain static host (`npm run build:data`): every path is a file
 * `<path>.json`, because `/measures` (the list) and `/measures/<id>` cannot both be files without
 * an extension. See docs/deploy.md.
 */
const pathSuffix = import.meta.env.VITE_API_STATIC === 'true' ? '.json' : '';

/** After this long without an answer a request ends in "Zeitüberschreitung" (react-query has no timeout). */
export const REQUEST_TIMEOUT_MS = 20_000;

function resolveUrl(path: string): string {
  // fetch outside a browser cannot resolve relative URLs: resolve against the document, and where
  // there is none (the node test project, where msw answers any origin) against localhost.
  const base = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
  return new URL(`${apiBase}${path}${pathSuffix}`, base).toString();
}

/** The path of the first offending field; undefined when the whole body is wrong (the UI says so in its language). */
function firstIssuePath(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }>): string | undefined {
  const path = issues[0]?.path ?? [];
  return path.length === 0 ? undefined : path.map(String).join('.');
}

/**
 * GET a JSON resource and validate it. Throws ApiError for every failure, never returns data that
 * did not pass the schema.
 */
export async function fetchJson<T>(
  resource: EndpointName,
  path: string,
  schema: ZodMiniType<T>,
  signal?: AbortSignal,
  timeoutMs: number = REQUEST_TIMEOUT_MS,
): Promise<T> {
  // If the mock could not start (no service worker support, blocked), say "no connection".
  await whenApiReady().catch(() => {
    throw new ApiError('network', resource);
  });
  // A plain timer rather than AbortSignal.timeout: the deadline then runs on the page's clock,
  // which the tests control with fake timers (the 20 s promise is tested, not assumed).
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  try {
    return await fetchWithin(resource, path, schema, signal, timeout.signal);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchWithin<T>(
  resource: string,
  path: string,
  schema: ZodMiniType<T>,
  signal: AbortSignal | undefined,
  timeout: AbortSignal,
): Promise<T> {
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(resolveUrl(path), { signal: combined, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (timeout.aborted) throw new ApiError('timeout', resource);
    // A cancel by react-query (newer filter, unmount) must stay an AbortError so it is ignored.
    if (signal?.aborted) throw cause;
    throw new ApiError('network', resource);
  }
  if (response.status === 404) throw new ApiError('not-found', resource, { status: 404 });
  if (!response.ok) throw new ApiError('http', resource, { status: response.status });

  let body: unknown;
  try {
    const text = await response.text();
    body = JSON.parse(text);
  } catch (cause) {
    if (timeout.aborted) throw new ApiError('timeout', resource);
    if (signal?.aborted) throw cause;
    throw new ApiError('not-json', resource, { status: response.status });
  }

  const result = schema.safeParse(body);
  if (!result.success) {
    const field = firstIssuePath(result.error.issues);
    throw new ApiError('schema', resource, field === undefined ? {} : { field });
  }
  return result.data;
}
