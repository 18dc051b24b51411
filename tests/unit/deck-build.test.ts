import { describe, expect, it } from 'vitest';
import type { Measure, Meeting, WorkArea } from '../../src/api/schemas';
import { buildDeck, DECK_LIMITS, rankChanges, type BuildDeckInput, type Slide } from '../../src/features/presentation/build-deck';
import { seedIndicators, seedMeasures, seedMeetings, seedPlan, seedWorkAreas } from '../../mocks/data/seed-plan';

const base: BuildDeckInput = {
  plan: seedPlan,
  workAreas: seedWorkAreas,
  measures: seedMeasures,
  indicators: seedIndicators,
  meetings: seedMeetings,
  filter: { areaIds: [] },
};

function only<K extends Slide['kind']>(slides: Slide[], kind: K): Array<Extract<Slide, { kind: K }>> {
  return slides.filter((s): s is Extract<Slide, { kind: K }> => s.kind === kind);
}

function one<K extends Slide['kind']>(slides: Slide[], kind: K): Extract<Slide, { kind: K }> {
  const found = only(slides, kind)[0];
  if (!found) throw new Error(`no ${kind} slide`);
  return found;
}

describe('buildDeck', () => {
  it('builds title, overview, one slide per work area, since, agreements, key figures and closing', () => {
    const slides = buildDeck(base);
    expect(slides.map((s) => s.kind)).toEqual([
      'title',
      'overview',
      ...seedWorkAreas.map(() => 'area'),
      'since',
      'agreements',
      'indicators',
      'closing',
    ]);
    expect(only(slides, 'area').map((s) => s.area.name)).toEqual(seedWorkAreas.map((a) => a.name));
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
    const overview = one(slides, 'overview');
    expect(overview.total).toBe(seedMeasures.length);
    const title = one(slides, 'title');
    expect(title.stand).toEqual({ kind: 'live', date: '2026-11-16' });
    expect(title.baseline?.id).toBe('sg-2026');
  });

  it('compares with the last meeting before the data date (seed: 5 completed, 2 delayed, 1 recovered)', () => {
    const since = one(buildDeck(base), 'since');
    expect(since.baseline?.id).toBe('sg-2026');
    expect(since.completed).toHaveLength(5);
    expect(since.delayed).toHaveLength(2);
    expect(since.recovered).toHaveLength(1);
    expect(since.progressAfter).toBeGreaterThan(since.progressBefore ?? 100);
  });

  it('gives progress since the meeting like for like and counts new measures apart', () => {
    const last = seedMeetings.find((m) => m.id === 'sg-2026') as Meeting;
    const extra: Measure = { ...(seedMeasures[0] as Measure), id: 'NEU-1', status: 'planned', progress: 0 };
    const without = one(buildDeck(base), 'since');
    const withNew = one(buildDeck({ ...base, measures: [...seedMeasures, extra] }), 'since');
    expect(withNew.progressBefore).toBe(without.progressBefore);
    expect(withNew.progressAfter).toBe(without.progressAfter);
    expect(withNew.added).toBe(without.added + 1);
    expect(last.snapshot.some((e) => e.measureId === 'NEU-1')).toBe(false);
  });

  it('gives each area at most three changes, completed first, and its key indicator', () => {
    for (const area of only(buildDeck(base), 'area')) {
      expect(area.changes.length).toBeLessThanOrEqual(DECK_LIMITS.changesPerArea);
      const ranks = area.changes.map((c) => ['completed', 'recovered', 'delayed', 'started', 'progress'].indexOf(c.kind));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(area.changes.every((c) => c.measure.workAreaId === area.area.id)).toBe(true);
      if (area.keyIndicator) expect(area.keyIndicator.indicator.workAreaId).toBe(area.area.id);
    }
    const fk = only(buildDeck(base), 'area').find((a) => a.area.id === 'fachkraefte');
    expect(fk?.keyIndicator?.indicator.key).toBe(true);
  });

  it("lists each area's own changes against the baseline meeting (as ranked against the whole snapshot)", () => {
    const baseline = seedMeetings.find((m) => m.id === 'sg-2026') as Meeting;
    const before = new Map(baseline.snapshot.map((e) => [e.measureId, e]));
    const areas = only(buildDeck(base), 'area');
    expect(areas.some((a) => a.changes.length > 0)).toBe(true);
    for (const area of areas) {
      const own = seedMeasures.filter((m) => m.workAreaId === area.area.id);
      const listed = (changes: ReturnType<typeof rankChanges>) => changes.map((c) => `${c.kind}:${c.measure.id}:${c.delta}`);
      expect(listed(area.changes)).toEqual(listed(rankChanges(baseline.snapshot, own, DECK_LIMITS.changesPerArea)));
      for (const change of area.changes) {
        const then = before.get(change.measure.id);
        // A measure completed before the meeting is no news; progress is counted from the meeting.
        if (change.kind === 'completed') expect(then?.status).not.toBe('completed');
        expect(change.delta).toBe(change.measure.progress - (then?.progress ?? 0));
      }
    }
  });

  it('honours the work-area filter in slides, figures, agreements and key figures; ignores unknown ids', () => {
    const slides = buildDeck({ ...base, filter: { areaIds: ['fachkraefte', 'gewerbeflaechen', 'gibtsnicht'] } });
    // In the API's order, not the URL's.
    expect(only(slides, 'area').map((s) => s.area.id)).toEqual(['gewerbeflaechen', 'fachkraefte']);
    const overview = one(slides, 'overview');
    const expected = seedMeasures.filter((m) => m.workAreaId === 'fachkraefte' || m.workAreaId === 'gewerbeflaechen');
    expect(overview.total).toBe(expected.length);
    const figures = only(slides, 'indicators').flatMap((s) => s.items);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((f) => ['fachkraefte', 'gewerbeflaechen'].includes(f.indicator.workAreaId))).toBe(true);
    const ids = new Set(expected.map((m) => m.id));
    for (const item of one(slides, 'agreements').items) expect(item.agreement.measureIds.some((id) => ids.has(id))).toBe(true);
    expect(one(slides, 'title').areaNames).toEqual(['Gewerbeflächen', 'Fachkräfte']);

    const all = buildDeck({ ...base, filter: { areaIds: ['gibtsnicht'] } });
    expect(only(all, 'area')).toHaveLength(seedWorkAreas.length);
  });

  it('gives an empty work area a slide of its own with no measures', () => {
    const extra: WorkArea = { id: 'neu', name: 'Neues Feld', description: '', colorToken: 'area-9', order: 9 };
    const slides = buildDeck({ ...base, workAreas: [...seedWorkAreas, extra] });
    const area = only(slides, 'area').find((s) => s.area.id === 'neu');
    expect(area).toMatchObject({ total: 0, averageProgress: undefined, changes: [], keyIndicator: undefined });
    expect(one(slides, 'overview').areas).toHaveLength(6);
  });

  it('renders whatever work areas the API returns (10 areas)', () => {
    const areas: WorkArea[] = Array.from({ length: 10 }, (_, i) => ({
      id: `feld-${i + 1}`,
      name: `Feld ${i + 1}`,
      description: '',
      colorToken: `area-${i + 1}`,
      order: i + 1,
    }));
    const measures = seedMeasures.map((m, i) => ({ ...m, workAreaId: `feld-${(i % 10) + 1}` }));
    const slides = buildDeck({ ...base, workAreas: areas, measures });
    expect(only(slides, 'area').map((s) => s.area.id)).toEqual(areas.map((a) => a.id));
    expect(
      one(slides, 'overview')
        .areas.map((a) => a.total)
        .reduce((x, y) => x + y, 0),
    ).toBe(seedMeasures.length);
  });

  it('works without any meeting: no baseline, no changes, no agreements', () => {
    const slides = buildDeck({ ...base, meetings: [] });
    expect(one(slides, 'title').baseline).toBeUndefined();
    const since = one(slides, 'since');
    expect(since.baseline).toBeUndefined();
    expect(since.completed).toEqual([]);
    expect(only(slides, 'area').every((a) => !a.hasBaseline && a.changes.length === 0)).toBe(true);
    expect(one(slides, 'agreements').items).toEqual([]);
  });

  it('works with no measures and no indicators (explicit empty slides, no NaN)', () => {
    const slides = buildDeck({ ...base, measures: [], indicators: [] });
    const overview = one(slides, 'overview');
    expect(overview.total).toBe(0);
    expect(overview.averageProgress).toBeUndefined();
    expect(only(slides, 'indicators')).toEqual([{ kind: 'indicators', id: 'kennzahlen-1', items: [], part: 1, parts: 1 }]);
  });

  it('pins to a meeting snapshot: its statuses, only its measures, compared with the meeting before', () => {
    const sg2025 = seedMeetings.find((m) => m.id === 'sg-2025') as Meeting;
    const slides = buildDeck({ ...base, pinnedMeetingId: 'sg-2025' });
    const title = one(slides, 'title');
    expect(title.stand).toEqual({ kind: 'pinned', meeting: sg2025 });
    expect(title.baseline?.id).toBe('sg-2024');
    const overview = one(slides, 'overview');
    expect(overview.total).toBe(sg2025.snapshot.length);
    expect(overview.total).toBeLessThan(seedMeasures.length);
    const statusOf = new Map(sg2025.snapshot.map((e) => [e.measureId, e.status]));
    expect(overview.counts.completed).toBe([...statusOf.values()].filter((s) => s === 'completed').length);
    expect(one(slides, 'since').baseline?.id).toBe('sg-2024');
    // Key figures as of the meeting day: no value after it.
    for (const item of only(slides, 'indicators').flatMap((s) => s.items)) {
      if (item.latest) expect(item.latest.date <= sg2025.date).toBe(true);
    }
    // Agreements from meetings up to the pinned one only.
    for (const item of one(slides, 'agreements').items) expect(item.meeting.date <= sg2025.date).toBe(true);
  });

  it('pinned to the first meeting has no meeting before it', () => {
    const slides = buildDeck({ ...base, pinnedMeetingId: 'sg-2024' });
    expect(one(slides, 'since').baseline).toBeUndefined();
  });

  it('ignores an unknown pinned meeting (live data)', () => {
    expect(one(buildDeck({ ...base, pinnedMeetingId: 'sg-1999' }), 'title').stand.kind).toBe('live');
  });

  it('lists open agreements due first, caps them and marks the overdue ones', () => {
    const slide = one(buildDeck(base), 'agreements');
    expect(slide.items.length).toBeLessThanOrEqual(DECK_LIMITS.agreements);
    const dues = slide.items.map((i) => i.agreement.due);
    expect(dues).toEqual([...dues].sort());
    expect(slide.items.every((i) => i.agreement.status !== 'done')).toBe(true);
    // sg-2025-a5 was due 2025-12-31 and is still in progress: overdue at the data date.
    expect(slide.items.find((i) => i.agreement.id === 'sg-2025-a5')?.overdue).toBe(true);
    expect(slide.overdueCount).toBeGreaterThanOrEqual(1);
  });

  it('splits key figures into slides of six', () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ ...seedIndicators[0]!, id: `k${i}`, key: true }));
    const parts = only(buildDeck({ ...base, indicators: many }), 'indicators');
    expect(parts.map((p) => p.items.length)).toEqual([6, 6, 1]);
    expect(parts.map((p) => `${p.part}/${p.parts}`)).toEqual(['1/3', '2/3', '3/3']);
  });
});

describe('rankChanges', () => {
  const m = (id: string, status: Measure['status'], progress: number) => ({ id, title: id, workAreaId: 'a', status, progress });
  it('orders completed, recovered, delayed, started, then progress gained', () => {
    const changes = rankChanges(
      [
        { measureId: 'p', status: 'in_progress', progress: 10 },
        { measureId: 'd', status: 'in_progress', progress: 50 },
        { measureId: 'r', status: 'delayed', progress: 20 },
        { measureId: 'c', status: 'in_progress', progress: 80 },
        { measureId: 'same', status: 'in_progress', progress: 40 },
      ],
      [
        m('p', 'in_progress', 60),
        m('d', 'delayed', 50),
        m('r', 'in_progress', 30),
        m('c', 'completed', 100),
        m('s', 'in_progress', 5),
        m('same', 'in_progress', 40),
      ],
      10,
    );
    expect(changes.map((c) => `${c.kind}:${c.measure.id}`)).toEqual([
      'completed:c',
      'recovered:r',
      'delayed:d',
      'started:s',
      'progress:p',
    ]);
  });

  it('breaks ties by id in the list’s order ("GF-2" before "GF-10")', () => {
    const changes = rankChanges(
      [
        { measureId: 'GF-10', status: 'in_progress', progress: 50 },
        { measureId: 'GF-2', status: 'in_progress', progress: 50 },
      ],
      [m('GF-10', 'completed', 100), m('GF-2', 'completed', 100)],
      10,
    );
    expect(changes.map((c) => c.measure.id)).toEqual(['GF-2', 'GF-10']);
  });
});
