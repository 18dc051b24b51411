import type { ZodMiniType } from 'zod/mini';
import { ApiError } from './api-error';
import { readsStaticFiles, whenApiReady } from './api-ready';
import { endpointUrl, type EndpointName } from './endpoints';
import { acceptorFor, REJECTED } from './fast-accept';
import { JsonReader } from './json-reader';
import { nextTask } from '../lib/next-task';

/** Where the API lives: the real one from VITE_API_URL, else the mock under the app's base path. */
export const apiBase: string = (import.meta.env.VITE_API_URL as string | undefined) ?? `${import.meta.env.BASE_URL}api/v1`;

/** After this long without an answer a request ends in "Zeitüberschreitung" (react-query has no timeout). */
export const REQUEST_TIMEOUT_MS = 20_000;

function resolveUrl(path: string): string {
  // fetch outside a browser cannot resolve relative URLs: resolve against the document, and where
  // there is none (the node test project, where msw answers any origin) against localhost.
  const base = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
  return new URL(endpointUrl(apiBase, path, readsStaticFiles()), base).toString();
}

/**
 * The path of the first offending field, after `prefix` (a list element's index); undefined when
 * the whole body is wrong (the UI says so in its language).
 */
function firstIssuePath(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }>,
  prefix: readonly PropertyKey[] = [],
): string | undefined {
  const path = [...prefix, ...(issues[0]?.path ?? [])];
  return path.length === 0 ? undefined : path.map(String).join('.');
}

/** A slice of decoding or validation longer than this is a long task the user feels (issue 12: none over 200 ms). */
const SLICE_MS = 12;

/**
 * The body, decoded and parsed chunk by chunk as it arrives (JsonReader), with a pause every
 * ~12 ms. Why not `response.json()`: at 10,000 measures (10 MB) decoding and parsing the whole
 * text and the garbage they leave made one task of 150–270 ms (issue 8: none over 200 ms).
 */
async function readJson(response: Response, signal: AbortSignal): Promise<unknown> {
  if (!response.body) return response.json();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const json = new JsonReader();
  let sliceStart = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    json.push(decoder.decode(value, { stream: true }));
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      signal.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  json.push(decoder.decode());
  return json.end();
}

type Validation<T> = { success: true; data: T } | { success: false; field: string | undefined };

/**
 * Validates a list element by element, yielding to the browser between slices of ~12 ms, so that
 * 10,000 measures do not freeze input and paint. Each element goes through the fast pass derived
 * from its schema (`fast-accept.ts`, decision 045); only an element it does not accept goes to zod,
 * which then gives the verdict and the issue's path, prefixed with the element's index as zod
 * reports it for the whole list.
 */
async function validate<T>(schema: ZodMiniType<T>, body: unknown, signal: AbortSignal): Promise<Validation<T>> {
  const def = schema._zod.def;
  // Only a plain list is split up; a list schema with checks of its own is validated whole.
  if (def.type !== 'array' || !('element' in def) || (def.checks?.length ?? 0) > 0 || !Array.isArray(body)) {
    return validateOne(schema, body);
  }
  const element = def.element as ZodMiniType;
  const items: unknown[] = new Array(body.length);
  let sliceStart = performance.now();
  for (let i = 0; i < body.length; i += 1) {
    const item = validateOne(element, body[i], [i]);
    if (!item.success) return item;
    items[i] = item.data;
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      signal.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  return { success: true, data: items as T };
}

/** One value: the fast pass, else zod for the verdict and the issue's path (after `prefix`). */
function validateOne<T>(schema: ZodMiniType<T>, value: unknown, prefix: readonly PropertyKey[] = []): Validation<T> {
  const accepted = acceptorFor(schema)(value);
  if (accepted !== REJECTED) return { success: true, data: accepted as T };
  const result = schema.safeParse(value);
  return result.success ? result : { success: false, field: firstIssuePath(result.error.issues, prefix) };
}

/**
 * GET a JSON resource and validate it. Throws ApiError for every failure, never returns data that
 * did not pass the schema. The schema may still be loading (a lazy chunk): the request leaves at
 * once and the schema is awaited only to validate the answer (issue 12: no request waterfall).
 */
export async function fetchJson<T>(
  resource: EndpointName,
  path: string,
  schema: ZodMiniType<T> | Promise<ZodMiniType<T>>,
  signal?: AbortSignal,
  timeoutMs: number = REQUEST_TIMEOUT_MS,
): Promise<T> {
  const schemaReady = Promise.resolve(schema);
  // Awaited below; until then a failed chunk load must not surface as an unhandled rejection.
  schemaReady.catch(() => undefined);
  // If the mock could not start (no service worker support, blocked), say "no connection".
  await whenApiReady().catch(() => {
    throw new ApiError('network', resource);
  });
  // A plain timer rather than AbortSignal.timeout: the deadline then runs on the page's clock,
  // which the tests control with fake timers (the 20 s promise is tested, not assumed).
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  try {
    return await fetchWithin(resource, path, schemaReady, signal, timeout.signal);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchWithin<T>(
  resource: string,
  path: string,
  schemaReady: Promise<ZodMiniType<T>>,
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
    body = await readJson(response, combined);
  } catch (cause) {
    if (timeout.aborted) throw new ApiError('timeout', resource);
    if (signal?.aborted) throw cause;
    throw new ApiError('not-json', resource, { status: response.status });
  }

  let validator: ZodMiniType<T>;
  try {
    validator = await schemaReady;
  } catch {
    // The schema chunk did not load: to the user that is the same as no connection.
    throw new ApiError('network', resource);
  }
  let result: Validation<T>;
  try {
    result = await validate(validator, body, combined);
  } catch (cause) {
    // Aborted between two slices of validation.
    if (timeout.aborted) throw new ApiError('timeout', resource);
    throw cause;
  }
  if (!result.success) throw new ApiError('schema', resource, result.field === undefined ? {} : { field: result.field });
  return result.data;
}
