import { describe, expect, it } from 'vitest';
import { seedMeasures, seedPlan, seedWorkAreas } from '../../mocks/data/seed-plan';
import type { Measure } from '../../src/api/schemas';
import {
  cachedFilter,
  checkAgainstData,
  dueYearsOf,
  filterMeasures,
  indexMeasures,
  isOverdue,
  noCriteria,
  sortMeasures,
  tagsOf,
  type MeasureCriteria,
} from '../../src/features/measures/filter-measures';
import { isStale, milestoneState, newestFirst } from '../../src/features/measures/measure-details';

const DATA_DATE = seedPlan.dataDate;
const rows = indexMeasures(seedMeasures, { workAreas: seedWorkAreas, partners: seedPlan.partners });
const ids = (list: { measure: Measure }[]) => list.map((row) => row.measure.id);
const filter = (criteria: Partial<MeasureCriteria>, dataDate: string | undefined = DATA_DATE) =>
  ids(filterMeasures(rows, { ...noCriteria, ...criteria }, dataDate));

function draft(patch: Partial<Measure>): Measure {
  return {
    id: 'X-01',
    title: 'Titel',
    summary: '',
    workAreaId: 'a',
    status: 'in_progress',
    progress: 10,
    leadPartnerId: 'stadt',
    involvedUnits: [],
    start: '2024-01-01',
    due: '2027-01-01',
    milestones: [],
    updates: [],
    tags: [],
    indicatorIds: [],
    links: [],
    lastUpdated: '2026-10-01',
    ...patch,
  };
}

describe('filterMeasures', () => {
  it('returns everything without criteria', () => {
    expect(filter({})).toHaveLength(seedMeasures.length);
  });

  it('search folds umlauts and ß: "Handwerkerhoefe" finds "Handwerkerhöfe"', () => {
    const found = filter({ query: 'Handwerkerhoefe' });
    expect(found).toContain('HH-02'); // "Bedarfsanalyse Handwerkerhöfe"
    expect(found).toEqual(filter({ query: 'handwerkerhöfe' }));
    const custom = indexMeasures([draft({ id: 'S-1', title: 'Straßenbau' }), draft({ id: 'S-2', title: 'Weg' })]);
    expect(ids(filterMeasures(custom, { ...noCriteria, query: 'STRASSE' }, DATA_DATE))).toEqual(['S-1']);
  });

  it('search matches id and summary and needs every word', () => {
    expect(filter({ query: 'hh-09' })).toEqual(['HH-09']);
    expect(filter({ query: 'Reisholz Pilot' })).toEqual(['HH-01']);
    expect(filter({ query: 'Reisholz zzz' })).toEqual([]);
  });

  it('gives an empty result when nothing matches', () => {
    expect(filter({ query: 'gibt es nicht' })).toEqual([]);
  });

  it('combines filters: OR within one filter, AND between filters', () => {
    expect(filter({ workAreas: ['handwerkerhoefe'], statuses: ['delayed'] })).toEqual(['HH-06', 'HH-09']);
    const twoAreas = filter({ workAreas: ['handwerkerhoefe', 'mobilitaet'] });
    expect(twoAreas).toHaveLength(26);
    expect(filter({ partners: ['hwk'], tags: ['EuroSkills 2027'] })).toEqual(['FK-02', 'FK-13']);
    expect(filter({ tags: ['Sondervermögen'], dueYears: [2027] })).toEqual(['GF-11', 'IN-01', 'IN-06', 'IN-11', 'IN-13']);
  });

  it('"overdue only" is relative to the data date, not today, and skips completed measures', () => {
    expect(filter({ overdueOnly: true })).toEqual(['GF-06', 'GF-10', 'HH-09', 'MO-07', 'MO-12', 'FK-04', 'IN-09']);
    // A day before HH-09 was due, it was not overdue yet.
    expect(filter({ overdueOnly: true }, '2026-03-31')).not.toContain('HH-09');
    expect(isOverdue(draft({ due: '2026-11-15', status: 'completed' }), DATA_DATE)).toBe(false);
    expect(isOverdue(draft({ due: '2026-11-15', status: 'planned' }), DATA_DATE)).toBe(true);
    expect(isOverdue(draft({ due: DATA_DATE, status: 'planned' }), DATA_DATE)).toBe(false);
  });
});

describe('cachedFilter', () => {
  it('filters like filterMeasures and answers the same criteria object with the same array', () => {
    const filtered = cachedFilter(rows, DATA_DATE);
    const delayed: MeasureCriteria = { ...noCriteria, statuses: ['delayed'] };
    const first = filtered(delayed);
    expect(ids(first)).toEqual(filter({ statuses: ['delayed'] }));
    expect(filtered(delayed)).toBe(first);
    // Equal content in a new object is a new question (criteria are memoised per filter change).
    const again = filtered({ ...delayed });
    expect(again).not.toBe(first);
    expect(ids(again)).toEqual(ids(first));
    expect(ids(filtered(noCriteria))).toHaveLength(rows.length);
  });
});

describe('sortMeasures', () => {
  it('sorts by id with numeric German collation', () => {
    const custom = indexMeasures([draft({ id: 'A-10' }), draft({ id: 'A-2' }), draft({ id: 'B-1' })]);
    expect(ids(sortMeasures(custom, 'id'))).toEqual(['A-2', 'A-10', 'B-1']);
  });

  it('sorts titles with German collation (ä next to a, not after z)', () => {
    const custom = indexMeasures([
      draft({ id: '1', title: 'Zulassung' }),
      draft({ id: '2', title: 'Ärztehaus' }),
      draft({ id: '3', title: 'Abfall' }),
      draft({ id: '4', title: 'Bau' }),
    ]);
    expect(ids(sortMeasures(custom, 'title'))).toEqual(['3', '2', '4', '1']);
    expect(ids(sortMeasures(custom, '-title'))).toEqual(['1', '4', '2', '3']);
  });

  it('sorts by progress and due, descending too, with the id as tie-breaker', () => {
    const byProgress = sortMeasures(rows, '-progress');
    expect(byProgress[0]?.measure.progress).toBe(100);
    const progresses = byProgress.map((r) => r.measure.progress);
    expect(progresses).toEqual([...progresses].sort((a, b) => b - a));
    const byDue = sortMeasures(rows, 'due').map((r) => r.measure.due);
    expect(byDue).toEqual([...byDue].sort());
  });

  it('sorts by work area and lead name', () => {
    const byArea = sortMeasures(rows, 'workArea').map((r) => r.areaName);
    expect(byArea[0]).toBe('Fachkräfte');
    expect(byArea.at(-1)).toBe('Mobilität');
    const byLead = sortMeasures(rows, 'lead').map((r) => r.leadName);
    expect(byLead[0]).toBe('HWK');
  });
});

describe('facets and unknown URL values', () => {
  it('lists tags in German order and due years ascending', () => {
    const tags = tagsOf(seedMeasures);
    expect(tags).toContain('Sondervermögen');
    expect(tags.indexOf('Wärmeplanung')).toBeGreaterThan(tags.indexOf('Vergabe'));
    expect(dueYearsOf(seedMeasures)).toEqual([2023, 2024, 2025, 2026, 2027]);
  });

  it('drops well-formed values that the data does not know and names the parameter', () => {
    const result = checkAgainstData(
      { bereich: ['handwerkerhoefe', 'gibtsnicht'], partner: ['hwk'], tag: ['Sondervermögen'], faellig: [2099] },
      {
        workAreas: new Set(seedWorkAreas.map((a) => a.id)),
        partners: new Set(seedPlan.partners.map((p) => p.id)),
        tags: new Set(tagsOf(seedMeasures)),
        dueYears: new Set(dueYearsOf(seedMeasures)),
      },
    );
    expect(result.values).toEqual({ bereich: ['handwerkerhoefe'], partner: ['hwk'], tag: ['Sondervermögen'], faellig: [] });
    expect(result.unknown).toEqual(['bereich', 'faellig']);
  });

  it('accepts everything while the data for a check is still loading', () => {
    const result = checkAgainstData({ bereich: ['x'], partner: [], tag: [], faellig: [] }, {});
    expect(result).toEqual({ values: { bereich: ['x'], partner: [], tag: [], faellig: [] }, unknown: [] });
  });
});

describe('measure details', () => {
  it('milestones are done, overdue or open relative to the data date', () => {
    expect(milestoneState({ title: 'a', due: '2026-01-01', done: true, doneOn: '2026-01-02' }, DATA_DATE)).toBe('done');
    expect(milestoneState({ title: 'a', due: '2026-11-15', done: false }, DATA_DATE)).toBe('overdue');
    expect(milestoneState({ title: 'a', due: '2026-11-16', done: false }, DATA_DATE)).toBe('open');
  });

  it('updates newest first', () => {
    const list = newestFirst([
      { date: '2024-01-01', text: 'a', statusAfter: 'planned' },
      { date: '2026-01-01', text: 'c', statusAfter: 'delayed' },
      { date: '2025-01-01', text: 'b', statusAfter: 'in_progress' },
    ]);
    expect(list.map((u) => u.text)).toEqual(['c', 'b', 'a']);
  });

  it('stale = in work and last updated more than six months before the data date', () => {
    expect(isStale({ status: 'in_progress', lastUpdated: '2026-05-15' }, DATA_DATE)).toBe(true);
    expect(isStale({ status: 'delayed', lastUpdated: '2026-05-15' }, DATA_DATE)).toBe(true);
    expect(isStale({ status: 'in_progress', lastUpdated: '2026-05-16' }, DATA_DATE)).toBe(false);
    for (const status of ['completed', 'planned', 'on_hold'] as const) {
      expect(isStale({ status, lastUpdated: '2024-01-01' }, DATA_DATE)).toBe(false);
    }
  });
});
