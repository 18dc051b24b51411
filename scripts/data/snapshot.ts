/**
 * Freezes every measure's status and progress for a meeting, append-only: an existing snapshot is
 * never touched, the workbook is backed up before it changes, and the result is checked again.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Dataset } from '../../mocks/dataset';
import { readPlan } from './read-plan';
import { findSheet } from './sheet-reader';
import { MEETINGS, sheetDef, SNAPSHOTS, statusNames } from './workbook-format';

export interface SnapshotRequest {
  meeting: string;
  date: string;
  place?: string;
}

export type SnapshotOutcome =
  { ok: true; meetingId: string; created: boolean; entries: number; backup: string } | { ok: false; message: string };

/** Appends `values` (by header key) below the last row of a table sheet, creating the sheet if needed. */
function appendRows(workbook: ExcelJS.Workbook, sheetName: string, rows: readonly Record<string, ExcelJS.CellValue>[]): void {
  const def = sheetDef(sheetName);
  let ws = findSheet(workbook, sheetName);
  if (!ws) {
    ws = workbook.addWorksheet(sheetName);
    ws.getRow(1).values = def.columns.map((c) => c.header);
  }
  const positions = new Map<string, number>();
  ws.getRow(1).eachCell((cell, n) => {
    const column = def.columns.find(
      (c) =>
        c.header.toLowerCase() ===
        String(cell.value ?? '')
          .trim()
          .toLowerCase(),
    );
    if (column) positions.set(column.key, n);
  });
  let next = ws.actualRowCount + 1;
  // actualRowCount counts rows with values; skip past trailing formatted-but-empty rows' values.
  while (ws.getRow(next).hasValues) next++;
  for (const values of rows) {
    const row = ws.getRow(next++);
    for (const [key, value] of Object.entries(values)) {
      const position = positions.get(key);
      if (position !== undefined) row.getCell(position).value = value;
    }
    row.commit();
  }
}

function existsFrom(m: Dataset['measures'][number]): string {
  const first = m.updates[0]?.date;
  return first !== undefined && first < m.start ? first : m.start;
}

function backupName(file: string, meetingId: string): string {
  const ext = extname(file);
  const stem = join(dirname(file), `${basename(file, ext)}.vor-snapshot-${meetingId}`);
  let candidate = `${stem}${ext}`;
  for (let i = 2; existsSync(candidate); i++) candidate = `${stem}-${i}${ext}`;
  return candidate;
}

export async function snapshot(
  file: string,
  workbook: ExcelJS.Workbook,
  data: Dataset,
  request: SnapshotRequest,
): Promise<SnapshotOutcome> {
  const wanted = request.meeting.trim().toLowerCase();
  const meeting = data.meetings.find((m) => m.id.toLowerCase() === wanted || m.title.trim().toLowerCase() === wanted);
  if (meeting && meeting.date !== request.date) {
    return {
      ok: false,
      message: `„${meeting.title}“ fand laut Blatt ${MEETINGS} am ${meeting.date} statt, nicht am ${request.date}.`,
    };
  }
  if (meeting && meeting.snapshot.length > 0) {
    return {
      ok: false,
      message: `Für „${meeting.title}“ sind schon ${meeting.snapshot.length} Stände eingefroren. Ein eingefrorener Stand wird nie überschrieben.`,
    };
  }
  const last = [...data.meetings].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  let meetingId = meeting?.id ?? `sg-${request.date}`;
  for (let i = 2; !meeting && data.meetings.some((m) => m.id === meetingId); i++) meetingId = `sg-${request.date}-${i}`;
  const place = request.place ?? last?.place;
  if (!meeting && !place) return { ok: false, message: 'Das Gespräch ist neu: bitte mit --place "…" den Ort angeben.' };

  if (!meeting) {
    appendRows(workbook, MEETINGS, [
      {
        id: meetingId,
        number: Math.max(0, ...data.meetings.map((m) => m.number)) + 1,
        date: new Date(`${request.date}T00:00:00Z`),
        place: place ?? '',
        title: request.meeting.trim(),
        participants: (last?.participants ?? []).join('\n'),
        topics: null,
        illustrative: 'nein',
      },
    ]);
  }
  const entries = data.measures
    .filter((m) => existsFrom(m) <= request.date)
    .map((m) => ({ meetingId, measureId: m.id, status: statusNames[m.status], progress: m.progress }));
  appendRows(workbook, SNAPSHOTS, entries);

  const backup = backupName(file, meetingId);
  copyFileSync(file, backup);
  const tmp = `${file}.tmp-${process.pid}.xlsx`;
  try {
    await workbook.xlsx.writeFile(tmp);
    // Read back what we wrote: a snapshot that breaks the check is not kept.
    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(tmp);
    const errors = readPlan(check).issues.filter((i) => i.level === 'error');
    if (errors.length > 0) throw new Error(`Nach dem Einfrieren ist die Mappe nicht mehr gültig (${errors.length} Fehler).`);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  return { ok: true, meetingId, created: !meeting, entries: entries.length, backup };
}
