/** Helpers for the data tool's tests: workbooks made from a data set, edited, and read back as a file would be. */
import ExcelJS from 'exceljs';
import type { Dataset } from '../../mocks/dataset';
import { formatIssue } from '../../scripts/data/issues';
import { publishedFiles } from '../../scripts/data/publish';
import { readPlan, type ReadResult } from '../../scripts/data/read-plan';
import { buildWorkbook } from '../../scripts/data/write-workbook';

/** Through the xlsx bytes, so what is tested is what a saved file holds, not exceljs' objects. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await workbook.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(bytes);
  return loaded;
}

/** A workbook of `data`, changed by `edit`, then checked. */
export async function check(
  data: Dataset,
  edit: (wb: ExcelJS.Workbook) => void = () => {},
): Promise<ReadResult & { messages: string[] }> {
  const workbook = buildWorkbook(data);
  edit(workbook);
  const result = readPlan(await roundTrip(workbook));
  return { ...result, messages: result.issues.map((i) => `${i.level}: ${formatIssue(i)}`) };
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Workbook of `data` → check → the published files by path; fails the test on any error. */
export async function published(data: Dataset): Promise<Map<string, string>> {
  const result = readPlan(await roundTrip(buildWorkbook(data)));
  const errors = result.issues.filter((i) => i.level === 'error').map(formatIssue);
  if (errors.length > 0 || !result.dataset) throw new Error(errors.join('\n'));
  return new Map(publishedFiles(result.dataset).map((f) => [f.path, f.content]));
}
