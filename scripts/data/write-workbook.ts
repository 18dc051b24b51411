/**
 * Writes the workbook: empty (`template`) or filled with a data set (`export`). Dates become real
 * date cells, lists one entry per line, closed vocabularies get drop-down lists.
 */
import ExcelJS from 'exceljs';
import type { Dataset } from '../../mocks/dataset';
import {
  AGREEMENTS,
  agreementStatusList,
  agreementStatusNames,
  GUIDE,
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
  SNAPSHOTS,
  statusList,
  statusNames,
  tableSheets,
  UPDATES,
  WORK_AREAS,
  type ColumnDef,
  type SheetDef,
} from './workbook-format';

type Row = Record<string, unknown>;
// Drop-downs reach this far; the check guards every row beyond it anyway, and exceljs expands each
// validated range cell by cell when reading, which would slow down checking big workbooks.
const MAX_ROWS = 5_000;

/** exceljs supports range validations at runtime, but its type definitions lack `dataValidations`. */
interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function dateCell(iso: unknown): Date | null {
  return typeof iso === 'string' && iso !== '' ? new Date(`${iso}T00:00:00Z`) : null;
}

function cellValue(column: ColumnDef, value: unknown): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  switch (column.kind) {
    case 'date':
      return dateCell(value);
    case 'boolean':
      return value === true ? 'ja' : 'nein';
    case 'list':
      return Array.isArray(value) ? value.join('\n') : null;
    case 'status':
      return statusNames[value as keyof typeof statusNames] ?? String(value);
    case 'agreementStatus':
      return agreementStatusNames[value as keyof typeof agreementStatusNames] ?? String(value);
    default:
      return value as ExcelJS.CellValue;
  }
}

const quotedList = (items: readonly string[]) => `"${items.join(',')}"`;

function listValidation(column: ColumnDef): string | undefined {
  if (column.kind === 'status') return quotedList(statusList);
  if (column.kind === 'agreementStatus') return quotedList(agreementStatusList);
  if (column.kind === 'boolean') return quotedList(['ja', 'nein']);
  if (column.header === 'Federführung') return `'${PARTNERS}'!$A$2:$A$500`;
  if (column.header === 'Handlungsfeld') return `'${WORK_AREAS}'!$A$2:$A$500`;
  return undefined;
}

function letter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

function addTable(workbook: ExcelJS.Workbook, def: SheetDef, rows: readonly Row[]): void {
  const ws = workbook.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = def.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 16 }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(def.columns.map((c) => cellValue(c, row[c.key])));
  def.columns.forEach((column, i) => {
    const wsColumn = ws.getColumn(i + 1);
    if (column.kind === 'date') wsColumn.numFmt = 'DD.MM.YYYY';
    if (column.kind === 'list' || column.kind === 'text') wsColumn.alignment = { wrapText: true, vertical: 'top' };
    const list = listValidation(column);
    if (list) {
      const range = `${letter(i + 1)}2:${letter(i + 1)}${MAX_ROWS}`;
      (ws as unknown as WithValidations).dataValidations.add(range, {
        type: 'list',
        allowBlank: !column.required,
        formulae: [list],
        showErrorMessage: true,
        errorTitle: column.header,
        error: `Bitte einen Wert aus der Liste wählen (${column.help}).`,
      });
    }
  });
  ws.autoFilter = { from: 'A1', to: `${letter(def.columns.length)}1` };
}

function addGuide(workbook: ExcelJS.Workbook): void {
  const ws = workbook.addWorksheet(GUIDE);
  ws.columns = [
    { header: 'Blatt / Spalte', key: 'a', width: 28 },
    { header: 'Erläuterung', key: 'b', width: 100 },
  ];
  ws.getRow(1).font = { bold: true };
  const lines: [string, string][] = [
    [
      'So geht es',
      '1. Blätter ausfüllen. 2. npm run data -- check plan.xlsx (meldet alle Fehler mit Zelle). 3. npm run build:data -- plan.xlsx (erzeugt dist/).',
    ],
    ['', 'Pflichtspalten sind mit * markiert. Spalten dürfen umsortiert werden; zusätzliche Spalten werden ignoriert.'],
    [
      '',
      'Daten als Datumszelle oder als Text (17.02.2027 oder 2027-02-17). Zahlen mit Komma oder Punkt. Formeln: es zählt ihr gespeicherter Wert.',
    ],
    ['', 'Mehrere Einträge in einer Zelle: je Zeile einer (Alt+Eingabe) oder mit ; getrennt.'],
    ['', 'Stände eines Spitzengesprächs nur mit „npm run data -- snapshot“ einfrieren; nie von Hand ändern.'],
    ['', ''],
    [PLAN_SHEET, 'Ein Formular: Spalte A das Feld, Spalte B der Wert.'],
    ...planFields.map((f): [string, string] => [`  ${f.header}${f.required ? ' *' : ''}`, f.help]),
  ];
  for (const def of tableSheets) {
    lines.push(['', ''], [def.name, def.help]);
    for (const c of def.columns) lines.push([`  ${c.header}${c.required ? ' *' : ''}`, c.help]);
  }
  for (const line of lines) ws.addRow(line).alignment = { wrapText: true, vertical: 'top' };
}

function addPlan(workbook: ExcelJS.Workbook, plan: Row): void {
  const ws = workbook.addWorksheet(PLAN_SHEET);
  ws.columns = [
    { header: 'Feld', key: 'field', width: 22 },
    { header: 'Wert', key: 'value', width: 80 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const field of planFields) {
    const row = ws.addRow([field.header, cellValue(field, plan[field.key])]);
    if (field.kind === 'date') row.getCell(2).numFmt = 'DD.MM.YYYY';
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
}

/** The rows of each table sheet for a data set (the inverse of read-plan's `assemble`). */
function rowsOf(data: Dataset): Record<string, Row[]> {
  return {
    [PARTNERS]: data.plan.partners,
    [WORK_AREAS]: data.workAreas,
    [MEASURES]: data.measures,
    [MILESTONES]: data.measures.flatMap((m) => m.milestones.map((s) => ({ measureId: m.id, ...s }))),
    [UPDATES]: data.measures.flatMap((m) => m.updates.map((u) => ({ measureId: m.id, ...u }))),
    [LINKS]: [
      ...data.plan.links.map((l) => ({ owner: PLAN_OWNER, ...l })),
      ...data.measures.flatMap((m) => m.links.map((l) => ({ owner: m.id, ...l }))),
    ],
    [INDICATORS]: data.indicators.map((i) => ({
      ...i,
      baselineValue: i.baseline.value,
      baselineDate: i.baseline.date,
      targetValue: i.target.value,
      targetYear: i.target.year,
    })),
    [INDICATOR_VALUES]: data.indicators.flatMap((i) => i.series.map((p) => ({ indicatorId: i.id, ...p }))),
    [MEETINGS]: data.meetings,
    [AGREEMENTS]: data.meetings.flatMap((m) => m.agreements.map((a) => ({ meetingId: m.id, ...a }))),
    [SNAPSHOTS]: data.meetings.flatMap((m) => m.snapshot.map((s) => ({ meetingId: m.id, ...s }))),
  };
}

export function buildWorkbook(data: Dataset | undefined): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Masterplan Handwerk – npm run data';
  // A fixed date keeps the file's metadata from changing on every export.
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  addGuide(workbook);
  addPlan(workbook, data ? { ...data.plan } : {});
  const rows = data ? rowsOf(data) : {};
  for (const def of tableSheets) addTable(workbook, def, rows[def.name] ?? []);
  return workbook;
}

export async function writeWorkbook(data: Dataset | undefined, file: string): Promise<void> {
  await buildWorkbook(data).xlsx.writeFile(file);
}
