import type { Indicator, Measure, Meeting, WorkArea } from '../../api/schemas';
import { averageProgress, compareSnapshots, countByStatus, snapshotOf, type StatusCounts } from '../../lib/plan-stats';
import { compareIds } from '../../lib/compare-ids';
import { indicatorAt, measuresAt, type IndicatorAt, type MeasureAt } from '../../lib/plan-stand';

/**
 * The report as data: pure functions of the API data, the work-area filter and the reference day
 * (live Datenstand or a pinned meeting, see src/lib/plan-stand.ts). The page renders these; it
 * decides nothing about which measures or figures belong in the report.
 */

/**
 * Above this many measures the tables are left out and the reader is asked to narrow the report
 * by work area: a 10,000-row document is unreadable on paper and costs the tab seconds to lay out.
 * Measured in Chromium (production build): see docs/decisions/019.
 */
export const REPORT_ROW_LIMIT = 2500;

/**
 * Names per group in "since the last meeting": the tables list every measure anyway; beyond this
 * the group gives its count and "… and N more" (with 10,000 measures a group holds thousands).
 */
export const SINCE_NAMES_LIMIT = 25;

/** A measure row of the report, as of the reference day. */
export interface ReportMeasure {
  measure: MeasureAt;
  overdue: boolean;
  /** The last dated update on or before the reference day (undefined: none yet). */
  lastUpdate: string | undefined;
}

export interface ReportArea {
  area: WorkArea;
  /** Position in the API's list of areas (for the fallback area colour). */
  index: number;
  measures: ReportMeasure[];
  counts: StatusCounts;
  averageProgress: number | undefined;
  overdue: number;
}

/** Work areas in the report: the known ids of the filter, or all when none is known. */
export function selectAreas(
  workAreas: readonly WorkArea[],
  areaIds: readonly string[],
): Array<{ area: WorkArea; index: number }> {
  const wanted = new Set(areaIds);
  const all = workAreas.map((area, index) => ({ area, index }));
  const chosen = all.filter(({ area }) => wanted.has(area.id));
  return chosen.length > 0 ? chosen : all;
}

/** Overdue on the reference day: due before it and not completed. */
export function isOverdueOn(measure: Pick<Measure, 'due' | 'status'>, day: string): boolean {
  return measure.status !== 'completed' && measure.due < day;
}

function lastUpdateOn(measure: Measure, day: string): string | undefined {
  if (measure.lastUpdated <= day) return measure.lastUpdated;
  let last: string | undefined;
  for (const update of measure.updates) if (update.date <= day && (!last || update.date > last)) last = update.date;
  return last;
}

export function reportAreas(
  areas: ReadonlyArray<{ area: WorkArea; index: number }>,
  measures: readonly Measure[],
  pinned: Meeting | undefined,
  day: string,
): ReportArea[] {
  const byArea = new Map<string, ReportMeasure[]>(areas.map(({ area }) => [area.id, []]));
  for (const measure of measuresAt(measures, pinned)) {
    byArea.get(measure.workAreaId)?.push({
      measure,
      overdue: isOverdueOn(measure, day),
      lastUpdate: lastUpdateOn(measure, day),
    });
  }
  return areas.map(({ area, index }) => {
    // compareIds, not localeCompare: that builds a collator per comparison (~50 ms at 10,000).
    const rows = (byArea.get(area.id) ?? []).sort((a, b) => compareIds(a.measure.id, b.measure.id));
    const own = rows.map((r) => r.measure);
    return {
      area,
      index,
      measures: rows,
      counts: countByStatus(own),
      averageProgress: averageProgress(own),
      overdue: rows.filter((r) => r.overdue).length,
    };
  });
}

export interface ReportTotals {
  total: number;
  counts: StatusCounts;
  averageProgress: number | undefined;
  overdue: number;
}

export function reportTotals(areas: readonly ReportArea[]): ReportTotals {
  const all = areas.flatMap((a) => a.measures.map((r) => r.measure));
  return {
    total: all.length,
    counts: countByStatus(all),
    averageProgress: averageProgress(all),
    overdue: areas.reduce((sum, a) => sum + a.overdue, 0),
  };
}

export type SinceGroup = 'completed' | 'started' | 'delayed' | 'recovered';

export interface ReportSince {
  groups: Record<SinceGroup, MeasureAt[]>;
  progressBefore: number | undefined;
  progressAfter: number | undefined;
}

/** What changed since the baseline meeting, for the measures of the report (like the deck). */
export function reportSince(baseline: Meeting, areas: readonly ReportArea[]): ReportSince {
  const current = areas.flatMap((a) => a.measures.map((r) => r.measure));
  const ids = new Set(current.map((m) => m.id));
  const earlier = baseline.snapshot.filter((e) => ids.has(e.measureId));
  const diff = compareSnapshots(earlier, snapshotOf(current));
  const byId = new Map(current.map((m) => [m.id, m]));
  const pick = (list: readonly string[]) => list.flatMap((id) => byId.get(id) ?? []);
  return {
    groups: {
      completed: pick(diff.completed),
      started: pick(diff.started),
      delayed: pick(diff.delayed),
      recovered: pick(diff.recovered),
    },
    progressBefore: averageProgress(earlier),
    progressAfter: averageProgress(current),
  };
}

/** The indicators of one area, with their value as of the reference day. */
export function areaIndicators(indicators: readonly Indicator[], areaId: string, day: string): IndicatorAt[] {
  return indicators.filter((i) => i.workAreaId === areaId).map((i) => indicatorAt(i, day));
}
