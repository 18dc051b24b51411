/**
 * What Excel really stores, turned into plain values. Formulas are never evaluated: the value
 * Excel saved with the formula is used, and a formula without one is reported.
 */
import type { CellValue } from 'exceljs';

export type Plain = string | number | boolean | Date | null;

/** A value or the German reason why the cell cannot be read. */
export type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

const DAY_MS = 86_400_000;
// Excel's day 0 is 1899-12-30 (it counts 1900 as a leap year, which this epoch absorbs).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The stored value of a cell: formula results, rich text and hyperlink text become plain values. */
export function plainValue(value: CellValue): Plain | { error: string } | { formulaWithoutResult: true } {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return { formulaWithoutResult: true };
    if (typeof result === 'object' && result !== null && 'error' in result) return { error: String(result.error) };
    return result as Plain;
  }
  if ('text' in value) {
    const text = (value as { text: unknown }).text;
    if (typeof text === 'string') return text;
    if (typeof text === 'object' && text !== null && 'richText' in text) {
      return (text as { richText: { text: string }[] }).richText.map((part) => part.text).join('');
    }
  }
  return null;
}

/** Whitespace-only text counts as empty; non-breaking spaces (copied from the web) are spaces. */
export function isEmpty(value: Plain): boolean {
  return value === null || (typeof value === 'string' && value.replace(/\u00a0/g, ' ').trim() === '');
}

export function toText(value: Plain): string {
  if (value === null) return '';
  if (value instanceof Date) return isoFromDate(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  return String(value)
    .replace(/\u00a0/g, ' ')
    .trim();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoFromParts(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** exceljs gives date cells as UTC instants; a stored time of day must not shift the calendar day. */
function isoFromDate(date: Date): string {
  const ms = date.getTime() + 1000; // float error of Excel serials (…T23:59:59.999Z)
  const d = new Date(Math.floor(ms / DAY_MS) * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Dates as date cells, Excel serial numbers, `2027-02-17`, `17.02.2027` or `17.2.27`. */
export function readDate(value: Plain): Read<string> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, problem: 'ist kein gültiges Datum' };
    return { ok: true, value: isoFromDate(value) };
  }
  if (typeof value === 'number') {
    // Serial numbers of 1900-01-01 … 9999-12-31, the range Excel itself can show as a date.
    if (value >= 1 && value < 2_958_466) {
      return { ok: true, value: isoFromDate(new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS)) };
    }
    return { ok: false, problem: 'ist kein Datum' };
  }
  const text = toText(value);
  let iso: string | undefined;
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const deMatch = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text);
  if (isoMatch) iso = isoFromParts(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  else if (deMatch) {
    const year = deMatch[3]!.length === 2 ? 2000 + Number(deMatch[3]) : Number(deMatch[3]);
    iso = isoFromParts(year, Number(deMatch[2]), Number(deMatch[1]));
  }
  return iso ? { ok: true, value: iso } : { ok: false, problem: 'ist kein Datum (erwartet z. B. 17.02.2027 oder 2027-02-17)' };
}

/** Numbers as number cells or text with comma decimals (`12,5`, `1.234,5`) and an optional `%`. */
export function readNumber(value: Plain): Read<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'ist keine Zahl' };
  let text = toText(value).replace(/\s*%$/, '').replace(/\s/g, '');
  if (text.includes(',')) text = text.replace(/\./g, '').replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false, problem: 'ist keine Zahl' };
  return { ok: true, value: Number(text) };
}

const yes = new Set(['ja', 'j', 'x', 'wahr', 'true', '1', 'yes']);
const no = new Set(['nein', 'n', 'falsch', 'false', '0', 'no', '-']);

export function readBoolean(value: Plain): Read<boolean> {
  if (typeof value === 'boolean') return { ok: true, value };
  if (typeof value === 'number' && (value === 0 || value === 1)) return { ok: true, value: value === 1 };
  const text = toText(value).toLowerCase();
  if (yes.has(text)) return { ok: true, value: true };
  if (no.has(text)) return { ok: true, value: false };
  return { ok: false, problem: 'ist weder „ja“ noch „nein“' };
}

/** Several entries in one cell: one per line (Alt+Enter) or, without line breaks, separated by `;`. */
export function readList(value: Plain): string[] {
  const text = toText(value);
  if (text === '') return [];
  const parts = text.includes('\n') ? text.split(/\r?\n/) : text.split(';');
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * A value for a message on the terminal: control characters (ANSI escapes could rewrite the
 * terminal) become visible, and long values are cut.
 */
export function shown(value: Plain): string {
  const text = value instanceof Date ? isoFromDate(value) : String(value ?? '');
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === '\n' ? '↵' : '�'));
  return safe.length > 60 ? `${safe.slice(0, 57)}…` : safe;
}
