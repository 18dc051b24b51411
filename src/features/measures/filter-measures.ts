import type { Measure, MeasureStatus, Partner, WorkArea } from '../../api/schemas';
import { compareIds } from '../../lib/compare-ids';
import { compareDays } from '../../lib/format';
import { foldGerman, germanCollator } from '../../lib/german-text';
import { nextIdle } from '../../lib/next-task';
import type { MeasureSearch } from '../../lib/measure-search';
import { statusOrder } from '../../lib/status-style';

/**
 * Pure filter, search and sort of the measures list. Everything that costs more than a comparison
 * per row is computed once per data set: names for sorting in `indexMeasures`, the folded search
 * text on first need (`searchTextOf`), kept per measure. The page folds it after its first screen
 * (`foldSearchTexts`), so typing in the search box with 10,000 measures stays cheap, and the fold
 * (~60–100 ms at 10,000) is not part of the list's first, longest task.
 */

export interface MeasureRow {
  measure: Measure;
  areaName: string;
  leadName: string;
  dueYear: number;
}

/** Folded id + title + summary of each measure, for the free-text search; filled on first need. */
const searchTexts = new WeakMap<Measure, string>();

export function searchTextOf(row: MeasureRow): string {
  let text = searchTexts.get(row.measure);
  if (text === undefined) {
    const { id, title, summary } = row.measure;
    text = foldGerman(`${id}\n${title}\n${summary}`);
    searchTexts.set(row.measure, text);
  }
  return text;
}

/**
 * Folds the search text of every row ahead of the first search, in slices of ~12 ms, each when
 * the browser is idle (`wait`), so that it never takes turns with the list's own render. Stops
 * when `signal` aborts (new data, page left). A search before it is done folds what is missing.
 */
export async function foldSearchTexts(
  rows: readonly MeasureRow[],
  signal: AbortSignal,
  wait: () => Promise<void> = nextIdle,
): Promise<void> {
  let next = 0;
  while (next < rows.length) {
    await wait();
    if (signal.aborted) return;
    const sliceStart = performance.now();
    while (next < rows.length && performance.now() - sliceStart <= 12) {
      searchTextOf(rows[next] as MeasureRow);
      next += 1;
    }
  }
}

export interface LookupNames {
  workAreas?: readonly WorkArea[] | undefined;
  partners?: readonly Partner[] | undefined;
}

export function indexMeasures(measures: readonly Measure[], names: LookupNames = {}): MeasureRow[] {
  const areaNames = new Map((names.workAreas ?? []).map((a) => [a.id, a.name]));
  const partnerNames = new Map((names.partners ?? []).map((p) => [p.id, p.shortName]));
  return measures.map((measure) => ({
    measure,
    areaName: areaNames.get(measure.workAreaId) ?? measure.workAreaId,
    leadName: partnerNames.get(measure.leadPartnerId) ?? measure.leadPartnerId,
    dueYear: Number(measure.due.slice(0, 4)),
  }));
}

/** Overdue: past its due day on the Datenstand and not completed. */
export function isOverdue(measure: Pick<Measure, 'due' | 'status'>, dataDate: string): boolean {
  return measure.status !== 'completed' && measure.due < dataDate;
}

export interface MeasureCriteria {
  workAreas: readonly string[];
  statuses: readonly MeasureStatus[];
  partners: readonly string[];
  tags: readonly string[];
  dueYears: readonly number[];
  overdueOnly: boolean;
  query: string;
}

export const noCriteria: MeasureCriteria = {
  workAreas: [],
  statuses: [],
  partners: [],
  tags: [],
  dueYears: [],
  overdueOnly: false,
  query: '',
};

/**
 * Values within one filter are alternatives (OR), different filters narrow (AND). The search
 * matches every word of the query (folded) somewhere in id, title or summary. `dataDate` is
 * needed for "overdue only"; without it (plan not loaded) that filter cannot apply.
 */
export function filterMeasures(
  rows: readonly MeasureRow[],
  criteria: MeasureCriteria,
  dataDate: string | undefined,
): MeasureRow[] {
  const areas = criteria.workAreas.length > 0 ? new Set(criteria.workAreas) : undefined;
  const statuses = criteria.statuses.length > 0 ? new Set<string>(criteria.statuses) : undefined;
  const partners = criteria.partners.length > 0 ? new Set(criteria.partners) : undefined;
  const years = criteria.dueYears.length > 0 ? new Set(criteria.dueYears) : undefined;
  const tags = criteria.tags;
  const words = foldGerman(criteria.query).split(/\s+/).filter(Boolean);
  const overdueDay = criteria.overdueOnly ? dataDate : undefined;
  return rows.filter((row) => {
    const m = row.measure;
    if (areas && !areas.has(m.workAreaId)) return false;
    if (statuses && !statuses.has(m.status)) return false;
    if (partners && !partners.has(m.leadPartnerId)) return false;
    if (years && !years.has(row.dueYear)) return false;
    if (tags.length > 0 && !tags.some((tag) => m.tags.includes(tag))) return false;
    if (overdueDay !== undefined && !isOverdue(m, overdueDay)) return false;
    if (words.length > 0) {
      const text = searchTextOf(row);
      for (const word of words) if (!text.includes(word)) return false;
    }
    return true;
  });
}

/**
 * `filterMeasures` over one sorted list, remembered per criteria object. The measures page asks
 * twice per keystroke — for the count (urgent render) and for the list (deferred render) — and
 * gets the same array the second time: no second filter, and the list sees an unchanged prop while
 * it waits. Criteria objects are memoised per filter change, so the cache holds a handful.
 */
export function cachedFilter(
  rows: readonly MeasureRow[],
  dataDate: string | undefined,
): (criteria: MeasureCriteria) => MeasureRow[] {
  const results = new WeakMap<MeasureCriteria, MeasureRow[]>();
  return (criteria) => {
    let result = results.get(criteria);
    if (!result) {
      result = filterMeasures(rows, criteria, dataDate);
      results.set(criteria, result);
    }
    return result;
  };
}

export type MeasureSort = MeasureSearch['sort'];
export type MeasureSortKey = Exclude<MeasureSort, `-${string}`>;

export function parseSort(sort: MeasureSort): { key: MeasureSortKey; descending: boolean } {
  return sort.startsWith('-')
    ? { key: sort.slice(1) as MeasureSortKey, descending: true }
    : { key: sort as MeasureSortKey, descending: false };
}

const statusRank = new Map<MeasureStatus, number>(statusOrder.map((s, i) => [s, i]));

const comparators: Record<MeasureSortKey, (a: MeasureRow, b: MeasureRow) => number> = {
  id: (a, b) => compareIds(a.measure.id, b.measure.id),
  title: (a, b) => germanCollator().compare(a.measure.title, b.measure.title),
  workArea: (a, b) => germanCollator().compare(a.areaName, b.areaName),
  status: (a, b) => (statusRank.get(a.measure.status) ?? 0) - (statusRank.get(b.measure.status) ?? 0),
  progress: (a, b) => a.measure.progress - b.measure.progress,
  lead: (a, b) => germanCollator().compare(a.leadName, b.leadName),
  due: (a, b) => compareDays(a.measure.due, b.measure.due),
};

/** A sorted copy; ties fall back to the id (ascending), so the order is stable and predictable. */
export function sortMeasures(rows: readonly MeasureRow[], sort: MeasureSort): MeasureRow[] {
  const { key, descending } = parseSort(sort);
  const compare = comparators[key];
  const byId = comparators.id;
  return [...rows].sort((a, b) => {
    const primary = compare(a, b);
    if (primary !== 0) return descending ? -primary : primary;
    return byId(a, b);
  });
}

/** The tags in the data, in German order. */
export function tagsOf(measures: readonly Measure[]): string[] {
  const tags = new Set<string>();
  for (const m of measures) for (const tag of m.tags) tags.add(tag);
  return [...tags].sort(germanCollator().compare);
}

/** The years in which measures are due, ascending. */
export function dueYearsOf(measures: readonly Measure[]): number[] {
  const years = new Set<number>();
  for (const m of measures) years.add(Number(m.due.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}

export interface KnownValues {
  workAreas?: ReadonlySet<string> | undefined;
  partners?: ReadonlySet<string> | undefined;
  tags?: ReadonlySet<string> | undefined;
  dueYears?: ReadonlySet<number> | undefined;
}

/**
 * Splits URL values that are well-formed but not in the data (a work area that does not exist)
 * from the rest. A set that is not known yet (its data still loading) accepts everything.
 */
export function checkAgainstData(
  search: Pick<MeasureSearch, 'bereich' | 'partner' | 'tag' | 'faellig'>,
  known: KnownValues,
): { values: Pick<MeasureSearch, 'bereich' | 'partner' | 'tag' | 'faellig'>; unknown: string[] } {
  const unknown: string[] = [];
  const keep = <T>(name: string, list: T[], set: ReadonlySet<T> | undefined): T[] => {
    if (!set) return list;
    const kept = list.filter((value) => set.has(value));
    if (kept.length === list.length) return list; // the same array: memos keyed on it stay valid
    unknown.push(name);
    return kept;
  };
  return {
    values: {
      bereich: keep('bereich', search.bereich, known.workAreas),
      partner: keep('partner', search.partner, known.partners),
      tag: keep('tag', search.tag, known.tags),
      faellig: keep('faellig', search.faellig, known.dueYears),
    },
    unknown,
  };
}
