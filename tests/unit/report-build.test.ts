import { describe, expect, it } from 'vitest';
import { seedIndicators, seedMeasures, seedMeetings, seedPlan, seedWorkAreas } from '../../mocks/data/seed-plan';
import type { Measure, Meeting } from '../../src/api/schemas';
import {
  areaIndicators,
  isOverdueOn,
  reportAreas,
  reportSince,
  reportTotals,
  selectAreas,
} from '../../src/features/report/build-report';
import { openAgreementsAt, resolveStand } from '../../src/lib/plan-stand';

const measure = (over: Partial<Measure>): Measure => ({ ...seedMeasures[0]!, ...over });

describe('report data', () => {
  it('selects the known work areas of the filter, or all when none is known', () => {
    expect(selectAreas(seedWorkAreas, ['mobilitaet']).map((a) => a.area.id)).toEqual(['mobilitaet']);
    expect(selectAreas(seedWorkAreas, ['gibt-es-nicht'])).toHaveLength(seedWorkAreas.length);
    expect(selectAreas(seedWorkAreas, [])).toHaveLength(seedWorkAreas.length);
  });

  it('live: every measure once, in its area, sorted by number; totals add up', () => {
    const areas = reportAreas(selectAreas(seedWorkAreas, []), seedMeasures, undefined, seedPlan.dataDate);
    const totals = reportTotals(areas);
    expect(totals.total).toBe(seedMeasures.length);
    for (const a of areas) {
      const ids = a.measures.map((r) => r.measure.id);
      expect(ids).toEqual([...ids].sort((x, y) => x.localeCompare(y, 'de', { numeric: true })));
      expect(a.measures.every((r) => r.measure.workAreaId === a.area.id)).toBe(true);
    }
  });

  it('pinned: statuses and progress from the snapshot, measures added later left out, overdue and last update as of that day', () => {
    const meeting = seedMeetings.find((m) => m.id === 'sg-2025')!;
    const { pinned, day } = resolveStand(seedPlan, seedMeetings, 'sg-2025');
    expect(pinned).toBe(meeting);
    const later = measure({ id: 'XX-99', workAreaId: 'mobilitaet' });
    const areas = reportAreas(selectAreas(seedWorkAreas, []), [...seedMeasures, later], pinned, day);
    const rows = areas.flatMap((a) => a.measures);
    expect(rows).toHaveLength(meeting.snapshot.length);
    for (const row of rows) {
      const entry = meeting.snapshot.find((e) => e.measureId === row.measure.id)!;
      expect(row.measure.status).toBe(entry.status);
      expect(row.measure.progress).toBe(entry.progress);
      expect(row.overdue).toBe(isOverdueOn(row.measure, meeting.date));
      if (row.lastUpdate) expect(row.lastUpdate <= meeting.date).toBe(true);
    }
  });

  it('an unknown meeting id falls back to live data', () => {
    const stand = resolveStand(seedPlan, seedMeetings, 'sg-1999');
    expect(stand.stand).toEqual({ kind: 'live', date: seedPlan.dataDate });
    expect(stand.pinned).toBeUndefined();
  });

  it('overdue: due before the day and not completed', () => {
    expect(isOverdueOn({ due: '2026-01-01', status: 'in_progress' }, '2026-01-02')).toBe(true);
    expect(isOverdueOn({ due: '2026-01-01', status: 'completed' }, '2026-01-02')).toBe(false);
    expect(isOverdueOn({ due: '2026-01-02', status: 'delayed' }, '2026-01-02')).toBe(false);
  });

  it('since: a measure completed after the baseline is listed, one unchanged is not', () => {
    const baseline: Meeting = {
      ...seedMeetings[0]!,
      snapshot: [
        { measureId: 'A-1', status: 'in_progress', progress: 50 },
        { measureId: 'A-2', status: 'planned', progress: 0 },
      ],
    };
    const area = seedWorkAreas[0]!;
    const areas = reportAreas(
      [{ area, index: 0 }],
      [
        measure({ id: 'A-1', workAreaId: area.id, status: 'completed', progress: 100 }),
        measure({ id: 'A-2', workAreaId: area.id, status: 'planned', progress: 0 }),
      ],
      undefined,
      seedPlan.dataDate,
    );
    const since = reportSince(baseline, areas);
    expect(since.groups.completed.map((m) => m.id)).toEqual(['A-1']);
    expect(since.groups.started.map((m) => m.id)).toEqual([]);
    expect(since.progressBefore).toBe(25);
    expect(since.progressAfter).toBe(50);
  });

  it('indicators: the latest value on or before the day; an area without indicators gets none', () => {
    const own = seedIndicators.filter((i) => i.workAreaId === 'gewerbeflaechen');
    const early = areaIndicators(seedIndicators, 'gewerbeflaechen', '2023-01-01');
    expect(early).toHaveLength(own.length);
    expect(early.every((i) => i.latest === undefined)).toBe(true);
    expect(areaIndicators(seedIndicators, 'gibt-es-nicht', seedPlan.dataDate)).toEqual([]);
  });

  it('open agreements: up to the day, not done, optionally only about given measures', () => {
    const all = openAgreementsAt(seedMeetings, seedPlan.dataDate, undefined);
    expect(all.every((a) => a.agreement.status !== 'done' && a.meeting.date <= seedPlan.dataDate)).toBe(true);
    expect(all.map((a) => a.agreement.due)).toEqual([...all.map((a) => a.agreement.due)].sort());
    expect(openAgreementsAt(seedMeetings, seedPlan.dataDate, new Set(['nichts']))).toEqual([]);
  });
});
