import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { indicatorsQuery, measureQuery, measuresQuery, meetingsQuery, workAreasQuery } from '../api/queries';
import { paths, routePatterns } from '../lib/paths';

/** Starts one query; `preloadData` calls it before the view has rendered. */
export type Prefetch = (client: QueryClient) => Promise<void>;

// One thunk per query keeps each query's own types (a plain array of options would widen them).
export const prefetch =
  <T, K extends QueryKey>(options: FetchQueryOptions<T, Error, T, K>): Prefetch =>
  (client) =>
    client.prefetchQuery(options);

/** What route-preload.ts needs of an entry of `viewRoutes` (routes.tsx keeps each view's own props type). */
export interface ViewRoute {
  /** The wouter pattern of the view's `<Route path>`; an `:id` is read with `pathParam`. */
  pattern: string;
  /** The view's chunk: routes.tsx's lazy() and route-preload.ts call the same import(), so it loads once. */
  load: () => Promise<unknown>;
  /** The view's own queries besides the plan (which every page needs, see route-preload.ts). */
  queries: (id: string) => Prefetch[];
  /**
   * Its first screen sorts names with the German collator, so main.tsx loads the collation data
   * while the view's code is on its way (warm-up.ts). Views that sort only ids use compareIds and
   * need none.
   */
  sortsNames?: boolean;
}

// The views that show the whole plan: overview, deck and report.
const everything = () => [
  prefetch(workAreasQuery()),
  prefetch(measuresQuery()),
  prefetch(indicatorsQuery()),
  prefetch(meetingsQuery()),
];
const none = (): Prefetch[] => [];

/**
 * Every view of the app, once: routes.tsx renders them, route-preload.ts starts the first page's
 * chunk and data from the same entries (decision 021), so the two cannot drift apart. A test
 * checks that every `<Route>` in routes.tsx uses a pattern from here.
 */
export const viewRoutes = {
  overview: {
    pattern: paths.overview,
    load: () => import('../features/overview/overview-page').then((m) => m.OverviewPage),
    queries: everything,
  },
  workArea: {
    pattern: routePatterns.workArea,
    load: () => import('../features/work-areas/work-area-page').then((m) => m.WorkAreaPage),
    queries: () => [prefetch(workAreasQuery()), prefetch(measuresQuery()), prefetch(indicatorsQuery())],
  },
  measures: {
    pattern: paths.measures,
    load: () => import('../features/measures/measures-page').then((m) => m.MeasuresPage),
    queries: () => [prefetch(measuresQuery()), prefetch(workAreasQuery())],
    // The filter panel's tags (tagsOf).
    sortsNames: true,
  },
  measure: {
    pattern: routePatterns.measure,
    load: () => import('../features/measures/measure-page').then((m) => m.MeasurePage),
    queries: (id: string) => [
      (client: QueryClient) => prefetch(measureQuery(id, client))(client),
      prefetch(workAreasQuery()),
      prefetch(indicatorsQuery()),
    ],
  },
  meetings: {
    pattern: paths.meetings,
    load: () => import('../features/meetings/meetings-page').then((m) => m.MeetingsPage),
    queries: () => [prefetch(meetingsQuery()), prefetch(measuresQuery()), prefetch(workAreasQuery())],
  },
  presentation: {
    pattern: paths.presentation,
    load: () => import('../features/presentation/presentation-page').then((m) => m.PresentationPage),
    queries: everything,
  },
  report: {
    pattern: paths.report,
    load: () => import('../features/report/report-page').then((m) => m.ReportPage),
    queries: everything,
  },
  about: {
    pattern: paths.about,
    load: () => import('../features/about/about-page').then((m) => m.AboutPage),
    queries: none,
  },
  easyRead: {
    pattern: paths.easyRead,
    load: () => import('../features/about/easy-read-page').then((m) => m.EasyReadPage),
    queries: none,
  },
  accessibility: {
    pattern: paths.accessibility,
    load: () => import('../features/about/accessibility-page').then((m) => m.AccessibilityPage),
    queries: none,
  },
};
