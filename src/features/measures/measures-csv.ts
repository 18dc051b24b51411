import type { MeasureStatus } from '../../api/schemas';
import { toCsv } from '../../lib/csv';
import { isOverdue, type MeasureRow } from './filter-measures';
import type { measuresMessages } from './messages';

export interface MeasuresCsvLabels {
  id: string;
  title: string;
  workArea: string;
  status: string;
  progress: string;
  lead: string;
  start: string;
  due: string;
  overdue: string;
  lastUpdated: string;
  tags: string;
  yes: string;
  no: string;
  statusName: (status: MeasureStatus) => string;
}

/**
 * The CSV text of exactly the rows shown, in their order, with the header in the UI language.
 * Dates stay ISO (YYYY-MM-DD): Excel recognises them in every locale, and they sort correctly.
 */
/** The CSV's labels in the UI language: one place for the app's export and the published open data. */
export function measuresCsvLabels(
  t: ReturnType<typeof measuresMessages.get>,
  statusNames: Readonly<Record<MeasureStatus, string>>,
): MeasuresCsvLabels {
  return {
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
    statusName: (status) => statusNames[status],
  };
}

export function measuresCsv(rows: readonly MeasureRow[], labels: MeasuresCsvLabels, dataDate: string | undefined): string {
  const header = [
    labels.id,
    labels.title,
    labels.workArea,
    labels.status,
    labels.progress,
    labels.lead,
    labels.start,
    labels.due,
    ...(dataDate ? [labels.overdue] : []),
    labels.lastUpdated,
    labels.tags,
  ];
  const body = rows.map(({ measure: m, areaName, leadName }) => [
    m.id,
    m.title,
    areaName,
    labels.statusName(m.status),
    m.progress,
    leadName,
    m.start,
    m.due,
    ...(dataDate ? [isOverdue(m, dataDate) ? labels.yes : labels.no] : []),
    m.lastUpdated,
    m.tags.join(', '),
  ]);
  return toCsv(header, body);
}

/** e.g. massnahmen-2026-11-16.csv (the Datenstand is "today" in this app). */
export function measuresCsvFileName(dataDate: string | undefined): string {
  return dataDate ? `massnahmen-${dataDate}.csv` : 'massnahmen.csv';
}
