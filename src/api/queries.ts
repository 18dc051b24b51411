import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';
import type { Meeting, WorkArea } from './schemas';

// The schemas (and zod) load with the first query, in parallel with the mock, instead of sitting
// in the entry chunk: nothing can be validated before the first answer arrives anyway.
const schemas = () => import('./schemas');

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
    queryFn: async ({ signal }) => fetchJson('plan', '/plan', (await schemas()).planSchema, signal),
  });

export const workAreasQuery = () =>
  queryOptions({
    queryKey: ['work-areas'],
    queryFn: async ({ signal }) => fetchJson('workAreas', '/work-areas', (await schemas()).workAreaListSchema, signal),
    select: byOrder,
  });

export const measuresQuery = () =>
  queryOptions({
    queryKey: ['measures'],
    queryFn: async ({ signal }) => fetchJson('measures', '/measures', (await schemas()).measureListSchema, signal),
  });

export const measureQuery = (id: string) =>
  queryOptions({
    queryKey: ['measures', id],
    queryFn: async ({ signal }) =>
      fetchJson('measure', `/measures/${encodeURIComponent(id)}`, (await schemas()).measureSchema, signal),
  });

export const indicatorsQuery = () =>
  queryOptions({
    queryKey: ['indicators'],
    queryFn: async ({ signal }) => fetchJson('indicators', '/indicators', (await schemas()).indicatorListSchema, signal),
  });

export const meetingsQuery = () =>
  queryOptions({
    queryKey: ['meetings'],
    queryFn: async ({ signal }) => fetchJson('meetings', '/meetings', (await schemas()).meetingListSchema, signal),
    select: byDate,
  });
