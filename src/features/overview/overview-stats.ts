import type { Indicator, Measure, MeasureStatus, Meeting, SnapshotEntry, WorkArea } from '../../api/schemas';
import {
  averageProgress,
  compareSnapshots,
  countByStatus,
  lastMeetingOnOrBefore,
  likeForLike,
  share,
  snapshotOf,
  snapshotProgress,
  type StatusCounts,
} from '../../lib/plan-stats';
import { compareDays } from '../../lib/format';
import { compareIds } from '../../lib/compare-ids';

/**
 * Pure derivations for the overview. Every "today" is the plan's data date, and every ratio goes
 * through share()/averageProgress(), so an empty plan or a work area without measures yields
 * undefined ("–"), never NaN or a "0 %" that claims a result.
 */

export interface HeadlineFigures {
  total: number;
  counts: StatusCounts;
  /** Shares 0…1 of the total (undefined when there are no measures: shown as "–"). */
  completedShare: number | undefined;
  inProgressShare: number | undefined;
  delayedShare: number | undefined;
  /** Mean progress 0…100, undefined without measures. */
  progress: number | undefined;
}

export function headlineFigures(measures: readonly Measure[]): HeadlineFigures {
  const counts = countByStatus(measures);
  const total = measures.length;
  return {
    total,
    counts,
    completedShare: share(counts.completed, total),
    inProgressShare: share(counts.in_progress, total),
    delayedShare: share(counts.delayed, total),
    progress: averageProgress(measures),
  };
}

export interface ChangeSummary {
  /** The meeting compared against. */
  meeting: Meeting;
  completed: number;
  started: number;
  delayed: number;
  recovered: number;
  added: number;
  removed: number;
  /**
   * Change of mean progress in percentage points over the measures that existed at both dates
   * (new ones are in `added`); undefined when no measure existed at both.
   */
  progressDelta: number | undefined;
}

/** What changed since the last Spitzengespräch on or before the data date; undefined if none yet. */
export function changesSinceLastMeeting(
  measures: readonly Measure[],
  meetings: readonly Meeting[],
  dataDate: string,
): ChangeSummary | undefined {
  const meeting = lastMeetingOnOrBefore(meetings, dataDate);
  if (!meeting) return undefined;
  return summarise(meeting, meeting.snapshot, snapshotOf(measures));
}

function summarise(meeting: Meeting, earlier: readonly SnapshotEntry[], later: readonly SnapshotEntry[]): ChangeSummary {
  const changes = compareSnapshots(earlier, later);
  return {
    meeting,
    completed: changes.completed.length,
    started: changes.started.length,
    delayed: changes.delayed.length,
    recovered: changes.recovered.length,
    added: changes.added.length,
    removed: changes.removed.length,
    progressDelta: likeForLike(earlier, later).delta,
  };
}

export interface WorkAreaSummary {
  area: WorkArea;
  total: number;
  counts: StatusCounts;
  progress: number | undefined;
  /** Delayed measures, by id (stable, readable order). */
  delayed: Measure[];
  /** Change since the last meeting; undefined when there was none (or meetings are not loaded). */
  change: ChangeSummary | undefined;
}

/**
 * One summary per work area, in the API's order. Measures whose work area is unknown are not
 * lost: they still count in the headline figures, which use the full list.
 */
export function workAreaSummaries(
  areas: readonly WorkArea[],
  measures: readonly Measure[],
  lastMeeting: Meeting | undefined,
): WorkAreaSummary[] {
  const byArea = new Map<string, Measure[]>();
  for (const measure of measures) {
    const list = byArea.get(measure.workAreaId);
    if (list) list.push(measure);
    else byArea.set(measure.workAreaId, [measure]);
  }
  return areas.map((area) => {
    const own = byArea.get(area.id) ?? [];
    const ids = new Set(own.map((m) => m.id));
    return {
      area,
      total: own.length,
      counts: countByStatus(own),
      progress: averageProgress(own),
      // In the list's order ("A-2" before "A-10"), as the list, the work area and the report sort ids.
      delayed: own.filter((m) => m.status === 'delayed').sort((a, b) => compareIds(a.id, b.id)),
      change: lastMeeting
        ? summarise(
            lastMeeting,
            // A measure belongs to the area it is in now; measures removed since then are not attributable.
            lastMeeting.snapshot.filter((entry) => ids.has(entry.measureId)),
            snapshotOf(own),
          )
        : undefined,
    };
  });
}

export interface StatusByAreaRow {
  areaId: string;
  name: string;
  total: number;
  counts: StatusCounts;
}

/** Rows of the "status by work area" chart and its table. */
export function statusByArea(areas: readonly WorkArea[], measures: readonly Measure[]): StatusByAreaRow[] {
  return workAreaSummaries(areas, measures, undefined).map((s) => ({
    areaId: s.area.id,
    name: s.area.name,
    total: s.total,
    counts: s.counts,
  }));
}

export interface ProgressPoint {
  /** The day of the value (meeting date, or the data date for "now"). */
  date: string;
  /** Set for meeting snapshots; undefined for "now". */
  meetingNumber: number | undefined;
  /** Mean progress 0…100; undefined for an empty snapshot. */
  progress: number | undefined;
  measures: number;
  isNow: boolean;
}

/**
 * The plan's mean progress at each meeting on or before the data date, plus "now" (the data
 * date). Meetings after the data date are ignored: they have not happened in this data set.
 */
export function progressOverTime(meetings: readonly Meeting[], measures: readonly Measure[], dataDate: string): ProgressPoint[] {
  const points: ProgressPoint[] = meetings
    .filter((m) => m.date <= dataDate)
    .sort((a, b) => compareDays(a.date, b.date))
    .map((m) => ({
      date: m.date,
      meetingNumber: m.number,
      progress: snapshotProgress(m.snapshot),
      measures: m.snapshot.length,
      isNow: false,
    }));
  points.push({
    date: dataDate,
    meetingNumber: undefined,
    progress: averageProgress(measures),
    measures: measures.length,
    isNow: true,
  });
  return points;
}

export function keyIndicators(indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter((i) => i.key);
}

/** Which status has the most measures in this row (for the chart summary). */
export function areaWithMost(rows: readonly StatusByAreaRow[], status: MeasureStatus): StatusByAreaRow | undefined {
  let best: StatusByAreaRow | undefined;
  for (const row of rows) if (row.counts[status] > 0 && (!best || row.counts[status] > best.counts[status])) best = row;
  return best;
}
