import type { Agreement, Measure, Meeting, SnapshotEntry, WorkArea } from '../api/schemas';
import { averageProgress, compareSnapshots, type SnapshotChanges } from './plan-stats';

/**
 * Derivations shared by the meetings page and the presentation deck: what changed between two
 * points in time (a meeting's snapshot or "now"), per work area, and which agreements are overdue.
 * "Now" is always the plan's data date, never the clock.
 */

export type ComparePoint = { kind: 'now'; date: string } | { kind: 'meeting'; meeting: Meeting };

export function pointDate(point: ComparePoint): string {
  return point.kind === 'now' ? point.date : point.meeting.date;
}

/** The snapshot of a point: the meeting's record, or the current measures ("now"). */
export function pointSnapshot(point: ComparePoint, measures: readonly Measure[]): SnapshotEntry[] {
  if (point.kind === 'meeting') return point.meeting.snapshot;
  return measures.map((m) => ({ measureId: m.id, status: m.status, progress: m.progress }));
}

/** The meeting right before `meeting` (by date), or undefined for the first one. */
export function meetingBefore(meetings: readonly Meeting[], meeting: Meeting): Meeting | undefined {
  let best: Meeting | undefined;
  for (const m of meetings) {
    if (m.id !== meeting.id && m.date < meeting.date && (!best || m.date > best.date)) best = m;
  }
  return best;
}

export interface AreaProgressChange {
  area: WorkArea;
  /** Mean progress of the area's measures at the earlier point; undefined without measures. */
  before: number | undefined;
  after: number | undefined;
  /** after − before in percentage points; 0 when either side has no measures. */
  delta: number;
  /** Number of the area's measures at the later point. */
  count: number;
}

/**
 * Progress gained per work area between two snapshots, in the API's order of areas. A measure's
 * area comes from the current measure list, so a measure that no longer exists is left out.
 */
export function progressByArea(
  earlier: readonly SnapshotEntry[],
  later: readonly SnapshotEntry[],
  measures: readonly Measure[],
  workAreas: readonly WorkArea[],
): AreaProgressChange[] {
  const areaOf = new Map(measures.map((m) => [m.id, m.workAreaId]));
  return workAreas.map((area) => {
    const inArea = (entry: SnapshotEntry) => areaOf.get(entry.measureId) === area.id;
    const laterEntries = later.filter(inArea);
    const before = averageProgress(earlier.filter(inArea));
    const after = averageProgress(laterEntries);
    const delta = before !== undefined && after !== undefined ? after - before : 0;
    return { area, before, after, delta, count: laterEntries.length };
  });
}

export interface Comparison {
  changes: SnapshotChanges;
  areas: AreaProgressChange[];
}

/** What changed from `from` to `to` (in that order, whatever their dates). */
export function compareWith(
  from: ComparePoint,
  to: ComparePoint,
  measures: readonly Measure[],
  workAreas: readonly WorkArea[],
): Comparison {
  const earlier = pointSnapshot(from, measures);
  const later = pointSnapshot(to, measures);
  return { changes: compareSnapshots(earlier, later), areas: progressByArea(earlier, later, measures, workAreas) };
}

/** An agreement past its due day (relative to `day`, the data date) and not done. */
export function isAgreementOverdue(agreement: Agreement, day: string): boolean {
  return agreement.status !== 'done' && agreement.due < day;
}
