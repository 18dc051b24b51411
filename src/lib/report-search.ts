import * as z from 'zod/mini';
import { paths } from './paths';
import { linkWithSearch, param, type SearchValues } from './search-params';

const slug = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** The report's URL: `bereich` limits it to work areas, `stand` pins it to a meeting's snapshot. */
export const reportSearchSpec = {
  bereich: param.many(slug),
  stand: param.one(slug, ''),
};

export type ReportSearch = SearchValues<typeof reportSearchSpec>;

/** A link to the report (from the navigation, the meetings page …). */
export function reportHref(values: Partial<ReportSearch> = {}): string {
  return linkWithSearch(paths.report, reportSearchSpec, values);
}
