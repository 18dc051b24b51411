import { useCallback, useMemo } from 'react';
import { useLocation, useRouter } from 'wouter';
import type { ZodMiniType } from 'zod/mini';

/**
 * Typed, validated URL search parameters. Each view declares a spec; values that do not pass
 * their schema are reported as `invalid` (the view shows a notice) and replaced by the default.
 * Only keys of the spec are ever read, so a hostile key such as `__proto__` is never touched, and
 * raw values are never rendered. Several values of one parameter are comma-separated (`status=
 * delayed,planned`) so shared links stay short and readable; a comma inside one value is written
 * `\,` (and a backslash `\\`), so a tag such as "Bund, Land" survives the round trip.
 */
export interface OneParam<T> {
  kind: 'one';
  schema: ZodMiniType<T>;
  fallback: T;
  /** Longest accepted raw value (default MAX_VALUE_LENGTH); a nested path may need more. */
  maxLength?: number;
}
export interface ManyParam<T> {
  kind: 'many';
  schema: ZodMiniType<T>;
}
type AnyParam = OneParam<unknown> | ManyParam<unknown>;
export type SearchSpec = Record<string, AnyParam>;

export type SearchValues<S extends SearchSpec> = {
  [K in keyof S]: S[K] extends OneParam<infer T> ? T : S[K] extends ManyParam<infer T> ? T[] : never;
};

export const param = {
  one: <T>(schema: ZodMiniType<T>, fallback: T, maxLength?: number): OneParam<T> =>
    maxLength === undefined ? { kind: 'one', schema, fallback } : { kind: 'one', schema, fallback, maxLength },
  many: <T>(schema: ZodMiniType<T>): ManyParam<T> => ({ kind: 'many', schema }),
};

export interface ParsedSearch<S extends SearchSpec> {
  values: SearchValues<S>;
  /** Names of parameters (from the spec) whose value was rejected. */
  invalid: string[];
}

/** Longest raw value (or list item) handed to a schema: a guard against huge crafted links. */
const MAX_VALUE_LENGTH = 500;
/** Most items of one list parameter. */
const MAX_ITEMS = 200;

/** Splits a list value at commas that are not escaped, and unescapes `\,` and `\\`. */
function splitList(raw: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i += 1) {
    const char = raw[i];
    if (char === '\\' && i + 1 < raw.length) {
      i += 1;
      current += raw[i];
    } else if (char === ',') {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.filter((part) => part !== '');
}

const escapeListItem = (value: string) => value.replace(/[\\,]/g, (char) => `\\${char}`);

function parseOne(raw: string | null, def: OneParam<unknown>): { value: unknown; ok: boolean } {
  if (raw === null || raw === '') return { value: def.fallback, ok: true };
  const result = raw.length <= (def.maxLength ?? MAX_VALUE_LENGTH) ? def.schema.safeParse(raw) : undefined;
  return result?.success ? { value: result.data, ok: true } : { value: def.fallback, ok: false };
}

function parseMany(raw: string | null, def: ManyParam<unknown>): { value: unknown[]; ok: boolean } {
  const parts = raw ? splitList(raw) : [];
  if (parts.length > MAX_ITEMS) return { value: [], ok: false };
  const accepted: unknown[] = [];
  let ok = true;
  for (const part of parts) {
    const result = part.length <= MAX_VALUE_LENGTH ? def.schema.safeParse(part) : undefined;
    if (result?.success) {
      if (!accepted.includes(result.data)) accepted.push(result.data);
    } else ok = false;
  }
  return { value: accepted, ok };
}

/**
 * Parsed values per spec and parameter, keyed by the raw text: an unchanged parameter yields the
 * very same value (the same array), so views can use values directly as memo and effect
 * dependencies. One entry per parameter is enough: there is one URL at a time.
 */
const lastParsed = new WeakMap<SearchSpec, Map<string, { raw: string | null; value: unknown; ok: boolean }>>();

function parseParam(spec: SearchSpec, key: string, def: AnyParam, raw: string | null): { value: unknown; ok: boolean } {
  let cache = lastParsed.get(spec);
  if (!cache) {
    cache = new Map();
    lastParsed.set(spec, cache);
  }
  const hit = cache.get(key);
  if (hit && hit.raw === raw) return hit;
  const parsed = def.kind === 'one' ? parseOne(raw, def) : parseMany(raw, def);
  cache.set(key, { raw, ...parsed });
  return parsed;
}

export function parseSearch<S extends SearchSpec>(search: string, spec: S): ParsedSearch<S> {
  const params = new URLSearchParams(search);
  const values: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const [key, def] of Object.entries(spec)) {
    const { value, ok } = parseParam(spec, key, def, params.get(key));
    values[key] = value;
    if (!ok) invalid.push(key);
  }
  return { values: values as SearchValues<S>, invalid };
}

/** The query string for `values`, leaving out defaults and empty lists; '' when nothing is set. */
export function serializeSearch<S extends SearchSpec>(values: SearchValues<S>, spec: S): string {
  const params = new URLSearchParams();
  for (const [key, def] of Object.entries(spec)) {
    const value: unknown = values[key as keyof S];
    if (def.kind === 'one') {
      if (value !== def.fallback && value !== undefined && value !== '') params.set(key, String(value));
    } else if (Array.isArray(value) && value.length > 0) {
      params.set(key, value.map((item) => escapeListItem(String(item))).join(','));
    }
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export interface SearchState<S extends SearchSpec> extends ParsedSearch<S> {
  /** Merge a change into the URL. `replace` for typing in a search box (no history entry per key). */
  update: (patch: Partial<SearchValues<S>>, options?: { replace?: boolean }) => void;
  /** Writes the current valid values back, dropping rejected parameters from the URL. */
  clearInvalid: () => void;
  /** The href for given values, for links that open a filtered view. */
  hrefFor: (values: Partial<SearchValues<S>>) => string;
}

/**
 * The raw query string of the current location. wouter's `useSearch` runs it through `decodeURI`
 * first, which turns an encoded `%25` back into `%` and so decodes `q=%2541` twice (to "A"):
 * parse what the browser has, once.
 */
function useRawSearch(): string {
  const router = useRouter();
  return router.searchHook(router);
}

export function useSearchState<S extends SearchSpec>(spec: S): SearchState<S> {
  const search = useRawSearch();
  const [location, navigate] = useLocation();
  const parsed = useMemo(() => parseSearch(search, spec), [search, spec]);
  const hrefFor = useCallback(
    (patch: Partial<SearchValues<S>>) => `${location}${serializeSearch({ ...parsed.values, ...patch }, spec)}`,
    [location, parsed.values, spec],
  );
  const update = useCallback(
    (patch: Partial<SearchValues<S>>, options?: { replace?: boolean }) =>
      navigate(hrefFor(patch), { replace: options?.replace ?? false }),
    [navigate, hrefFor],
  );
  const clearInvalid = useCallback(() => navigate(hrefFor({}), { replace: true }), [navigate, hrefFor]);
  return { ...parsed, update, clearInvalid, hrefFor };
}

/** Builds a link to `path` with the given values of `spec` (for cross-links between views). */
export function linkWithSearch<S extends SearchSpec>(path: string, spec: S, values: Partial<SearchValues<S>>): string {
  const full = parseSearch('', spec).values;
  return `${path}${serializeSearch({ ...full, ...values }, spec)}`;
}
