import type { Measure, MeasureStatus, Milestone } from '../../api/schemas';
import { daysBetween } from '../../lib/format';
import { compareIds } from '../../lib/compare-ids';
import { statusOrder } from '../../lib/status-style';

export interface StatusGroup {
  status: MeasureStatus;
  measures: Measure[];
}

/** Measures grouped by status in the app's reading order; empty groups are left out. */
export function groupByStatus(measures: readonly Measure[]): StatusGroup[] {
  return statusOrder
    .map((status) => ({
      status,
      measures: measures.filter((m) => m.status === status).sort((a, b) => compareIds(a.id, b.id)),
    }))
    .filter((group) => group.measures.length > 0);
}

export interface MilestoneItem {
  measure: Pick<Measure, 'id' | 'title'>;
  milestone: Milestone;
  /** Days from the data date to the due day (negative: overdue). */
  days: number;
}

/** How far ahead "upcoming" looks from the data date. */
export const UPCOMING_DAYS = 183;

/**
 * Open milestones of these measures relative to the data date: overdue (due before it, most
 * overdue first) and upcoming (due on or after it within `horizon` days, soonest first). Done
 * milestones and those of completed measures are neither.
 */
export function milestonesByDue(
  measures: readonly Measure[],
  dataDate: string,
  horizon = UPCOMING_DAYS,
): { overdue: MilestoneItem[]; upcoming: MilestoneItem[] } {
  const overdue: MilestoneItem[] = [];
  const upcoming: MilestoneItem[] = [];
  for (const measure of measures) {
    if (measure.status === 'completed') continue;
    for (const milestone of measure.milestones) {
      if (milestone.done) continue;
      const days = daysBetween(dataDate, milestone.due);
      const item = { measure: { id: measure.id, title: measure.title }, milestone, days };
      if (days < 0) overdue.push(item);
      else if (days <= horizon) upcoming.push(item);
    }
  }
  const byDue = (a: MilestoneItem, b: MilestoneItem) => a.days - b.days || compareIds(a.measure.id, b.measure.id);
  overdue.sort(byDue);
  upcoming.sort(byDue);
  return { overdue, upcoming };
}
