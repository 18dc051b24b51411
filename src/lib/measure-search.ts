import * as z from 'zod/mini';
import { measureStatus } from '../api/schemas';
import { paths } from './paths';
import { linkWithSearch, param, type SearchValues } from './search-params';

const slug = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

export const measureSortKeys = ['id', 'title', 'workArea', 'status', 'progress', 'lead', 'due'] as const;

/**
 * The measures list's URL (shared: the overview and the deck link into filtered lists).
 * Work-area, partner and tag values are checked for shape here and against the data in the view.
 */
export const measureSearchSpec = {
  bereich: param.many(slug),
  status: param.many(measureStatus),
  partner: param.many(slug),
  tag: param.many(z.string().check(z.minLength(1), z.maxLength(60))),
  faellig: param.many(z.pipe(z.string().check(z.regex(/^20\d\d$/)), z.transform(Number))),
  ueberfaellig: param.one(z.enum(['1']), undefined as '1' | undefined),
  q: param.one(z.string().check(z.maxLength(200)), ''),
  sort: param.one(z.enum([...measureSortKeys, ...measureSortKeys.map((k) => `-${k}` as const)]), 'id'),
};

export type MeasureSearch = SearchValues<typeof measureSearchSpec>;

export function measuresHref(values: Partial<MeasureSearch>): string {
  return linkWithSearch(paths.measures, measureSearchSpec, values);
}
