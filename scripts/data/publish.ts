/**
 * Data set → the files a static host serves: one JSON file per endpoint of src/api/endpoints.ts
 * (the list docs/openapi.json is generated from; `/measures/{id}` once per measure), plus the open-data downloads. Pure up to `writeOutput`, so
 * the same workbook gives byte-identical files.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Dataset } from '../../mocks/dataset';
import { endpointNames, endpointPath, type EndpointName } from '../../src/api/endpoints';
import { indexMeasures } from '../../src/features/measures/filter-measures';
import { measuresCsv, measuresCsvLabels } from '../../src/features/measures/measures-csv';
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

/**
 * The body of each endpoint of the one endpoint list (src/api/endpoints.ts, decision 015): the
 * Record type makes a new endpoint without a publisher a type error, not a missing file.
 */
const publishers: Record<EndpointName, (data: Dataset) => ReadonlyArray<{ params?: Record<string, string>; body: unknown }>> = {
  plan: (data) => [{ body: data.plan }],
  workAreas: (data) => [{ body: data.workAreas }],
  measures: (data) => [{ body: data.measures }],
  measure: (data) => data.measures.map((m) => ({ params: { id: m.id }, body: m })),
  indicators: (data) => [{ body: data.indicators }],
  meetings: (data) => [{ body: data.meetings }],
};

function endpointFiles(name: EndpointName, data: Dataset): OutputFile[] {
  return publishers[name](data).map(({ params, body }) => ({
    path: `${API_DIR}${endpointPath(name, params)}.json`,
    content: json(body),
  }));
}

/** All measures in the app's CSV export format (German header, with BOM), in the workbook's order. */
export function openDataCsv(data: Dataset): string {
  const t = measuresMessages.get();
  const ts = statusMessages.get();
  const rows = indexMeasures(data.measures, { workAreas: data.workAreas, partners: data.plan.partners });
  const text = measuresCsv(rows, measuresCsvLabels(t, ts), data.plan.dataDate);
  return CSV_BOM + text;
}

/** The API part alone: one file per endpoint (the mock build publishes its sample plan so, decision 031). */
export function apiFiles(data: Dataset): OutputFile[] {
  return endpointNames.flatMap((name) => endpointFiles(name, data));
}

export function publishedFiles(data: Dataset): OutputFile[] {
  const files = apiFiles(data);
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
