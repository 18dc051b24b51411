import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { output, ZodMiniType } from 'zod/mini';
import { endpointPath, endpoints, type EndpointName, type Endpoints } from './endpoints';
import type { Meeting, WorkArea } from './schemas';
import { compareDays } from '../lib/format';

// The schemas (and zod) load with the first query, in parallel with its request (fetchJson awaits
// the schema only to validate, decision 021), not in the entry chunk: nothing can be validated
// before an answer has arrived anyway.
const schemas = () => import('./schemas');
// fetchJson and its streaming JSON reader (~3 KiB gzip) load with the first query too, in parallel
// with the view's code: the HTML's preload links have started the lists' downloads already, and
// fetch() picks those answers up whenever it is called (decisions 025, 032).
const fetching = () => import('./fetch-json');

type SchemasModule = Awaited<ReturnType<typeof schemas>>;
/** What an endpoint answers once its schema has passed. */
export type EndpointData<N extends EndpointName> = output<SchemasModule[Endpoints[N]['schema']]>;

interface FetchOptions {
  params?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** GET one endpoint of the list in endpoints.ts and validate it with that endpoint's schema. */
export async function fetchEndpoint<N extends EndpointName>(
  name: N,
  { params, signal, timeoutMs }: FetchOptions = {},
): Promise<EndpointData<N>> {
  // The lookup by name loses the link between N and its schema (a union to TypeScript); the list
  // in endpoints.ts is what guarantees it, so the type is restated here.
  const schema: Promise<ZodMiniType> = schemas().then((module) => module[endpoints[name].schema]);
  const { fetchJson } = await fetching();
  return (await fetchJson(name, endpointPath(name, params), schema, signal, timeoutMs)) as EndpointData<N>;
}

// Module-level selectors keep a stable identity, so react-query memoises their result.
const byOrder = (areas: WorkArea[]) => [...areas].sort((a, b) => a.order - b.order);
const byDate = (meetings: Meeting[]) => [...meetings].sort((a, b) => compareDays(a.date, b.date));

/** One queryOptions factory per endpoint; the query key starts with the endpoint's name. */
export const planQuery = () => queryOptions({ queryKey: ['plan'], queryFn: ({ signal }) => fetchEndpoint('plan', { signal }) });

export const workAreasQuery = () =>
  queryOptions({
    queryKey: ['workAreas'],
    queryFn: ({ signal }) => fetchEndpoint('workAreas', { signal }),
    select: byOrder,
  });

export const measuresQuery = () =>
  queryOptions({ queryKey: ['measures'], queryFn: ({ signal }) => fetchEndpoint('measures', { signal }) });

/**
 * One measure. With `fromList`, a measure the cached list holds (the list serves the same objects,
 * `measureListSchema`) starts with the list's copy, as old as the list: opened once the list is
 * loaded, it shows at once, with no request while that copy is fresh, and offline it shows
 * although its own page was never opened. A stale copy is refetched as any query is (decision 035).
 */
export const measureQuery = (id: string, fromList?: QueryClient) =>
  queryOptions({
    queryKey: ['measure', id],
    queryFn: ({ signal }) => fetchEndpoint('measure', { params: { id }, signal }),
    initialData: fromList && (() => fromList.getQueryData(measuresQuery().queryKey)?.find((measure) => measure.id === id)),
    initialDataUpdatedAt: fromList && (() => fromList.getQueryState(measuresQuery().queryKey)?.dataUpdatedAt),
  });

export const indicatorsQuery = () =>
  queryOptions({ queryKey: ['indicators'], queryFn: ({ signal }) => fetchEndpoint('indicators', { signal }) });

export const meetingsQuery = () =>
  queryOptions({
    queryKey: ['meetings'],
    queryFn: ({ signal }) => fetchEndpoint('meetings', { signal }),
    select: byDate,
  });
