import type { QueryClient } from '@tanstack/react-query';
import { parse } from 'regexparam';
import { matchRoute } from 'wouter';
import { planQuery } from '../api/queries';
import { pathParam } from '../lib/paths';
import { loadAndKeep } from '../lib/retryable-lazy';
import { prefetch, viewRoutes, type ViewRoute } from './view-routes';

/**
 * Starts what the first page needs at once (from main.tsx): its view chunk and its data requests,
 * in parallel, instead of view chunk → render → request → schema chunk in turn (issue 12). The
 * routes are routes.tsx's own (view-routes.ts), matched the way wouter matches them, so the chunk
 * and the ids preloaded are the ones the router then renders.
 */

const routes: readonly ViewRoute[] = Object.values(viewRoutes);

interface MatchedView {
  route: ViewRoute;
  /** The id as the view gets it; undefined if the path cannot be decoded (see below). */
  id: string | undefined;
}

/**
 * The path as wouter's routes see it: wouter (3.13, `relativePath` in src/paths.js) decodes it
 * with decodeURI and keeps it as it is when that throws. Its own helper is not exported; the
 * tests compare this with wouter's `useRoute` on the same paths.
 */
function routerPath(pathname: string): { path: string; decoded: boolean } {
  try {
    return { path: decodeURI(pathname), decoded: true };
  } catch {
    return { path: pathname, decoded: false };
  }
}

/** The view the router renders at `pathname` (wouter's default parser is regexparam's `parse`). */
export function matchView(pathname: string): MatchedView | undefined {
  const { path, decoded } = routerPath(pathname);
  for (const route of routes) {
    const [matches, params] = matchRoute<{ id?: string }>(parse, route.pattern, path);
    if (!matches) continue;
    // A malformed %-sequence reaches the view as it is and ends in "not found" there: not worth
    // a request of its own before the first render.
    return { route, id: decoded ? pathParam(params.id ?? '') : undefined };
  }
  return undefined;
}

/**
 * Loads the route's view chunk; settles (never rejects) when it has loaded or failed. A chunk that
 * fails here fails again in lazy(), where the error boundary shows it. `pathname` is the app path
 * (without the base path, not yet decoded), as `currentAppPath()` gives it.
 */
export function preloadView(pathname: string): Promise<void> {
  const matched = matchView(pathname);
  return matched
    ? loadAndKeep(matched.route.load).then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}

/** Starts the route's data requests (the plan always: the layout shows its Datenstand). */
export function preloadData(queryClient: QueryClient, pathname: string): void {
  const matched = matchView(pathname);
  const queries = [prefetch(planQuery()), ...(matched?.id !== undefined ? matched.route.queries(matched.id) : [])];
  for (const start of queries) void start(queryClient);
}

/** Whether the route's first screen sorts names with the German collator (`ViewRoute.sortsNames`). */
export function sortsNamesFirst(pathname: string): boolean {
  return matchView(pathname)?.route.sortsNames === true;
}

/** The app path of the current page: the location without the app's base path. */
export function currentAppPath(): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = window.location.pathname;
  return base && path.startsWith(base) ? path.slice(base.length) || '/' : path;
}
