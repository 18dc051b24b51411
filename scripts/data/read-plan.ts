/**
 * Workbook → the API's data set. Every problem is collected (never thrown), so `check` can report
 * all of them at once; the result is only handed on when there is no error.
 */
import ExcelJS from 'exceljs';
import type { Indicator, Measure, Meeting, Plan, WorkArea } from '../../src/api/schemas';
import type { Dataset } from '../../mocks/dataset';
import { readField, readRecords, type SheetRecord } from './field-reader';
import { IssueList, type Issue } from './issues';
import { checkPlan } from './plan-checks';
import { findSheet, readCell, readTable } from './sheet-reader';
import {
  AGREEMENTS,
  INDICATORS,
  INDICATOR_VALUES,
  LINKS,
  MEASURES,
  MEETINGS,
  MILESTONES,
  PARTNERS,
  PLAN_OWNER,
  PLAN_SHEET,
  planFields,
  sheetDef,
  SNAPSHOTS,
  UPDATES,
  WORK_AREAS,
} from './workbook-format';

export interface ReadResult {
  /** Present when there are no errors. */
  dataset?: Dataset;
  issues: Issue[];
  /** Rows read per main sheet, for the progress line. */
  counts: { measures: number; workAreas: number; meetings: number };
}

type Values = Record<string, unknown>;

function readPlanSheet(workbook: ExcelJS.Workbook, issues: IssueList): Values {
  const ws = findSheet(workbook, PLAN_SHEET);
  const values: Values = {};
  if (!ws) {
    issues.error({ sheet: PLAN_SHEET }, 'Das Blatt fehlt.');
    return values;
  }
  const rowsByLabel = new Map<string, number>();
  for (let r = 1; r <= ws.rowCount; r++) {
    const label = readCell(ws.getRow(r).getCell(1), PLAN_SHEET, 'Feld', issues);
    if (typeof label === 'string') rowsByLabel.set(label.trim().toLowerCase(), r);
  }
  for (const field of planFields) {
    const r = rowsByLabel.get(field.header.toLowerCase());
    if (r === undefined) {
      if (field.required) issues.error({ sheet: PLAN_SHEET, column: 'Feld' }, `Die Zeile „${field.header}“ fehlt.`);
      continue;
    }
    const cell = ws.getRow(r).getCell(2);
    const where = { sheet: PLAN_SHEET, row: r, column: field.header, cell: cell.address };
    values[field.key] = readField(field, readCell(cell, PLAN_SHEET, field.header, issues), where, issues);
  }
  return values;
}

function table(workbook: ExcelJS.Workbook, name: string, issues: IssueList, required = false): SheetRecord[] {
  const def = sheetDef(name);
  return readRecords(readTable(workbook, def, issues, required), def.columns, issues, def.name);
}

function groupBy(records: readonly SheetRecord[], key: string): Map<string, SheetRecord[]> {
  const groups = new Map<string, SheetRecord[]>();
  for (const record of records) {
    const id = record.values[key];
    if (typeof id !== 'string') continue;
    const group = groups.get(id) ?? [];
    group.push(record);
    groups.set(id, group);
  }
  return groups;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);
const bool = (v: unknown): boolean => v === true;

/** The last date of a measure's updates, else its start: "Zuletzt aktualisiert" when left empty. */
function latest(dates: readonly string[], fallback: string): string {
  return dates.reduce((max, d) => (d > max ? d : max), dates.length > 0 ? '' : fallback);
}

export interface SheetRecords {
  plan: Values;
  partners: SheetRecord[];
  workAreas: SheetRecord[];
  measures: SheetRecord[];
  milestones: SheetRecord[];
  updates: SheetRecord[];
  links: SheetRecord[];
  indicators: SheetRecord[];
  indicatorValues: SheetRecord[];
  meetings: SheetRecord[];
  agreements: SheetRecord[];
  snapshots: SheetRecord[];
}

export function readRecordsOf(workbook: ExcelJS.Workbook, issues: IssueList): SheetRecords {
  return {
    plan: readPlanSheet(workbook, issues),
    partners: table(workbook, PARTNERS, issues, true),
    workAreas: table(workbook, WORK_AREAS, issues, true),
    measures: table(workbook, MEASURES, issues, true),
    milestones: table(workbook, MILESTONES, issues),
    updates: table(workbook, UPDATES, issues),
    links: table(workbook, LINKS, issues),
    indicators: table(workbook, INDICATORS, issues),
    indicatorValues: table(workbook, INDICATOR_VALUES, issues),
    meetings: table(workbook, MEETINGS, issues),
    agreements: table(workbook, AGREEMENTS, issues),
    snapshots: table(workbook, SNAPSHOTS, issues),
  };
}

/** Assembles the contract's objects; property order follows the schemas so the JSON is stable. */
export function assemble(records: SheetRecords): Dataset {
  const { plan: p } = records;
  const links = groupBy(records.links, 'owner');
  const linkOf = (r: SheetRecord) => ({ label: str(r.values.label), url: str(r.values.url) });
  const plan: Plan = {
    id: str(p.id),
    title: str(p.title),
    ...(typeof p.subtitle === 'string' ? { subtitle: p.subtitle } : {}),
    ...(typeof p.city === 'string' ? { city: p.city } : {}),
    partners: records.partners.map((r) => ({
      id: str(r.values.id),
      name: str(r.values.name),
      shortName: str(r.values.shortName),
    })),
    adoptedOn: str(p.adoptedOn),
    signedOn: str(p.signedOn),
    dataDate: str(p.dataDate),
    illustrative: bool(p.illustrative),
    note: str(p.note),
    links: (links.get(PLAN_OWNER) ?? []).map(linkOf),
  };
  const workAreas: WorkArea[] = records.workAreas.map((r, i) => ({
    id: str(r.values.id),
    name: str(r.values.name),
    description: str(r.values.description),
    colorToken: str(r.values.colorToken) || `area-${(i % 10) + 1}`,
    order: num(r.values.order),
  }));
  const milestones = groupBy(records.milestones, 'measureId');
  const updates = groupBy(records.updates, 'measureId');
  const measures: Measure[] = records.measures.map((r) => {
    const v = r.values;
    const id = str(v.id);
    const own = updates.get(id) ?? [];
    return {
      id,
      title: str(v.title),
      summary: str(v.summary),
      workAreaId: str(v.workAreaId),
      status: v.status as Measure['status'],
      progress: num(v.progress),
      leadPartnerId: str(v.leadPartnerId),
      involvedUnits: list(v.involvedUnits),
      start: str(v.start),
      due: str(v.due),
      milestones: (milestones.get(id) ?? []).map((m) => ({
        title: str(m.values.title),
        due: str(m.values.due),
        done: bool(m.values.done),
        ...(typeof m.values.doneOn === 'string' ? { doneOn: m.values.doneOn } : {}),
      })),
      updates: own.map((u) => ({
        date: str(u.values.date),
        text: str(u.values.text),
        statusAfter: u.values.statusAfter as Measure['status'],
      })),
      tags: list(v.tags),
      indicatorIds: list(v.indicatorIds),
      links: (links.get(id) ?? []).map(linkOf),
      lastUpdated:
        str(v.lastUpdated) ||
        latest(
          own.map((u) => str(u.values.date)),
          str(v.start),
        ),
    };
  });
  const values = groupBy(records.indicatorValues, 'indicatorId');
  const indicators: Indicator[] = records.indicators.map((r) => {
    const v = r.values;
    return {
      id: str(v.id),
      workAreaId: str(v.workAreaId),
      label: str(v.label),
      unit: str(v.unit),
      higherIsBetter: bool(v.higherIsBetter),
      baseline: { value: num(v.baselineValue), date: str(v.baselineDate) },
      target: { value: num(v.targetValue), year: num(v.targetYear) },
      series: (values.get(str(v.id)) ?? []).map((s) => ({ date: str(s.values.date), value: num(s.values.value) })),
      source: str(v.source),
      key: bool(v.key),
    };
  });
  const agreements = groupBy(records.agreements, 'meetingId');
  const snapshots = groupBy(records.snapshots, 'meetingId');
  const meetings: Meeting[] = records.meetings.map((r) => {
    const v = r.values;
    const id = str(v.id);
    return {
      id,
      number: num(v.number),
      date: str(v.date),
      place: str(v.place),
      title: str(v.title),
      participants: list(v.participants),
      topics: list(v.topics),
      agreements: (agreements.get(id) ?? []).map((a) => ({
        id: str(a.values.id),
        text: str(a.values.text),
        owner: str(a.values.owner),
        due: str(a.values.due),
        measureIds: list(a.values.measureIds),
        status: a.values.status as Meeting['agreements'][number]['status'],
      })),
      snapshot: (snapshots.get(id) ?? []).map((s) => ({
        measureId: str(s.values.measureId),
        status: s.values.status as Measure['status'],
        progress: num(s.values.progress),
      })),
      illustrative: bool(v.illustrative),
    };
  });
  return { plan, workAreas, measures, indicators, meetings };
}

/**
 * `forChecking`: skip the drop-down lists, which exceljs expands cell by cell (a large share of
 * the reading time of a big workbook) and which checking does not need. A workbook that will be
 * written back (snapshot) is read whole, so its drop-downs survive.
 */
export async function loadWorkbook(file: string, purpose: 'forChecking' | 'toModify' = 'forChecking'): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file, purpose === 'forChecking' ? { ignoreNodes: ['dataValidations'] } : undefined);
  return workbook;
}

/** Reads and checks a workbook: all errors and warnings, and the data set if there is no error. */
export function readPlan(workbook: ExcelJS.Workbook): ReadResult {
  const issues = new IssueList();
  const records = readRecordsOf(workbook, issues);
  const counts = { measures: records.measures.length, workAreas: records.workAreas.length, meetings: records.meetings.length };
  // Checks of references need the typed values; rows with unreadable cells still take part.
  const dataset = assemble(records);
  checkPlan(records, dataset, issues);
  const errors = issues.errors.length > 0;
  return { ...(errors ? {} : { dataset }), issues: issues.items, counts };
}
