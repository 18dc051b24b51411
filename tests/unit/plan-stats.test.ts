import { describe, expect, it } from 'vitest';
import type { Meeting, SnapshotEntry } from '../../src/api/schemas';
import { averageProgress, compareSnapshots, countByStatus, lastMeetingOnOrBefore, share } from '../../src/lib/plan-stats';

const entry = (measureId: string, status: SnapshotEntry['status'], progress: number): SnapshotEntry => ({
  measureId,
  status,
  progress,
});

describe('status counts and progress', () => {
  it('counts every status, including ones with zero measures', () => {
    expect(countByStatus([{ status: 'delayed' }, { status: 'delayed' }, { status: 'completed' }])).toEqual({
      planned: 0,
      in_progress: 0,
      delayed: 2,
      completed: 1,
      on_hold: 0,
    });
  });

  it('does not divide by zero for an empty work area', () => {
    expect(averageProgress([])).toBeUndefined();
    expect(share(3, 0)).toBeUndefined();
    expect(averageProgress([{ progress: 50 }, { progress: 100 }])).toBe(75);
  });
});

describe('compareSnapshots', () => {
  it('finds completed, started, delayed and recovered measures and progress gained', () => {
    const before = [
      entry('A', 'in_progress', 60),
      entry('B', 'planned', 0),
      entry('C', 'in_progress', 30),
      entry('D', 'delayed', 20),
    ];
    const after = [
      entry('A', 'completed', 100),
      entry('B', 'in_progress', 10),
      entry('C', 'delayed', 35),
      entry('D', 'in_progress', 40),
    ];
    const changes = compareSnapshots(before, after);
    expect(changes.completed).toEqual(['A']);
    expect(changes.started).toEqual(['B']);
    expect(changes.delayed).toEqual(['C']);
    expect(changes.recovered).toEqual(['D']);
    expect(changes.added).toEqual([]);
    expect(Object.fromEntries(changes.progressDelta)).toEqual({ A: 40, B: 10, C: 5, D: 20 });
  });

  it('treats a measure added after the meeting as added (and started if active)', () => {
    const changes = compareSnapshots(
      [entry('A', 'in_progress', 10)],
      [entry('A', 'in_progress', 10), entry('N', 'in_progress', 15)],
    );
    expect(changes.added).toEqual(['N']);
    expect(changes.started).toEqual(['N']);
    expect(changes.progressDelta.get('N')).toBe(15);
  });

  it('reports measures that disappeared', () => {
    expect(compareSnapshots([entry('A', 'planned', 0)], []).removed).toEqual(['A']);
  });
});

describe('lastMeetingOnOrBefore', () => {
  const meeting = (id: string, date: string) => ({ id, date }) as Meeting;
  it('picks the latest meeting not after the data date', () => {
    const meetings = [meeting('m2', '2025-02-03'), meeting('m1', '2024-02-21'), meeting('m4', '2027-02-01')];
    expect(lastMeetingOnOrBefore(meetings, '2026-11-16')?.id).toBe('m2');
  });
  it('is undefined when there was no meeting yet', () => {
    expect(lastMeetingOnOrBefore([meeting('m4', '2027-02-01')], '2026-11-16')).toBeUndefined();
    expect(lastMeetingOnOrBefore([], '2026-11-16')).toBeUndefined();
  });
});
