/** Turns one cell into the value its column promises, or records why it cannot. */
import { isEmpty, readBoolean, readDate, readList, readNumber, shown, toText, type Plain } from './cell-values';
import type { IssueList, Where } from './issues';
import type { RowCell, SheetRow } from './sheet-reader';
import { agreementStatusList, agreementStatusNames, statusList, statusNames, type ColumnDef } from './workbook-format';

const MAX_TEXT = 5000;
const MAX_ID = 64;

function fromVocabulary<T extends string>(names: Record<T, string>, text: string): T | undefined {
  const wanted = text.toLowerCase();
  const entries = Object.entries(names) as [T, string][];
  return entries.find(([code, name]) => name.toLowerCase() === wanted || code === wanted)?.[0];
}

/**
 * The value of `column` in `cell`, typed by the column's kind; `undefined` (and an error) when the
 * cell is required but empty or cannot be read.
 */
export function readField(column: ColumnDef, value: Plain, where: Where, issues: IssueList): unknown {
  if (isEmpty(value)) {
    if (column.required) issues.error(where, 'ist leer, muss aber ausgefüllt sein');
    if (column.kind === 'list') return [];
    return undefined;
  }
  const fail = (problem: string) => {
    issues.error(where, `„${shown(value)}“ ${problem}`);
    return undefined;
  };
  switch (column.kind) {
    case 'text': {
      const text = toText(value);
      return text.length > MAX_TEXT ? fail(`ist ${text.length} Zeichen lang; erlaubt sind höchstens ${MAX_TEXT}`) : text;
    }
    case 'id': {
      const text = toText(value);
      return text.length > MAX_ID ? fail(`ist zu lang für eine ID (höchstens ${MAX_ID} Zeichen)`) : text;
    }
    case 'number': {
      const read = readNumber(value);
      return read.ok ? read.value : fail(read.problem);
    }
    case 'integer': {
      const read = readNumber(value);
      if (!read.ok) return fail(read.problem);
      return Number.isInteger(read.value) ? read.value : fail('ist keine ganze Zahl');
    }
    case 'date': {
      const read = readDate(value);
      return read.ok ? read.value : fail(read.problem);
    }
    case 'boolean': {
      const read = readBoolean(value);
      return read.ok ? read.value : fail(read.problem);
    }
    case 'list':
      return readList(value);
    case 'status': {
      const status = fromVocabulary(statusNames, toText(value));
      return status ?? fail(`ist kein Status; erlaubt: ${statusList.join(', ')}`);
    }
    case 'agreementStatus': {
      const status = fromVocabulary(agreementStatusNames, toText(value));
      return status ?? fail(`ist kein Status einer Vereinbarung; erlaubt: ${agreementStatusList.join(', ')}`);
    }
  }
}

/** One row of a table sheet as a record of typed values, plus where each came from. */
export interface SheetRecord {
  row: number;
  values: Record<string, unknown>;
  where: (key: string) => Where;
}

export function readRecords(
  rows: readonly SheetRow[],
  columns: readonly ColumnDef[],
  issues: IssueList,
  sheet: string,
): SheetRecord[] {
  return rows.map((row) => {
    const values: Record<string, unknown> = {};
    for (const column of columns) {
      const cell: RowCell | undefined = row.cells.get(column.key);
      const where = cell?.where ?? { sheet, row: row.row, column: column.header };
      values[column.key] = readField(column, cell?.value ?? null, where, issues);
    }
    return {
      row: row.row,
      values,
      where: (key: string) => {
        const column = columns.find((c) => c.key === key);
        return row.cells.get(key)?.where ?? { sheet, row: row.row, ...(column ? { column: column.header } : {}) };
      },
    };
  });
}
