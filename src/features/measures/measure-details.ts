import type { MeasureUpdate, Milestone } from '../../api/schemas';
import { monthsBefore } from '../../lib/format';

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
    .sort((a, b) => b.update.date.localeCompare(a.update.date) || b.index - a.index)
    .map(({ update }) => update);
}

/** "Zuletzt aktualisiert" older than six months before the Datenstand. */
export function isStale(lastUpdated: string, dataDate: string): boolean {
  return lastUpdated < monthsBefore(dataDate, 6);
}
