/**
 * Checks across rows and sheets: duplicate ids, unknown references, the contract's own rules
 * (the app's zod schemas) as errors; plausibility as warnings.
 */
import type { ZodMiniType } from 'zod/mini';
import { indicatorListSchema, measureListSchema, meetingListSchema, planSchema, workAreaListSchema } from '../../src/api/schemas';
import type { Dataset } from '../../mocks/dataset';
import { shown } from './cell-values';
import type { SheetRecord } from './field-reader';
import type { IssueList, Where } from './issues';
import type { SheetRecords } from './read-plan';
import { INDICATORS, MEASURES, MEETINGS, PARTNERS, PLAN_OWNER, PLAN_SHEET, statusNames, WORK_AREAS } from './workbook-format';

/** Measure ids become file names (api/v1/measures/<id>.json): only characters safe on every host. */
export const SAFE_FILE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const SAFE_URL = /^(https?:|mailto:)/i;
const STALE_DAYS = 183;

function ids(records: readonly SheetRecord[], key: string, sheet: string, issues: IssueList): Set<string> {
  const seen = new Map<string, number>();
  for (const r of records) {
    const id = r.values[key];
    if (typeof id !== 'string') continue;
    const first = seen.get(id);
    if (first !== undefined)
      issues.error(r.where(key), `„${shown(id)}“ steht schon in Zeile ${first} (${sheet}); jede ID nur einmal`);
    else seen.set(id, r.row);
  }
  return new Set(seen.keys());
}

function reference(r: SheetRecord, key: string, known: Set<string>, target: string, issues: IssueList): void {
  const value = r.values[key];
  const values = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
  for (const id of values) {
    if (!known.has(id)) {
      const allowed = [...known].slice(0, 12).join(', ') + (known.size > 12 ? ', …' : '');
      issues.error(
        r.where(key),
        `„${shown(id)}“ gibt es im Blatt ${target} nicht${known.size > 0 ? `; vorhanden: ${allowed}` : ''}`,
      );
    }
  }
}

/** A last line of defence: the very schemas the app validates with. */
function contract<T>(
  schema: ZodMiniType<T>,
  data: unknown,
  where: (path: readonly PropertyKey[]) => Where,
  issues: IssueList,
): void {
  const result = schema.safeParse(data);
  if (result.success) return;
  for (const issue of result.error.issues)
    issues.error(where(issue.path), `verletzt den Vertrag der API (${issue.path.join('.')}: ${issue.message})`);
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

export function checkPlan(records: SheetRecords, data: Dataset, issues: IssueList): void {
  const partners = ids(records.partners, 'id', PARTNERS, issues);
  const areas = ids(records.workAreas, 'id', WORK_AREAS, issues);
  const measures = ids(records.measures, 'id', MEASURES, issues);
  const indicators = ids(records.indicators, 'id', INDICATORS, issues);
  const meetings = ids(records.meetings, 'id', MEETINGS, issues);
  ids(records.agreements, 'id', 'Vereinbarungen', issues);

  if (records.partners.length === 0) issues.error({ sheet: PARTNERS }, 'Es ist kein Partner eingetragen.');
  if (records.workAreas.length === 0) issues.error({ sheet: WORK_AREAS }, 'Es ist kein Handlungsfeld eingetragen.');

  for (const r of records.measures) {
    const id = r.values.id;
    if (typeof id === 'string' && !SAFE_FILE_ID.test(id)) {
      issues.error(
        r.where('id'),
        `„${shown(id)}“: eine Maßnahmen-ID darf nur Buchstaben A–Z, Ziffern, - _ und . enthalten (sie wird Dateiname)`,
      );
    }
    reference(r, 'workAreaId', areas, WORK_AREAS, issues);
    reference(r, 'leadPartnerId', partners, PARTNERS, issues);
    reference(r, 'indicatorIds', indicators, INDICATORS, issues);
    const progress = r.values.progress;
    if (typeof progress === 'number' && (progress < 0 || progress > 100)) {
      issues.error(r.where('progress'), `„${shown(progress)}“ liegt nicht zwischen 0 und 100`);
    }
    const { start, due } = r.values;
    if (typeof start === 'string' && typeof due === 'string' && due < start) {
      issues.warning(r.where('due'), `Fällig (${due}) liegt vor dem Beginn (${start})`);
    }
  }
  for (const r of records.milestones) reference(r, 'measureId', measures, MEASURES, issues);
  for (const r of records.updates) reference(r, 'measureId', measures, MEASURES, issues);
  for (const r of records.links) {
    if (r.values.owner !== PLAN_OWNER) reference(r, 'owner', measures, MEASURES, issues);
    const url = r.values.url;
    if (typeof url === 'string' && !SAFE_URL.test(url.trim())) {
      issues.error(r.where('url'), `„${shown(url)}“: nur Adressen mit https:, http: oder mailto: sind erlaubt`);
    }
  }
  for (const r of records.indicators) reference(r, 'workAreaId', areas, WORK_AREAS, issues);
  for (const r of records.indicatorValues) reference(r, 'indicatorId', indicators, INDICATORS, issues);
  for (const r of records.agreements) {
    reference(r, 'meetingId', meetings, MEETINGS, issues);
    reference(r, 'measureIds', measures, MEASURES, issues);
  }
  const snapshotPairs = new Map<string, number>();
  for (const r of records.snapshots) {
    reference(r, 'meetingId', meetings, MEETINGS, issues);
    reference(r, 'measureId', measures, MEASURES, issues);
    const pair = `${String(r.values.meetingId)}\u0000${String(r.values.measureId)}`;
    const first = snapshotPairs.get(pair);
    if (first !== undefined)
      issues.error(r.where('measureId'), `Diese Maßnahme ist für dieses Gespräch schon in Zeile ${first} eingefroren`);
    else snapshotPairs.set(pair, r.row);
    const progress = r.values.progress;
    if (typeof progress === 'number' && (progress < 0 || progress > 100)) {
      issues.error(r.where('progress'), `„${shown(progress)}“ liegt nicht zwischen 0 und 100`);
    }
  }
  const numbers = new Map<number, number>();
  for (const r of records.meetings) {
    const n = r.values.number;
    if (typeof n !== 'number') continue;
    if (n < 1) issues.error(r.where('number'), `„${n}“: die Nummer beginnt bei 1`);
    const first = numbers.get(n);
    if (first !== undefined) issues.error(r.where('number'), `Nummer ${n} steht schon in Zeile ${first}`);
    else numbers.set(n, r.row);
  }

  // Only worth running when the rows themselves were fine: otherwise it repeats their errors.
  if (issues.errors.length === 0) {
    const rowOf = (list: readonly SheetRecord[], path: readonly PropertyKey[], sheet: string): Where => {
      const record = typeof path[0] === 'number' ? list[path[0]] : undefined;
      const key = typeof path[1] === 'string' ? path[1] : 'id';
      return record ? record.where(key) : { sheet };
    };
    contract(planSchema, data.plan, () => ({ sheet: PLAN_SHEET }), issues);
    contract(workAreaListSchema, data.workAreas, (p) => rowOf(records.workAreas, p, WORK_AREAS), issues);
    contract(measureListSchema, data.measures, (p) => rowOf(records.measures, p, MEASURES), issues);
    contract(indicatorListSchema, data.indicators, (p) => rowOf(records.indicators, p, INDICATORS), issues);
    contract(meetingListSchema, data.meetings, (p) => rowOf(records.meetings, p, MEETINGS), issues);
  }

  plausibility(records, data, issues);
}

/** Warnings: the contract holds, but a reader would be misled. */
function plausibility(records: SheetRecords, data: Dataset, issues: IssueList): void {
  const today = data.plan.dataDate;
  const used = new Set(data.measures.map((m) => m.workAreaId));
  records.workAreas.forEach((r) => {
    if (typeof r.values.id === 'string' && !used.has(r.values.id))
      issues.warning(r.where('id'), 'Dieses Handlungsfeld hat keine Maßnahme');
  });
  data.measures.forEach((m, i) => {
    const r = records.measures[i];
    if (!r) return;
    if (m.progress === 100 && m.status !== 'completed') {
      issues.warning(
        r.where('progress'),
        `Fortschritt 100, aber Status „${statusNames[m.status]}“ statt „${statusNames.completed}“`,
      );
    }
    if (today && m.status === 'planned' && m.due && m.due < today) {
      issues.warning(r.where('due'), `Fällig am ${m.due}, vor dem Datenstand ${today}, aber noch „${statusNames.planned}“`);
    }
    if (today && m.status === 'in_progress' && m.lastUpdated && daysBetween(m.lastUpdated, today) > STALE_DAYS) {
      issues.warning(
        r.where('lastUpdated'),
        `In Umsetzung, aber seit ${m.lastUpdated} (über sechs Monate) kein Fortschrittsbericht`,
      );
    }
  });
}
