/** A problem found in the workbook, located as exactly as possible (sheet, row, column, cell). */
export interface Issue {
  level: 'error' | 'warning';
  sheet: string;
  row?: number;
  column?: string;
  /** A1 address, e.g. "E14". */
  cell?: string;
  message: string;
}

export interface Where {
  sheet: string;
  row?: number;
  column?: string;
  cell?: string;
}

/** "Maßnahmen, Zeile 14, Spalte Status (E14): „in Arbeit“ ist kein Status; erlaubt: …" */
export function formatIssue(issue: Issue): string {
  const place = [issue.sheet];
  if (issue.row !== undefined) place.push(`Zeile ${issue.row}`);
  if (issue.column !== undefined) place.push(`Spalte ${issue.column}`);
  const cell = issue.cell ? ` (${issue.cell})` : '';
  return `${place.join(', ')}${cell}: ${issue.message}`;
}

export class IssueList {
  readonly items: Issue[] = [];
  error(where: Where, message: string): void {
    this.items.push({ level: 'error', ...where, message });
  }
  warning(where: Where, message: string): void {
    this.items.push({ level: 'warning', ...where, message });
  }
  get errors(): Issue[] {
    return this.items.filter((i) => i.level === 'error');
  }
  get warnings(): Issue[] {
    return this.items.filter((i) => i.level === 'warning');
  }
}
