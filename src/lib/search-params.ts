import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { ZodMiniType } from 'zod/mini';

/**
 * Typed, validated URL search parameters. Each view declares a spec; values that do not pass
 * their schema are reported as `invalid` (the view shows a notice) and replaced by the default.
 * Only keys of the spec are ever read, so a hostile key such as `__proto__` is never touched, and
 * raw values are never rendered. Several values of one parameter are comma-separated (`status=
 * delayed,planned`) so shared links stay short and readable.
 */
export interface OneParam<T> {
  kind: 'one';
  schema: ZodMiniType<T>;
  fallback: T;
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
  one: <T>(schema: ZodMiniType<T>, fallback: T): OneParam<T> => ({ kind: 'one', schema, fallback }),
  many: <T>(schema: ZodMiniType<T>): ManyParam<T> => ({ kind: 'many', schema }),
};

export interface ParsedSearch<S extends SearchSpec> {
  values: SearchValues<S>;
  /** Names of parameters (from the spec) whose value was rejected. */
  invalid: string[];
}

const MAX_VALUE_LENGTH = 500;

export function parseSearch<S extends SearchSpec>(search: string, spec: S): ParsedSearch<S> {
  const params = new URLSearchParams(search);
  const values: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const [key, def] of Object.entries(spec)) {
    const raw = params.get(key);
    if (def.kind === 'one') {
      if (raw === null || raw === '') {
        values[key] = def.fallback;
        continue;
      }
      const result = raw.length <= MAX_VALUE_LENGTH ? def.schema.safeParse(raw) : undefined;
      if (result?.success) values[key] = result.data;
      else {
        values[key] = def.fallback;
        invalid.push(key);
      }
      continue;
    }
    const parts = raw ? raw.split(',').filter((part) => part !== '') : [];
    const accepted: unknown[] = [];
    let rejected = raw !== null && raw.length > MAX_VALUE_LENGTH;
    if (!rejected) {
      for (const part of parts) {
        const result = def.schema.safeParse(part);
        if (result.success) {
          if (!accepted.includes(result.data)) accepted.push(result.data);
        } else rejected = true;
      }
    }
    values[key] = accepted;
    if (rejected) invalid.push(key);
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
      params.set(key, value.map(String).join(','));
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

export function useSearchState<S extends SearchSpec>(spec: S): SearchState<S> {
  const search = useSearch();
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
