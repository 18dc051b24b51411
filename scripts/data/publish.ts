/**
 * Data set → the files a static host serves: one JSON file per endpoint of docs/openapi.json
 * (`/measures/{id}` once per measure), plus the open-data downloads. Pure up to `writeOutput`, so
 * the same workbook gives byte-identical files.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import openapi from '../../docs/openapi.json';
import type { Dataset } from '../../mocks/dataset';
import { indexMeasures } from '../../src/features/measures/filter-measures';
import { measuresCsv } from '../../src/features/measures/measures-csv';
import { measuresMessages } from '../../src/features/measures/messages';
import { statusMessages } from '../../src/i18n/messages';
import { CSV_BOM } from '../../src/lib/csv';

/** Where the API lives inside the published folder; the app requests `${API_DIR}${path}.json`. */
export const API_DIR = 'api/v1';
export const OPEN_DATA_DIR = 'open-data';

export interface OutputFile {
  path: string;
  content: string;
}

const json = (value: unknown): string => `${JSON.stringify(value)}\n`;

/** The body of each path of the OpenAPI document; a new path without an entry here fails publishing. */
function endpointFiles(path: string, data: Dataset): OutputFile[] {
  const file = (name: string, value: unknown) => ({ path: `${API_DIR}${name}.json`, content: json(value) });
  switch (path) {
    case '/plan':
      return [file('/plan', data.plan)];
    case '/work-areas':
      return [file('/work-areas', data.workAreas)];
    case '/measures':
      return [file('/measures', data.measures)];
    case '/measures/{id}':
      return data.measures.map((m) => file(`/measures/${m.id}`, m));
    case '/indicators':
      return [file('/indicators', data.indicators)];
    case '/meetings':
      return [file('/meetings', data.meetings)];
    default:
      throw new Error(`docs/openapi.json hat den Pfad ${path}, für den „publish“ keine Datei schreiben kann.`);
  }
}

export const apiPaths: readonly string[] = Object.keys(openapi.paths);

/** All measures in the app's CSV export format (German header, with BOM), in the workbook's order. */
export function openDataCsv(data: Dataset): string {
  const t = measuresMessages.get();
  const ts = statusMessages.get();
  const rows = indexMeasures(data.measures, { workAreas: data.workAreas, partners: data.plan.partners });
  const text = measuresCsv(
    rows,
    {
      id: t.colId,
      title: t.colTitle,
      workArea: t.colWorkArea,
      status: t.colStatus,
      progress: t.csvProgress,
      lead: t.colLead,
      start: t.csvStart,
      due: t.colDue,
      overdue: t.csvOverdue,
      lastUpdated: t.csvLastUpdated,
      tags: t.csvTags,
      yes: t.yes,
      no: t.no,
      statusName: (status) => ts[status],
    },
    data.plan.dataDate,
  );
  return CSV_BOM + text;
}

export function publishedFiles(data: Dataset): OutputFile[] {
  const files = apiPaths.flatMap((path) => endpointFiles(path, data));
  files.push({ path: `${OPEN_DATA_DIR}/massnahmen.csv`, content: openDataCsv(data) });
  // The same bytes as the API's list: reuse them instead of serialising 10,000 measures again.
  const list = files.find((f) => f.path === `${API_DIR}/measures.json`)?.content ?? json(data.measures);
  files.push({ path: `${OPEN_DATA_DIR}/massnahmen.json`, content: list });
  return files;
}

/** A folder we may replace: missing, empty, or the output of an earlier publish or build. */
export function isReplaceable(dir: string, marker: string): boolean {
  if (!existsSync(dir)) return true;
  return readdirSync(dir).length === 0 || existsSync(join(dir, marker));
}

/**
 * Writes `files` into a fresh sibling folder and swaps it in at the end, so a failure (disk full,
 * a crash) never leaves a half-written output: the old folder stays until the new one is complete.
 * `prepare` may add files to the new folder first (the production build).
 */
export async function writeOutput(
  outDir: string,
  files: readonly OutputFile[],
  prepare?: (tmpDir: string) => Promise<void>,
): Promise<void> {
  const target = resolve(outDir);
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    if (prepare) await prepare(tmp);
    const made = new Set<string>();
    for (const file of files) {
      const path = join(tmp, file.path);
      const dir = dirname(path);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(path, file.content);
    }
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(target)) renameSync(old, target);
    throw error;
  }
}
