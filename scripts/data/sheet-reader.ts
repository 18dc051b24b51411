/**
 * Reads a worksheet as header + rows: columns are found by their header text (any order, extra
 * columns ignored), empty rows are skipped, every value keeps its cell address for messages.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { isEmpty, plainValue, shown, type Plain } from './cell-values';
import type { IssueList } from './issues';
import type { SheetDef } from './workbook-format';

export interface RowCell {
  value: Plain;
  where: { sheet: string; row: number; column: string; cell: string };
}

export interface SheetRow {
  row: number;
  cells: Map<string, RowCell>;
}

function normalise(header: string): string {
  return header
    .replace(/\u00a0/g, ' ')
    .trim()
    .toLowerCase();
}

export function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  const wanted = normalise(name);
  return workbook.worksheets.find((ws) => normalise(ws.name) === wanted);
}

/** The plain value of a cell; merged-away cells count as empty (only the top-left cell holds the value). */
export function readCell(cell: Cell, sheet: string, column: string, issues: IssueList): Plain {
  const where = { sheet, row: Number(cell.row), column, cell: cell.address };
  if (cell.isMerged && cell.master.address !== cell.address) {
    issues.warning(where, `ist mit ${cell.master.address} verbunden; es zählt nur der Wert in ${cell.master.address}`);
    return null;
  }
  const value = plainValue(cell.value);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    if ('error' in value) issues.error(where, `enthält den Fehlerwert ${shown(value.error)}`);
    else issues.error(where, 'Formel ohne gespeicherten Wert: die Datei in Excel öffnen und speichern');
    return null;
  }
  return value;
}

export function readTable(workbook: Workbook, def: SheetDef, issues: IssueList, required: boolean): SheetRow[] {
  const ws = findSheet(workbook, def.name);
  if (!ws) {
    if (required) issues.error({ sheet: def.name }, 'Das Blatt fehlt.');
    return [];
  }
  const positions = new Map<string, number>();
  const headerRow = ws.getRow(1);
  const byHeader = new Map(def.columns.map((c) => [normalise(c.header), c]));
  headerRow.eachCell((cell, colNumber) => {
    const text = normalise(String(plainValue(cell.value) ?? ''));
    const column = byHeader.get(text);
    if (!column) return;
    if (positions.has(column.key)) {
      issues.error({ sheet: def.name, row: 1, cell: cell.address }, `Die Spalte „${column.header}“ kommt doppelt vor.`);
      return;
    }
    positions.set(column.key, colNumber);
  });
  if (positions.size === 0) {
    if (required || ws.actualRowCount > 0) {
      issues.error({ sheet: def.name, row: 1 }, `Die Kopfzeile fehlt; erwartet: ${def.columns.map((c) => c.header).join(', ')}.`);
    }
    return [];
  }
  const missing = def.columns.filter((c) => c.required && !positions.has(c.key));
  for (const column of missing) {
    issues.error({ sheet: def.name, row: 1 }, `Die Spalte „${column.header}“ fehlt in der Kopfzeile.`);
  }
  if (missing.length > 0) return [];

  const rows: SheetRow[] = [];
  const last = ws.rowCount;
  for (let r = 2; r <= last; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const cells = new Map<string, RowCell>();
    let any = false;
    for (const column of def.columns) {
      const position = positions.get(column.key);
      if (position === undefined) continue;
      const cell = row.getCell(position);
      const value = readCell(cell, def.name, column.header, issues);
      if (!isEmpty(value)) any = true;
      cells.set(column.key, { value, where: { sheet: def.name, row: r, column: column.header, cell: cell.address } });
    }
    if (any) rows.push({ row: r, cells });
  }
  return rows;
}
