import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';
import type { Meeting, WorkArea } from './schemas';

// The schemas (and zod) load with the first query, in parallel with its request (fetchJson awaits
// the schema only to validate), not in the entry chunk: nothing can be validated before an answer.
type Schemas = typeof import('./schemas');
const schema = <K extends keyof Schemas>(name: K): Promise<Schemas[K]> => import('./schemas').then((s) => s[name]);

// Module-level selectors keep a stable identity, so react-query memoises their result.
const byOrder = (areas: WorkArea[]) => [...areas].sort((a, b) => a.order - b.order);
const byDate = (meetings: Meeting[]) => [...meetings].sort((a, b) => a.date.localeCompare(b.date));

/**
 * One queryOptions factory per resource. The first argument of fetchJson names the resource in
 * error messages (a key of the `state` messages).
 */
export const planQuery = () =>
  queryOptions({
    queryKey: ['plan'],
    queryFn: ({ signal }) => fetchJson('plan', '/plan', schema('planSchema'), signal),
  });

export const workAreasQuery = () =>
  queryOptions({
    queryKey: ['work-areas'],
    queryFn: ({ signal }) => fetchJson('workAreas', '/work-areas', schema('workAreaListSchema'), signal),
    select: byOrder,
  });

export const measuresQuery = () =>
  queryOptions({
    queryKey: ['measures'],
    queryFn: ({ signal }) => fetchJson('measures', '/measures', schema('measureListSchema'), signal),
  });

export const measureQuery = (id: string) =>
  queryOptions({
    queryKey: ['measures', id],
    queryFn: ({ signal }) => fetchJson('measure', `/measures/${encodeURIComponent(id)}`, schema('measureSchema'), signal),
  });

export const indicatorsQuery = () =>
  queryOptions({
    queryKey: ['indicators'],
    queryFn: ({ signal }) => fetchJson('indicators', '/indicators', schema('indicatorListSchema'), signal),
  });

export const meetingsQuery = () =>
  queryOptions({
    queryKey: ['meetings'],
    queryFn: ({ signal }) => fetchJson('meetings', '/meetings', schema('meetingListSchema'), signal),
    select: byDate,
  });
