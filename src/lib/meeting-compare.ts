import type { Agreement, Measure, Meeting, SnapshotEntry, WorkArea } from '../api/schemas';
import { NOW, type MeetingsSearch } from './meetings-search';
import { compareSnapshots, lastMeetingOnOrBefore, likeForLike, snapshotOf, type SnapshotChanges } from './plan-stats';

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
  return snapshotOf(measures);
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
  /** Mean progress, at the earlier and the later point, of the area's measures that exist at both. */
  before: number | undefined;
  after: number | undefined;
  /** after − before in percentage points (like for like); 0 when no measure exists at both (shown "–"). */
  delta: number;
  /** Number of the area's measures at the later point. */
  count: number;
  /** The area's measures at the later point that did not exist at the earlier one. */
  added: number;
}

/**
 * Progress gained per work area between two snapshots, in the API's order of areas, like for
 * like (see likeForLike). A measure's area comes from the current measure list, so a measure that
 * no longer exists is left out.
 */
export function progressByArea(
  earlier: readonly SnapshotEntry[],
  later: readonly SnapshotEntry[],
  measures: readonly Measure[],
  workAreas: readonly WorkArea[],
): AreaProgressChange[] {
  const areaOf = new Map(measures.map((m) => [m.id, m.workAreaId]));
  // One pass over each snapshot, not one per work area: at 10,000 measures the filters per area
  // were most of the meetings page's longest task (issue 12).
  const byArea = (entries: readonly SnapshotEntry[]) => {
    const groups = new Map<string, SnapshotEntry[]>();
    for (const entry of entries) {
      const areaId = areaOf.get(entry.measureId);
      if (areaId === undefined) continue;
      const group = groups.get(areaId);
      if (group) group.push(entry);
      else groups.set(areaId, [entry]);
    }
    return groups;
  };
  const earlierByArea = byArea(earlier);
  const laterByArea = byArea(later);
  return workAreas.map((area) => {
    const laterEntries = laterByArea.get(area.id) ?? [];
    const { before, after, delta, added } = likeForLike(earlierByArea.get(area.id) ?? [], laterEntries);
    return { area, before, after, delta: delta ?? 0, count: laterEntries.length, added };
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

export interface CompareSelection {
  from: ComparePoint;
  to: ComparePoint;
  /** The pickers' values: a meeting id or NOW. */
  fromValue: string;
  toValue: string;
  /** The URL named a meeting that does not exist (the page says so and falls back). */
  unknown: boolean;
  /** The URL values without unknown meetings (for dismissing the notice). */
  known: MeetingsSearch;
  /** Both sides are the same point, or "from" is later than "to": the page says so. */
  same: boolean;
  reversed: boolean;
}

/**
 * Which two states the meetings page compares: the URL's `von`/`bis` (a meeting id or "jetzt"),
 * by default the latest meeting on or before the data date against the data date. Undefined
 * when no meeting has taken place yet (nothing to compare with).
 */
export function selectComparison(
  meetings: readonly Meeting[],
  dataDate: string,
  search: MeetingsSearch,
): CompareSelection | undefined {
  const latest = lastMeetingOnOrBefore(meetings, dataDate);
  if (!latest) return undefined;
  const resolve = (id: string): ComparePoint | undefined => {
    if (id === NOW) return { kind: 'now', date: dataDate };
    const meeting = meetings.find((m) => m.id === id);
    return meeting ? { kind: 'meeting', meeting } : undefined;
  };
  const { von, bis } = search;
  const fromPoint = von ? resolve(von) : undefined;
  const toPoint = bis ? resolve(bis) : undefined;
  const from: ComparePoint = fromPoint ?? { kind: 'meeting', meeting: latest };
  const to: ComparePoint = toPoint ?? { kind: 'now', date: dataDate };
  const valueOf = (point: ComparePoint) => (point.kind === 'now' ? NOW : point.meeting.id);
  const fromValue = valueOf(from);
  const toValue = valueOf(to);
  return {
    from,
    to,
    fromValue,
    toValue,
    unknown: (von !== '' && !fromPoint) || (bis !== '' && !toPoint),
    known: { von: fromPoint ? von : '', bis: toPoint ? bis : '' },
    same: fromValue === toValue,
    reversed: fromValue !== toValue && pointDate(from) > pointDate(to),
  };
}
