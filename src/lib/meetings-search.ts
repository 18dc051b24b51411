import * as z from 'zod/mini';
import { paths } from './paths';
import { linkWithSearch, param, type SearchValues } from './search-params';

/** The comparison point that means the plan's data date rather than a meeting. */
export const NOW = 'jetzt';

const pointId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** `?von=sg-2025&bis=jetzt`: a meeting id or "jetzt" (the data date). Empty = the default. */
export const meetingsSearchSpec = {
  von: param.one(pointId, ''),
  bis: param.one(pointId, ''),
};

export type MeetingsSearch = SearchValues<typeof meetingsSearchSpec>;

export function meetingsHref(values: Partial<MeetingsSearch>): string {
  return linkWithSearch(paths.meetings, meetingsSearchSpec, values);
}
