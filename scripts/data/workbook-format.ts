/**
 * The workbook a data maintainer keeps: one sheet per part of the API contract, German column
 * headers, and the German names of the closed vocabularies. `read-plan.ts` reads it, `write-workbook.ts`
 * writes the template and the sample export, so both sides use these definitions only.
 */
import { agreementStatuses, measureStatuses, type MeasureStatus } from '../../src/api/schemas';

export type ColumnKind = 'text' | 'id' | 'number' | 'integer' | 'date' | 'boolean' | 'list' | 'status' | 'agreementStatus';

export interface ColumnDef {
  /** The property this column feeds (internal; never shown). */
  key: string;
  /** The German header in row 1. Matched ignoring case and surrounding spaces. */
  header: string;
  kind: ColumnKind;
  required: boolean;
  /** For the "Anleitung" sheet. */
  help: string;
  width?: number;
}

export interface SheetDef {
  name: string;
  help: string;
  columns: readonly ColumnDef[];
}

const col = (
  key: string,
  header: string,
  kind: ColumnKind,
  required: boolean,
  help: string,
  width = kind === 'text' ? 40 : 16,
): ColumnDef => ({ key, header, kind, required, help, width });

export const statusNames: Record<MeasureStatus, string> = {
  planned: 'geplant',
  in_progress: 'in Umsetzung',
  delayed: 'verzögert',
  completed: 'abgeschlossen',
  on_hold: 'ruht',
};

export const agreementStatusNames: Record<(typeof agreementStatuses)[number], string> = {
  open: 'offen',
  in_progress: 'in Arbeit',
  done: 'erledigt',
};

export const statusList = measureStatuses.map((s) => statusNames[s]);
export const agreementStatusList = agreementStatuses.map((s) => agreementStatusNames[s]);

/** The plan sheet is a two-column form ("Feld" | "Wert"), one row per field. */
export const PLAN_SHEET = 'Plan';
export const planFields: readonly ColumnDef[] = [
  col('id', 'ID', 'id', true, 'Kurze Kennung des Plans, z. B. masterplan-handwerk-musterstadt'),
  col('title', 'Titel', 'text', true, 'Der Name des Plans, wie er im Kopf der Seite und im Browser-Tab steht'),
  col('subtitle', 'Untertitel', 'text', false, 'Eine Zeile unter dem Titel in der Präsentation'),
  col('city', 'Stadt', 'text', false, 'Die Stadt oder Region des Plans'),
  col('adoptedOn', 'Beschlossen am', 'date', true, 'Datum des Ratsbeschlusses'),
  col('signedOn', 'Unterzeichnet am', 'date', true, 'Datum der Unterzeichnung'),
  col('dataDate', 'Datenstand', 'date', true, 'Der Tag, auf den sich alle Angaben beziehen („überfällig“ usw.)'),
  col('illustrative', 'Beispieldaten', 'boolean', true, '„ja“, wenn die Daten nur zur Veranschaulichung dienen'),
  col('note', 'Hinweis', 'text', false, 'Erläuterung zu den Daten (wird bei Beispieldaten gezeigt)'),
];

export const PARTNERS = 'Partner';
export const WORK_AREAS = 'Handlungsfelder';
export const MEASURES = 'Maßnahmen';
export const MILESTONES = 'Meilensteine';
export const UPDATES = 'Fortschrittsberichte';
export const LINKS = 'Links';
export const INDICATORS = 'Kennzahlen';
export const INDICATOR_VALUES = 'Kennzahlwerte';
export const MEETINGS = 'Spitzengespräche';
export const AGREEMENTS = 'Vereinbarungen';
export const SNAPSHOTS = 'Stände';
export const GUIDE = 'Anleitung';

/** Links with this value in "Gehört zu" belong to the plan; anything else names a measure. */
export const PLAN_OWNER = 'Plan';

export const tableSheets: readonly SheetDef[] = [
  {
    name: PARTNERS,
    help: 'Die Partner des Plans (Stadt, Kammern, …). Die ID wird in „Federführung“ verwendet.',
    columns: [
      col('id', 'ID', 'id', true, 'Kurze Kennung, z. B. stadt'),
      col('name', 'Name', 'text', true, 'Voller Name, z. B. „Handwerkskammer Musterstadt“'),
      col('shortName', 'Kurzname', 'text', true, 'Kurzform für Listen, z. B. „HWK“'),
    ],
  },
  {
    name: WORK_AREAS,
    help: 'Die Handlungsfelder. Jede Maßnahme gehört zu genau einem.',
    columns: [
      col('id', 'ID', 'id', true, 'Kurze Kennung, z. B. fachkraefte'),
      col('name', 'Name', 'text', true, 'Name des Handlungsfelds'),
      col('description', 'Beschreibung', 'text', false, 'Ein bis zwei Sätze'),
      col('colorToken', 'Farbe', 'text', false, 'area-1 … area-10; leer: nach Reihenfolge'),
      col('order', 'Reihenfolge', 'integer', true, 'Ganze Zahl; kleinere zuerst'),
    ],
  },
  {
    name: MEASURES,
    help: 'Eine Zeile je Maßnahme. Die Reihenfolge der Zeilen ist die Reihenfolge in der Liste.',
    columns: [
      col('id', 'ID', 'id', true, 'Kennung, z. B. FK-01 (Buchstaben, Ziffern, - _ .)'),
      col('title', 'Titel', 'text', true, 'Name der Maßnahme'),
      col('summary', 'Beschreibung', 'text', false, 'Kurzbeschreibung'),
      col('workAreaId', 'Handlungsfeld', 'id', true, 'ID aus dem Blatt Handlungsfelder'),
      col('status', 'Status', 'status', true, statusList.join(', ')),
      col('progress', 'Fortschritt', 'number', true, '0 bis 100 (Prozent)'),
      col('leadPartnerId', 'Federführung', 'id', true, 'ID aus dem Blatt Partner'),
      col('involvedUnits', 'Beteiligte', 'list', false, 'Mehrere: je Zeile eine (Alt+Eingabe) oder mit ; getrennt'),
      col('start', 'Beginn', 'date', true, 'Datum'),
      col('due', 'Fällig', 'date', true, 'Datum'),
      col('tags', 'Schlagworte', 'list', false, 'Mehrere: je Zeile eines oder mit ; getrennt'),
      col('indicatorIds', 'Kennzahlen', 'list', false, 'IDs aus dem Blatt Kennzahlen'),
      col('lastUpdated', 'Zuletzt aktualisiert', 'date', false, 'Leer: Datum des letzten Fortschrittsberichts'),
    ],
  },
  {
    name: MILESTONES,
    help: 'Meilensteine, je Zeile einer; die Reihenfolge je Maßnahme bleibt erhalten.',
    columns: [
      col('measureId', 'Maßnahme', 'id', true, 'ID aus dem Blatt Maßnahmen'),
      col('title', 'Titel', 'text', true, 'Was erreicht wird'),
      col('due', 'Fällig', 'date', true, 'Datum'),
      col('done', 'Erledigt', 'boolean', true, 'ja oder nein'),
      col('doneOn', 'Erledigt am', 'date', false, 'Datum, wenn erledigt'),
    ],
  },
  {
    name: UPDATES,
    help: 'Fortschrittsberichte je Maßnahme, älteste zuerst.',
    columns: [
      col('measureId', 'Maßnahme', 'id', true, 'ID aus dem Blatt Maßnahmen'),
      col('date', 'Datum', 'date', true, 'Datum des Berichts'),
      col('text', 'Text', 'text', true, 'Was ist passiert?'),
      col('statusAfter', 'Status danach', 'status', true, statusList.join(', ')),
    ],
  },
  {
    name: LINKS,
    help: `Links zum Plan („${PLAN_OWNER}“) oder zu einer Maßnahme (ihre ID). Nur https:, http: und mailto:.`,
    columns: [
      col('owner', 'Gehört zu', 'text', true, `„${PLAN_OWNER}“ oder die ID einer Maßnahme`, 16),
      col('label', 'Bezeichnung', 'text', true, 'Linktext'),
      col('url', 'URL', 'text', true, 'https://…'),
    ],
  },
  {
    name: INDICATORS,
    help: 'Kennzahlen mit Ausgangswert und Ziel. Messwerte stehen im Blatt Kennzahlwerte.',
    columns: [
      col('id', 'ID', 'id', true, 'Kurze Kennung'),
      col('workAreaId', 'Handlungsfeld', 'id', true, 'ID aus dem Blatt Handlungsfelder'),
      col('label', 'Bezeichnung', 'text', true, 'Name der Kennzahl'),
      col('unit', 'Einheit', 'text', false, 'z. B. Betriebe, %, Tage'),
      col('higherIsBetter', 'Höher ist besser', 'boolean', true, 'ja oder nein'),
      col('baselineValue', 'Ausgangswert', 'number', true, 'Zahl'),
      col('baselineDate', 'Ausgangsdatum', 'date', true, 'Datum'),
      col('targetValue', 'Zielwert', 'number', true, 'Zahl'),
      col('targetYear', 'Zieljahr', 'integer', true, 'Jahr'),
      col('source', 'Quelle', 'text', false, 'Woher die Zahl kommt'),
      col('key', 'Schlüsselkennzahl', 'boolean', true, 'ja: auf der Übersicht und in der Präsentation'),
    ],
  },
  {
    name: INDICATOR_VALUES,
    help: 'Messwerte der Kennzahlen, je Kennzahl nach Datum.',
    columns: [
      col('indicatorId', 'Kennzahl', 'id', true, 'ID aus dem Blatt Kennzahlen'),
      col('date', 'Datum', 'date', true, 'Datum'),
      col('value', 'Wert', 'number', true, 'Zahl'),
    ],
  },
  {
    name: MEETINGS,
    help: 'Die Spitzengespräche. Vereinbarungen und eingefrorene Stände stehen in eigenen Blättern.',
    columns: [
      col('id', 'ID', 'id', true, 'Kurze Kennung, z. B. sg-2027'),
      col('number', 'Nummer', 'integer', true, '1, 2, 3, …'),
      col('date', 'Datum', 'date', true, 'Datum'),
      col('place', 'Ort', 'text', true, 'z. B. Rathaus'),
      col('title', 'Titel', 'text', true, 'z. B. 4. Spitzengespräch'),
      col('participants', 'Teilnehmende', 'list', false, 'Je Zeile eine Institution oder mit ; getrennt'),
      col('topics', 'Themen', 'list', false, 'Je Zeile ein Thema oder mit ; getrennt'),
      col('illustrative', 'Beispieldaten', 'boolean', false, 'ja oder nein (leer: nein)'),
    ],
  },
  {
    name: AGREEMENTS,
    help: 'Vereinbarungen aus den Spitzengesprächen.',
    columns: [
      col('meetingId', 'Spitzengespräch', 'id', true, 'ID aus dem Blatt Spitzengespräche'),
      col('id', 'ID', 'id', true, 'Kurze Kennung'),
      col('text', 'Text', 'text', true, 'Was vereinbart wurde'),
      col('owner', 'Verantwortlich', 'text', true, 'Wer sich kümmert'),
      col('due', 'Fällig', 'date', true, 'Datum'),
      col('measureIds', 'Maßnahmen', 'list', false, 'IDs aus dem Blatt Maßnahmen'),
      col('status', 'Status', 'agreementStatus', true, agreementStatusList.join(', ')),
    ],
  },
  {
    name: SNAPSHOTS,
    help: 'Eingefrorene Stände zum Tag eines Spitzengesprächs. Nur mit „npm run data -- snapshot“ anlegen, nicht ändern.',
    columns: [
      col('meetingId', 'Spitzengespräch', 'id', true, 'ID aus dem Blatt Spitzengespräche'),
      col('measureId', 'Maßnahme', 'id', true, 'ID aus dem Blatt Maßnahmen'),
      col('status', 'Status', 'status', true, statusList.join(', ')),
      col('progress', 'Fortschritt', 'number', true, '0 bis 100'),
    ],
  },
];

export function sheetDef(name: string): SheetDef {
  const def = tableSheets.find((s) => s.name === name);
  if (!def) throw new Error(`unknown sheet ${name}`);
  return def;
}
