import type { Agreement, Indicator, Measure, MeasureStatus, Meeting, Plan } from '../api/schemas';
import { isAgreementOverdue, meetingBefore } from './meeting-compare';
import { lastMeetingOnOrBefore } from './plan-stats';
import { compareDays } from './format';

/**
 * "Which data does this show?" for the deck and the printed report: live data (the Datenstand) or
 * a meeting's frozen snapshot (`?stand=sg-2025`). Both documents must say the same about the same
 * meeting, so the rules live here once: the reference day, the meeting to compare with, each
 * measure's status and progress on that day, indicator values up to that day, open agreements.
 */

/** Which data a document shows: live (Datenstand) or a meeting's frozen snapshot. */
export type PlanStand = { kind: 'live'; date: string } | { kind: 'pinned'; meeting: Meeting };

export interface ResolvedStand {
  stand: PlanStand;
  /** The reference day: the meeting's date when pinned, else the Datenstand. */
  day: string;
  /** The meeting to compare with: the one before the pinned one, or the last one up to the Datenstand. */
  baseline: Meeting | undefined;
  /** The pinned meeting, if the id was known (an unknown id falls back to live data). */
  pinned: Meeting | undefined;
}

export function resolveStand(plan: Plan, meetings: readonly Meeting[], pinnedMeetingId: string | undefined): ResolvedStand {
  const pinned = pinnedMeetingId ? meetings.find((m) => m.id === pinnedMeetingId) : undefined;
  return {
    stand: pinned ? { kind: 'pinned', meeting: pinned } : { kind: 'live', date: plan.dataDate },
    day: pinned ? pinned.date : plan.dataDate,
    baseline: pinned ? meetingBefore(meetings, pinned) : lastMeetingOnOrBefore(meetings, plan.dataDate),
    pinned,
  };
}

/** A measure with its status and progress as of the reference day. */
export type MeasureAt = Measure & { status: MeasureStatus; progress: number };

/**
 * The measures as of the reference day: live, or with the pinned snapshot's status and progress.
 * Measures that are not in the snapshot did not exist yet and are left out.
 */
export function measuresAt(measures: readonly Measure[], pinned: Meeting | undefined): MeasureAt[] {
  if (!pinned) return [...measures];
  const snapshot = new Map(pinned.snapshot.map((e) => [e.measureId, e]));
  const result: MeasureAt[] = [];
  for (const m of measures) {
    const entry = snapshot.get(m.id);
    if (entry) result.push({ ...m, status: entry.status, progress: entry.progress });
  }
  return result;
}

export interface IndicatorAt {
  indicator: Indicator;
  /** The latest value on or before the reference day (undefined: no value yet). */
  latest: { value: number; date: string } | undefined;
  /** Way from baseline to target covered, 0…1; undefined when baseline equals target. */
  toTarget: number | undefined;
}

export function indicatorAt(indicator: Indicator, day: string): IndicatorAt {
  let latest: { value: number; date: string } | undefined;
  for (const point of indicator.series) {
    if (point.date <= day && (!latest || point.date >= latest.date)) latest = { value: point.value, date: point.date };
  }
  const span = indicator.target.value - indicator.baseline.value;
  const toTarget = latest && span !== 0 ? Math.min(1, Math.max(0, (latest.value - indicator.baseline.value) / span)) : undefined;
  return { indicator, latest, toTarget };
}

export interface OpenAgreement {
  agreement: Agreement;
  meeting: Meeting;
  overdue: boolean;
}

/**
 * Agreements still open on the reference day, from every meeting up to it, due first. With a
 * set of measure ids (a work-area filter), only agreements about at least one of them.
 */
export function openAgreementsAt(
  meetings: readonly Meeting[],
  day: string,
  measureIds: ReadonlySet<string> | undefined,
): OpenAgreement[] {
  const open: OpenAgreement[] = [];
  for (const meeting of meetings) {
    if (meeting.date > day) continue;
    for (const agreement of meeting.agreements) {
      if (agreement.status === 'done') continue;
      if (measureIds && !agreement.measureIds.some((id) => measureIds.has(id))) continue;
      open.push({ agreement, meeting, overdue: isAgreementOverdue(agreement, day) });
    }
  }
  return open.sort((a, b) => compareDays(a.agreement.due, b.agreement.due));
}
