/**
 * The seed and the scale generator are the demo's ground truth: if they break the contract, the
 * app shows validation errors instead of a plan. These tests parse everything with the real
 * schemas and check the invariants the UI relies on but the schemas cannot express.
 */
import { describe, expect, it } from 'vitest';
import {
  indicatorListSchema,
  measureListSchema,
  measureStatuses,
  meetingListSchema,
  planSchema,
  workAreaListSchema,
  type Measure,
} from '../../src/api/schemas';
import { compareSnapshots, snapshotOf } from '../../src/lib/plan-stats';
import { generateScaledMeasures, generateScaledMeetings } from '../../mocks/data/scale-plan';
import {
  SEED_TAGS,
  seedIndicators,
  seedMeasures,
  seedMeetings,
  seedPlan,
  seedWorkAreas,
  snapshotAt,
} from '../../mocks/data/seed-plan';

const dataDate = seedPlan.dataDate;

function expectUnique(ids: readonly string[]): void {
  expect(new Set(ids).size).toBe(ids.length);
}

/** Invariants every measure must satisfy, seeded or generated. */
function checkMeasure(
  m: Measure,
  workAreaIds: ReadonlySet<string>,
  indicatorAreas: ReadonlyMap<string, string>,
  partnerIds: ReadonlySet<string>,
): void {
  expect(workAreaIds.has(m.workAreaId), `${m.id} work area`).toBe(true);
  expect(partnerIds.has(m.leadPartnerId), `${m.id} lead`).toBe(true);
  expect(m.due > m.start, `${m.id} due after start`).toBe(true);
  expect(m.updates.length, `${m.id} updates`).toBeGreaterThan(0);
  const last = m.updates[m.updates.length - 1];
  expect(last?.statusAfter, `${m.id} last update = status`).toBe(m.status);
  expect(last?.date, `${m.id} lastUpdated`).toBe(m.lastUpdated);
  for (let i = 1; i < m.updates.length; i += 1) {
    expect((m.updates[i]?.date ?? '') >= (m.updates[i - 1]?.date ?? ''), `${m.id} updates chronological`).toBe(true);
  }
  for (const update of m.updates) expect(update.date <= dataDate, `${m.id} update in the future`).toBe(true);
  for (const milestone of m.milestones) {
    expect(milestone.done, `${m.id} doneOn iff done`).toBe(milestone.doneOn !== undefined);
    if (milestone.doneOn !== undefined) expect(milestone.doneOn <= dataDate, `${m.id} milestone done in the future`).toBe(true);
  }
  for (const indicatorId of m.indicatorIds) {
    expect(indicatorAreas.get(indicatorId), `${m.id} → ${indicatorId}`).toBe(m.workAreaId);
  }
  if (m.status === 'completed') expect(m.progress).toBe(100);
  else if (m.status === 'planned') expect(m.progress).toBeLessThanOrEqual(5);
  else expect(m.progress, `${m.id} progress`).toBeLessThan(100);
}

const workAreaIds = new Set(seedWorkAreas.map((a) => a.id));
const partnerIds = new Set(seedPlan.partners.map((p) => p.id));
const indicatorAreas = new Map(seedIndicators.map((i) => [i.id, i.workAreaId]));

describe('seed plan', () => {
  it('matches the API contract', () => {
    expect(() => planSchema.parse(seedPlan)).not.toThrow();
    expect(() => workAreaListSchema.parse(seedWorkAreas)).not.toThrow();
    expect(() => measureListSchema.parse(seedMeasures)).not.toThrow();
    expect(() => indicatorListSchema.parse(seedIndicators)).not.toThrow();
    expect(() => meetingListSchema.parse(seedMeetings)).not.toThrow();
  });

  it('has the expected size and variety', () => {
    expect(seedWorkAreas.map((a) => a.id)).toEqual([
      'gewerbeflaechen',
      'handwerkerhoefe',
      'mobilitaet',
      'fachkraefte',
      'infrastruktur',
    ]);
    expect(seedMeasures.length).toBeGreaterThanOrEqual(60);
    expect(seedIndicators.length).toBeGreaterThanOrEqual(10);
    expect(seedMeetings).toHaveLength(3);
    const statuses = new Set(seedMeasures.map((m) => m.status));
    for (const status of measureStatuses) expect(statuses.has(status), status).toBe(true);
    for (const area of seedWorkAreas) {
      expect(
        seedIndicators.some((i) => i.workAreaId === area.id && i.key),
        `key indicator for ${area.id}`,
      ).toBe(true);
    }
    expect(
      seedMeasures.some((m) => m.title.length >= 170),
      'one long title',
    ).toBe(true);
  });

  it('has unique ids and valid references', () => {
    expectUnique(seedWorkAreas.map((a) => a.id));
    expectUnique(seedMeasures.map((m) => m.id));
    expectUnique(seedIndicators.map((i) => i.id));
    expectUnique(seedMeetings.map((m) => m.id));
    expectUnique(seedMeetings.flatMap((m) => m.agreements.map((a) => a.id)));
    const tags = new Set<string>(SEED_TAGS);
    for (const m of seedMeasures) {
      checkMeasure(m, workAreaIds, indicatorAreas, partnerIds);
      for (const tag of m.tags) expect(tags.has(tag), `${m.id} tag ${tag}`).toBe(true);
    }
    for (const indicator of seedIndicators) expect(workAreaIds.has(indicator.workAreaId)).toBe(true);
  });

  it('keeps indicator series quarterly and starting at the baseline', () => {
    for (const indicator of seedIndicators) {
      expect(indicator.series[0]).toEqual({ date: indicator.baseline.date, value: indicator.baseline.value });
      expect(indicator.series.at(-1)?.date).toBe('2026-09-30');
      for (const point of indicator.series) expect(point.date).toMatch(/-(03-31|06-30|09-30|12-31)$/);
    }
  });

  it('meetings refer to existing measures only', () => {
    const measureIds = new Set(seedMeasures.map((m) => m.id));
    for (const meeting of seedMeetings) {
      expectUnique(meeting.snapshot.map((e) => e.measureId));
      for (const entry of meeting.snapshot)
        expect(measureIds.has(entry.measureId), `${meeting.id} → ${entry.measureId}`).toBe(true);
      for (const agreement of meeting.agreements) {
        for (const id of agreement.measureIds) expect(measureIds.has(id), `${agreement.id} → ${id}`).toBe(true);
      }
    }
  });

  it('snapshots are computed from the histories', () => {
    for (const meeting of seedMeetings) expect(meeting.snapshot).toEqual(snapshotAt(seedMeasures, meeting.date));
    // On the data date the reconstruction must agree with the measures' current state.
    expect(snapshotAt(seedMeasures, dataDate)).toEqual(snapshotOf(seedMeasures));
  });

  it('tells a story since the last Spitzengespräch', () => {
    const last = seedMeetings[seedMeetings.length - 1];
    expect(last?.date).toBe('2026-02-18');
    const addedLater = seedMeasures.filter((m) => m.start > '2026-02-18').map((m) => m.id);
    expect(addedLater.length).toBeGreaterThanOrEqual(2);
    expect(addedLater.length).toBeLessThanOrEqual(3);
    const changes = compareSnapshots(last?.snapshot ?? [], snapshotOf(seedMeasures));
    expect(changes.added.sort()).toEqual(addedLater.sort());
    expect(changes.completed.length).toBeGreaterThanOrEqual(4);
    expect(changes.completed.length).toBeLessThanOrEqual(6);
    expect(changes.started.length).toBeGreaterThanOrEqual(1);
    expect(changes.delayed.length).toBeGreaterThanOrEqual(1);
    expect(changes.delayed.length).toBeLessThanOrEqual(2);
    expect(changes.recovered.length).toBeGreaterThanOrEqual(1);
    expect(changes.removed).toEqual([]);
  });

  it('has a handful of stale measures', () => {
    const stale = seedMeasures.filter((m) => m.lastUpdated < '2026-05-16');
    expect(stale.length).toBeGreaterThanOrEqual(4);
    expect(stale.length).toBeLessThanOrEqual(8);
  });
});

describe('scaled plan', () => {
  // How fast it generates is a benchmark question, not a test one (no wall-clock bounds here).
  it('generates 10,000 valid, unique, deterministic measures', () => {
    const measures = generateScaledMeasures(10_000, seedWorkAreas, seedPlan.partners);
    expect(measures).toHaveLength(10_000);
    expect(() => measureListSchema.parse(measures)).not.toThrow();
    expectUnique(measures.map((m) => m.id));
    expect(measures[0]?.id).toBe('X-00001');
    expect(measures[9999]?.id).toBe('X-10000');
    for (const m of measures) checkMeasure(m, workAreaIds, indicatorAreas, partnerIds);
    const statuses = new Set(measures.map((m) => m.status));
    for (const status of measureStatuses) expect(statuses.has(status)).toBe(true);
    expect(new Set(measures.map((m) => m.workAreaId)).size).toBe(seedWorkAreas.length);
    expect(generateScaledMeasures(10_000, seedWorkAreas, seedPlan.partners)).toEqual(measures);
  });

  it('covers every status even for tiny plans', () => {
    const statuses = new Set(generateScaledMeasures(5, seedWorkAreas, seedPlan.partners).map((m) => m.status));
    expect(statuses.size).toBe(measureStatuses.length);
  });

  it('builds meetings whose snapshots and agreements refer to generated measures', () => {
    const measures = generateScaledMeasures(2000, seedWorkAreas, seedPlan.partners);
    const meetings = generateScaledMeetings(measures);
    expect(() => meetingListSchema.parse(meetings)).not.toThrow();
    expect(meetings.map((m) => m.id)).toEqual(seedMeetings.map((m) => m.id));
    const ids = new Set(measures.map((m) => m.id));
    for (const meeting of meetings) {
      for (const entry of meeting.snapshot) expect(ids.has(entry.measureId)).toBe(true);
      for (const agreement of meeting.agreements) for (const id of agreement.measureIds) expect(ids.has(id)).toBe(true);
    }
    expect(snapshotAt(measures, dataDate)).toEqual(snapshotOf(measures));
  });
});
