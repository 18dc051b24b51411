import type { Measure, MeasureStatus, MeasureUpdate, Milestone } from '../../api/schemas';
import { compareDays, monthsBefore } from '../../lib/format';

export type MilestoneState = 'done' | 'overdue' | 'open';

/** Done, overdue (due before the Datenstand and not done) or open — relative to the data date. */
export function milestoneState(milestone: Milestone, dataDate: string | undefined): MilestoneState {
  if (milestone.done) return 'done';
  if (dataDate !== undefined && milestone.due < dataDate) return 'overdue';
  return 'open';
}

/** The updates, newest first (stable for updates on the same day: later in the data comes first). */
export function newestFirst(updates: readonly MeasureUpdate[]): MeasureUpdate[] {
  return updates
    .map((update, index) => ({ update, index }))
    .sort((a, b) => compareDays(b.update.date, a.update.date) || b.index - a.index)
    .map(({ update }) => update);
}

/**
 * Statuses where news is expected. A completed measure has nothing left to report; a planned one
 * has not started and an on-hold one is paused on purpose, so a quiet record is normal for them
 * (their dates and the "ruht" status already say so).
 */
const inWork: ReadonlySet<MeasureStatus> = new Set(['in_progress', 'delayed']);

/** "Veraltet": a measure in work whose last update is older than six months before the Datenstand. */
export function isStale(measure: Pick<Measure, 'status' | 'lastUpdated'>, dataDate: string): boolean {
  return inWork.has(measure.status) && measure.lastUpdated < monthsBefore(dataDate, 6);
}
