import { describe, expect, it } from 'vitest';
import { seedMeasures, seedMeetings, seedPlan, seedWorkAreas } from '../../mocks/data/seed-plan';
import type { Indicator, Measure, MeasureStatus, Meeting, WorkArea } from '../../src/api/schemas';
import {
  areaWithMost,
  changesSinceLastMeeting,
  headlineFigures,
  keyIndicators,
  progressOverTime,
  statusByArea,
  workAreaSummaries,
} from '../../src/features/overview/overview-stats';
import { indicatorAxisFloor, latestPoint, targetAttainment } from '../../src/lib/indicator-stats';

function measure(id: string, workAreaId: string, status: MeasureStatus, progress: number): Measure {
  return {
    id,
    title: `Maßnahme ${id}`,
    summary: '',
    workAreaId,
    status,
    progress,
    leadPartnerId: 'stadt',
    involvedUnits: [],
    start: '2024-01-01',
    due: '2027-12-31',
    milestones: [],
    updates: [],
    tags: [],
    indicatorIds: [],
    links: [],
    lastUpdated: '2026-10-01',
  };
}

function meeting(id: string, number: number, date: string, snapshot: Meeting['snapshot']): Meeting {
  return {
    id,
    number,
    date,
    place: 'Rathaus',
    title: `${number}. Spitzengespräch`,
    participants: [],
    topics: [],
    agreements: [],
    snapshot,
    illustrative: true,
  };
}

const area = (id: string, order: number): WorkArea => ({
  id,
  name: id.toUpperCase(),
  description: '',
  colorToken: `area-${order}`,
  order,
});

describe('headlineFigures', () => {
  it('counts, shares and mean progress', () => {
    const f = headlineFigures([
      measure('A', 'x', 'completed', 100),
      measure('B', 'x', 'delayed', 20),
      measure('C', 'x', 'in_progress', 30),
      measure('D', 'x', 'planned', 0),
    ]);
    expect(f.total).toBe(4);
    expect(f.counts.completed).toBe(1);
    expect(f.completedShare).toBe(0.25);
    expect(f.delayedShare).toBe(0.25);
    expect(f.inProgressShare).toBe(0.25);
    expect(f.progress).toBe(37.5);
  });

  it('does not divide by zero without measures', () => {
    const f = headlineFigures([]);
    expect(f.total).toBe(0);
    // One rule for every figure over no measures: none ("–"), not "0 %".
    expect(f.completedShare).toBeUndefined();
    expect(f.delayedShare).toBeUndefined();
    expect(f.progress).toBeUndefined();
  });

  it('matches the seed: 65 measures', () => {
    expect(headlineFigures(seedMeasures).total).toBe(65);
  });
});

describe('changesSinceLastMeeting', () => {
  it('says "none yet" (undefined) when there was no meeting on or before the data date', () => {
    expect(changesSinceLastMeeting([measure('A', 'x', 'planned', 0)], [], '2026-11-16')).toBeUndefined();
    const future = meeting('m9', 9, '2027-02-01', []);
    expect(changesSinceLastMeeting([measure('A', 'x', 'planned', 0)], [future], '2026-11-16')).toBeUndefined();
  });

  it('compares with the last meeting before the data date and counts a measure added after it', () => {
    const earlier = meeting('m1', 1, '2025-02-01', [{ measureId: 'A', status: 'planned', progress: 0 }]);
    const last = meeting('m2', 2, '2026-02-18', [
      { measureId: 'A', status: 'in_progress', progress: 40 },
      { measureId: 'B', status: 'delayed', progress: 20 },
    ]);
    const now = [measure('A', 'x', 'completed', 100), measure('B', 'x', 'in_progress', 30), measure('C', 'x', 'in_progress', 10)];
    const change = changesSinceLastMeeting(now, [earlier, last], '2026-11-16');
    expect(change?.meeting.id).toBe('m2');
    expect(change?.completed).toBe(1);
    expect(change?.recovered).toBe(1);
    expect(change?.added).toBe(1);
    expect(change?.started).toBe(1); // C, added after the meeting and already in progress
    expect(change?.delayed).toBe(0);
    // Like for like: A and B were 30 on average then and are (100 + 30) / 2 now; C counts as added.
    expect(change?.progressDelta).toBe(35);
  });

  it('has no progress delta when the meeting snapshot was empty', () => {
    const change = changesSinceLastMeeting(
      [measure('A', 'x', 'in_progress', 10)],
      [meeting('m1', 1, '2024-01-01', [])],
      '2026-11-16',
    );
    expect(change?.added).toBe(1);
    expect(change?.progressDelta).toBeUndefined();
  });

  it('reproduces the seed story: +5 completed since the 3rd meeting', () => {
    const change = changesSinceLastMeeting(seedMeasures, seedMeetings, seedPlan.dataDate);
    expect(change?.meeting.date).toBe('2026-02-18');
    expect(change?.completed).toBe(5);
    expect(change?.delayed).toBe(2);
    expect(change?.recovered).toBe(1);
  });
});

describe('workAreaSummaries', () => {
  const areas = [area('a', 1), area('empty', 2), area('b', 3)];
  const measures = [
    measure('A-2', 'a', 'delayed', 10),
    measure('A-1', 'a', 'delayed', 30),
    measure('A-3', 'a', 'delayed', 50),
    measure('A-4', 'a', 'delayed', 50),
    measure('B-1', 'b', 'completed', 100),
    measure('X-1', 'unknown-area', 'completed', 100),
  ];

  it('keeps the API order and handles a work area without measures', () => {
    const summaries = workAreaSummaries(areas, measures, undefined);
    expect(summaries.map((s) => s.area.id)).toEqual(['a', 'empty', 'b']);
    const empty = summaries[1];
    expect(empty?.total).toBe(0);
    expect(empty?.progress).toBeUndefined();
    expect(empty?.delayed).toEqual([]);
    expect(empty?.change).toBeUndefined();
  });

  it('lists delayed measures by id', () => {
    const [a] = workAreaSummaries(areas, measures, undefined);
    expect(a?.delayed.map((m) => m.id)).toEqual(['A-1', 'A-2', 'A-3', 'A-4']);
    expect(a?.progress).toBe(35);
  });

  it('lists ids in the list’s order: numbers by value, case aside', () => {
    const [a] = workAreaSummaries(
      [area('a', 1)],
      [measure('A-10', 'a', 'delayed', 0), measure('a-3', 'a', 'delayed', 0), measure('A-2', 'a', 'delayed', 0)],
      undefined,
    );
    expect(a?.delayed.map((m) => m.id)).toEqual(['A-2', 'a-3', 'A-10']);
  });

  it('computes the change per area from the snapshot entries of that area only', () => {
    const last = meeting('m', 3, '2026-02-18', [
      { measureId: 'A-1', status: 'in_progress', progress: 20 },
      { measureId: 'B-1', status: 'in_progress', progress: 80 },
    ]);
    const [a, empty, b] = workAreaSummaries(areas, measures, last);
    expect(a?.change?.delayed).toBe(4);
    expect(a?.change?.added).toBe(3);
    expect(a?.change?.completed).toBe(0);
    expect(b?.change?.completed).toBe(1);
    expect(b?.change?.progressDelta).toBe(20);
    expect(empty?.change?.added).toBe(0);
    expect(empty?.change?.progressDelta).toBeUndefined();
  });

  it('a measure added after the meeting (at 0 %) does not lower the change of the others', () => {
    const last = meeting('m', 3, '2026-02-18', [
      { measureId: 'A-1', status: 'in_progress', progress: 40 },
      { measureId: 'A-2', status: 'in_progress', progress: 60 },
    ]);
    const now = [
      measure('A-1', 'a', 'in_progress', 40),
      measure('A-2', 'a', 'in_progress', 60),
      measure('A-9', 'a', 'planned', 0),
    ];
    const [a] = workAreaSummaries([area('a', 1)], now, last);
    // Mixed in, the new 0 % measure would read as 50 → 33.3, "−17 points", though nothing went back.
    expect(a?.change?.progressDelta).toBe(0);
    expect(a?.change?.added).toBe(1);
    expect(changesSinceLastMeeting(now, [last], '2026-11-16')?.progressDelta).toBe(0);
  });

  it('renders whatever number of work areas the API returns (10 here)', () => {
    const ten = Array.from({ length: 10 }, (_, i) => area(`area${i}`, i + 1));
    expect(workAreaSummaries(ten, [], undefined)).toHaveLength(10);
  });
});

describe('statusByArea and areaWithMost', () => {
  it('gives one row per area with counts, and finds the most delayed', () => {
    const rows = statusByArea(seedWorkAreas, seedMeasures);
    expect(rows).toHaveLength(5);
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(65);
    const most = areaWithMost(rows, 'delayed');
    expect(most && most.counts.delayed).toBe(Math.max(...rows.map((r) => r.counts.delayed)));
  });

  it('finds nothing when no measure has the status', () => {
    expect(areaWithMost(statusByArea([area('a', 1)], []), 'delayed')).toBeUndefined();
  });
});

describe('progressOverTime', () => {
  it('adds "now" after the meetings up to the data date, sorted', () => {
    const points = progressOverTime(
      [
        meeting('m2', 2, '2025-02-03', [{ measureId: 'A', status: 'in_progress', progress: 40 }]),
        meeting('m1', 1, '2024-02-21', [{ measureId: 'A', status: 'planned', progress: 0 }]),
        meeting('m9', 9, '2027-02-01', []),
      ],
      [measure('A', 'x', 'in_progress', 70), measure('B', 'x', 'planned', 0)],
      '2026-11-16',
    );
    expect(points.map((p) => [p.date, p.progress, p.isNow])).toEqual([
      ['2024-02-21', 0, false],
      ['2025-02-03', 40, false],
      ['2026-11-16', 35, true],
    ]);
  });

  it('is only "now" without meetings, and undefined progress without measures', () => {
    expect(progressOverTime([], [], '2026-11-16')).toEqual([
      { date: '2026-11-16', meetingNumber: undefined, progress: undefined, measures: 0, isNow: true },
    ]);
  });
});

describe('indicators', () => {
  const indicator = (over: Partial<Indicator>): Indicator => ({
    id: 'i',
    workAreaId: 'a',
    label: 'I',
    unit: 'ha',
    higherIsBetter: true,
    baseline: { value: 10, date: '2023-03-31' },
    target: { value: 30, year: 2028 },
    series: [
      { date: '2023-03-31', value: 10 },
      { date: '2026-09-30', value: 20 },
      { date: '2025-09-30', value: 15 },
    ],
    source: '',
    key: true,
    ...over,
  });

  it('keeps only key indicators', () => {
    expect(keyIndicators([indicator({ id: 'a' }), indicator({ id: 'b', key: false })]).map((i) => i.id)).toEqual(['a']);
  });

  it('computes the latest value and how far towards the target', () => {
    expect(latestPoint(indicator({}))?.value).toBe(20);
    expect(targetAttainment(indicator({}))).toBe(0.5);
  });

  it('works for lower-is-better and guards a target equal to the baseline', () => {
    const waiting = indicator({
      higherIsBetter: false,
      baseline: { value: 120, date: '2023-03-31' },
      target: { value: 80, year: 2027 },
      series: [{ date: '2026-09-30', value: 100 }],
    });
    expect(targetAttainment(waiting)).toBe(0.5);
    expect(targetAttainment(indicator({ target: { value: 10, year: 2028 } }))).toBeUndefined();
    expect(targetAttainment(indicator({ series: [] }))).toBeUndefined();
  });

  it('starts the axis at 0 unless values are negative', () => {
    expect(indicatorAxisFloor(indicator({}))).toBe(0);
    expect(indicatorAxisFloor(indicator({ series: [{ date: '2026-09-30', value: -5 }] }))).toBe(-5);
  });
});
