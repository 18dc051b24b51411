/**
 * CSV as German Excel reads it: semicolon-separated, CRLF line ends, UTF-8 with a byte-order mark
 * (without it Excel guesses Windows-1252 and mangles umlauts). Cells are quoted when they contain
 * the separator, a quote or a line break.
 *
 * Formula injection (OWASP "CSV injection"): a cell that starts with = + - @, a tab or a carriage
 * return would be run as a formula by spreadsheet programs. Such cells get a leading apostrophe
 * and are quoted, so they are shown as the text they are.
 */
export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[";\r\n\t]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  let quote = needsQuotes.test(text);
  if (typeof value === 'string' && formulaStart.test(text)) {
    text = `'${text}`;
    quote = true;
  }
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text (without BOM) for a header row and data rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(SEPARATOR));
  return lines.join(LINE_END) + LINE_END;
}

/** Offers `text` as a file download (UTF-8 with BOM). Browser only. */
export function downloadCsv(fileName: string, text: string): void {
  const blob = new Blob([CSV_BOM, text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob asynchronously after the click.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
