import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { indicatorsQuery, measureQuery, measuresQuery, meetingsQuery, planQuery, workAreasQuery } from '../api/queries';

/**
 * Starts what the first page needs at once (from main.tsx): its view chunk and its data requests,
 * in parallel, instead of view chunk → render → request → schema chunk in turn (issue 12). The
 * import() calls are the same as routes.tsx's lazy() ones, so the browser loads each chunk once;
 * the queries are the views' own factories, so useQuery picks up the request already in flight.
 */
type Prefetch = (client: QueryClient) => Promise<void>;

// One thunk per query keeps each query's own types (a plain array of options would widen them).
const prefetch =
  <T, K extends QueryKey>(options: FetchQueryOptions<T, Error, T, K>): Prefetch =>
  (client) =>
    client.prefetchQuery(options);

/** The patterns follow src/lib/paths.ts; `([^/]+)` is a route's id. */
interface RoutePreload {
  match: RegExp;
  view: () => Promise<unknown>;
  queries: (id: string) => Prefetch[];
}

// Every view shows the plan's Datenstand in the layout; the entry already has the layout's code.
const routes: RoutePreload[] = [
  {
    match: /^\/$/,
    view: () => import('../features/overview/overview-page'),
    queries: () => [
      prefetch(workAreasQuery()),
      prefetch(measuresQuery()),
      prefetch(meetingsQuery()),
      prefetch(indicatorsQuery()),
    ],
  },
  {
    match: /^\/handlungsfelder\/([^/]+)$/,
    view: () => import('../features/work-areas/work-area-page'),
    queries: () => [prefetch(workAreasQuery()), prefetch(measuresQuery()), prefetch(indicatorsQuery())],
  },
  {
    match: /^\/massnahmen$/,
    view: () => import('../features/measures/measures-page'),
    queries: () => [prefetch(measuresQuery()), prefetch(workAreasQuery())],
  },
  {
    match: /^\/massnahmen\/([^/]+)$/,
    view: () => import('../features/measures/measure-page'),
    queries: (id) => [prefetch(measureQuery(id)), prefetch(workAreasQuery()), prefetch(indicatorsQuery())],
  },
  {
    match: /^\/spitzengespraeche$/,
    view: () => import('../features/meetings/meetings-page'),
    queries: () => [prefetch(meetingsQuery()), prefetch(measuresQuery()), prefetch(workAreasQuery())],
  },
  {
    match: /^\/praesentation$/,
    view: () => import('../features/presentation/presentation-page'),
    queries: () => [
      prefetch(workAreasQuery()),
      prefetch(measuresQuery()),
      prefetch(indicatorsQuery()),
      prefetch(meetingsQuery()),
    ],
  },
  {
    match: /^\/bericht$/,
    view: () => import('../features/report/report-page'),
    queries: () => [
      prefetch(workAreasQuery()),
      prefetch(measuresQuery()),
      prefetch(indicatorsQuery()),
      prefetch(meetingsQuery()),
    ],
  },
];

function decodeId(raw: string | undefined): string | undefined {
  try {
    return raw === undefined ? undefined : decodeURIComponent(raw);
  } catch {
    return undefined; // a malformed %-sequence: the view itself shows "not found"
  }
}

function matchRoute(pathname: string): { route: RoutePreload; id: string } | undefined {
  for (const route of routes) {
    const match = route.match.exec(pathname);
    if (!match) continue;
    const id = decodeId(match[1]);
    return match[1] !== undefined && id === undefined ? undefined : { route, id: id ?? '' };
  }
  return undefined;
}

/**
 * Loads the route's view chunk; settles (never rejects) when it has loaded or failed. A chunk that
 * fails here fails again in lazy(), where the error boundary shows it. `pathname` is the app path
 * (without the base path), as wouter's useLocation gives it.
 */
export function preloadView(pathname: string): Promise<void> {
  const matched = matchRoute(pathname);
  return matched
    ? matched.route.view().then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}

/** Starts the route's data requests (the plan always: the layout shows its Datenstand). */
export function preloadData(queryClient: QueryClient, pathname: string): void {
  const matched = matchRoute(pathname);
  const queries = [prefetch(planQuery()), ...(matched ? matched.route.queries(matched.id) : [])];
  for (const start of queries) void start(queryClient);
}

/** The app path of the current page: the location without the app's base path. */
export function currentAppPath(): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = window.location.pathname;
  return base && path.startsWith(base) ? path.slice(base.length) || '/' : path;
}
