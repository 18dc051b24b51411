import type { MeasureStatus, Partner, WorkArea } from '../../api/schemas';
import type { MeasureSearch } from '../../lib/measure-search';
import type { MeasureCriteria } from './filter-measures';

/**
 * The measures page's decisions as pure functions: which criteria the list applies, which chips
 * show the active filters, and when a keystroke in the search box adds a history entry.
 */

export type FilterValues = Pick<MeasureSearch, 'bereich' | 'status' | 'partner' | 'tag' | 'faellig' | 'ueberfaellig' | 'q'>;

/** Everything that filters, cleared (the sort stays). */
export const clearedFilters: Partial<MeasureSearch> = {
  bereich: [],
  status: [],
  partner: [],
  tag: [],
  faellig: [],
  ueberfaellig: undefined,
  q: '',
};

export function criteriaOf(values: FilterValues): MeasureCriteria {
  return {
    workAreas: values.bereich,
    statuses: values.status,
    partners: values.partner,
    tags: values.tag,
    dueYears: values.faellig,
    overdueOnly: values.ueberfaellig === '1',
    query: values.q,
  };
}

export interface Chip {
  key: string;
  label: string;
  /** The change that removes this filter. */
  remove: Partial<MeasureSearch>;
}

export interface ChipTexts {
  workArea: string;
  status: string;
  lead: string;
  tag: string;
  dueYear: string;
  overdueChip: string;
  searchChip: (params: { text: string }) => string;
  statusName: Readonly<Record<MeasureStatus, string>>;
}

export interface ChipNames {
  workAreas?: readonly WorkArea[] | undefined;
  partners?: readonly Partner[] | undefined;
}

/** One chip per active filter value, in the order of the filter panel; unknown names show the id. */
export function chipsOf(values: FilterValues, names: ChipNames, t: ChipTexts): Chip[] {
  const areaName = new Map((names.workAreas ?? []).map((a) => [a.id, a.name]));
  const partnerName = new Map((names.partners ?? []).map((p) => [p.id, p.shortName]));
  const listChips = <T extends string | number>(
    key: 'bereich' | 'status' | 'partner' | 'tag' | 'faellig',
    list: readonly T[],
    label: (value: T) => string,
  ): Chip[] =>
    list.map((value) => ({
      key: `${key}-${value}`,
      label: label(value),
      remove: { [key]: list.filter((v) => v !== value) },
    }));
  const chips = [
    ...listChips('bereich', values.bereich, (id) => `${t.workArea}: ${areaName.get(id) ?? id}`),
    ...listChips('status', values.status, (status) => `${t.status}: ${t.statusName[status]}`),
    ...listChips('partner', values.partner, (id) => `${t.lead}: ${partnerName.get(id) ?? id}`),
    ...listChips('tag', values.tag, (tag) => `${t.tag}: ${tag}`),
    ...listChips('faellig', values.faellig, (year) => `${t.dueYear}: ${year}`),
  ];
  if (values.ueberfaellig === '1') chips.push({ key: 'ueberfaellig', label: t.overdueChip, remove: { ueberfaellig: undefined } });
  const query = values.q.trim();
  if (query !== '') chips.push({ key: 'q', label: t.searchChip({ text: query }), remove: { q: '' } });
  return chips;
}

/**
 * Typing in the search box: the first key of a burst adds a history entry (so Back returns to the
 * filters before it), the following keys replace it (no entry per key). A burst goes on while the
 * address is still the one the last key wrote; any other change (a filter, Back) ends it.
 */
export function continuesTypingBurst(currentHref: string, lastTypedHref: string | undefined): boolean {
  return lastTypedHref !== undefined && currentHref === lastTypedHref;
}
