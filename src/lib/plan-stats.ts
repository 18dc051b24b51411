import { measureStatuses, type Measure, type MeasureStatus, type Meeting, type SnapshotEntry } from '../api/schemas';

export type StatusCounts = Record<MeasureStatus, number>;

export function emptyCounts(): StatusCounts {
  return { planned: 0, in_progress: 0, delayed: 0, completed: 0, on_hold: 0 };
}

export function countByStatus(items: ReadonlyArray<{ status: MeasureStatus }>): StatusCounts {
  const counts = emptyCounts();
  for (const item of items) counts[item.status] += 1;
  return counts;
}

/**
 * Share of `part` in `total` as 0…1; undefined for an empty total. One rule for every figure over
 * no measures (a share, a mean progress): it is "–", never "0 %", which would claim a result.
 */
export function share(part: number, total: number): number | undefined {
  return total > 0 ? part / total : undefined;
}

/** Mean progress 0…100, or undefined when there is nothing to average (shown as "–"). */
export function averageProgress(items: ReadonlyArray<{ progress: number }>): number | undefined {
  if (items.length === 0) return undefined;
  return items.reduce((sum, item) => sum + item.progress, 0) / items.length;
}

/** The current state of every measure, in the shape of a meeting snapshot. */
export function snapshotOf(measures: ReadonlyArray<Pick<Measure, 'id' | 'status' | 'progress'>>): SnapshotEntry[] {
  return measures.map((m) => ({ measureId: m.id, status: m.status, progress: m.progress }));
}

/** The latest meeting on or before `day` (the Datenstand), or undefined if there was none yet. */
export function lastMeetingOnOrBefore(meetings: readonly Meeting[], day: string): Meeting | undefined {
  let latest: Meeting | undefined;
  for (const meeting of meetings) {
    if (meeting.date <= day && (!latest || meeting.date > latest.date)) latest = meeting;
  }
  return latest;
}

export interface SnapshotChanges {
  /** Became completed (was not completed, or did not exist, before). */
  completed: string[];
  /** Moved from planned (or absent) into implementation. */
  started: string[];
  /** Became delayed. */
  delayed: string[];
  /** Was delayed, now in progress or completed. */
  recovered: string[];
  /** Exists now, but not in the earlier snapshot. */
  added: string[];
  /** Existed earlier, gone now. */
  removed: string[];
  /** Sum of progress points gained, per measure id (negative when progress went back). */
  progressDelta: Map<string, number>;
}

const active: ReadonlySet<MeasureStatus> = new Set(['in_progress', 'delayed', 'completed']);

/**
 * What changed between two snapshots (earlier → later). A measure added after the earlier
 * snapshot counts as added and, by its status, as started or completed too, since the room wants
 * to hear about it.
 */
export function compareSnapshots(earlier: readonly SnapshotEntry[], later: readonly SnapshotEntry[]): SnapshotChanges {
  const before = new Map(earlier.map((entry) => [entry.measureId, entry]));
  const laterIds = new Set(later.map((entry) => entry.measureId));
  const changes: SnapshotChanges = {
    completed: [],
    started: [],
    delayed: [],
    recovered: [],
    added: [],
    removed: earlier.filter((entry) => !laterIds.has(entry.measureId)).map((entry) => entry.measureId),
    progressDelta: new Map(),
  };
  for (const now of later) {
    const then = before.get(now.measureId);
    if (!then) changes.added.push(now.measureId);
    const was: MeasureStatus = then?.status ?? 'planned';
    if (now.status === 'completed' && was !== 'completed') changes.completed.push(now.measureId);
    if (active.has(now.status) && (was === 'planned' || !then)) changes.started.push(now.measureId);
    if (now.status === 'delayed' && was !== 'delayed') changes.delayed.push(now.measureId);
    if (was === 'delayed' && (now.status === 'in_progress' || now.status === 'completed')) changes.recovered.push(now.measureId);
    changes.progressDelta.set(now.measureId, now.progress - (then?.progress ?? 0));
  }
  return changes;
}

export interface LikeForLike {
  /** Mean progress, then and now, of the measures that exist in both snapshots. */
  before: number | undefined;
  after: number | undefined;
  /** after − before in percentage points; undefined when no measure exists at both points. */
  delta: number | undefined;
  /** Measures in both snapshots. */
  compared: number;
  /** Measures only in the later snapshot (new since then), counted apart from the delta. */
  added: number;
}

/**
 * Change of mean progress like for like: only the measures that existed at both points. A measure
 * added after a meeting (at 0 %) must not look like a loss of progress, and one removed since must
 * not look like a gain; new measures are reported as a count instead.
 */
export function likeForLike(earlier: readonly SnapshotEntry[], later: readonly SnapshotEntry[]): LikeForLike {
  const laterIds = new Set(later.map((entry) => entry.measureId));
  const earlierIds = new Set(earlier.map((entry) => entry.measureId));
  const then = earlier.filter((entry) => laterIds.has(entry.measureId));
  const now = later.filter((entry) => earlierIds.has(entry.measureId));
  const before = averageProgress(then);
  const after = averageProgress(now);
  return {
    before,
    after,
    delta: before !== undefined && after !== undefined ? after - before : undefined,
    compared: now.length,
    added: later.length - now.length,
  };
}

/** Mean progress over the measures that existed at the snapshot (for "progress over time"). */
export function snapshotProgress(snapshot: readonly SnapshotEntry[]): number | undefined {
  return averageProgress(snapshot);
}

export { measureStatuses };
