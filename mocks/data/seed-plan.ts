/**
 * The seeded demo plan the mock serves by default.
 *
 * Public framing facts only: the Masterplan Handwerk was adopted by the council in February 2023
 * and signed on 14 Feb 2023 by the city and both chambers; the 2nd and 3rd Spitzengespräch took
 * place on 3 Feb 2025 and 18 Feb 2026 (topics of the 3rd from the city's press release);
 * EuroSkills 2027 comes to Düsseldorf; "Erlebnis Handwerk", Handwerkerhöfe and the federal
 * Sondervermögen exist. Every measure, figure, progress value and agreement below is invented
 * sample data ("Beispieldaten"), and the plan says so in `illustrative` and `note`.
 *
 * Design rules that the UI and tests rely on:
 * - A measure's `status` and `lastUpdated` are derived from its update history (see `measure()`),
 *   so the two can never drift apart.
 * - Meeting snapshots are computed from those histories by `snapshotAt()`, never typed by hand,
 *   so "since the last Spitzengespräch" always agrees with what the measure pages show.
 * - Between the 3rd meeting (2026-02-18) and the data date (2026-11-16) the histories are written
 *   so that 5 measures complete, 3 start (2 of them added after the meeting, plus 1 added that is
 *   still planned), 2 become delayed and 1 recovers from delayed.
 */
import type {
  Indicator,
  Measure,
  MeasureStatus,
  MeasureUpdate,
  Meeting,
  Milestone,
  Plan,
  SnapshotEntry,
  WorkArea,
} from '../../src/api/schemas';

/** Datenstand of the seed. Every "today" in the demo (overdue, stale, since-last-meeting) uses it. */
export const SEED_DATA_DATE = '2026-11-16';

// ---------------------------------------------------------------------------------------------
// Snapshots: computed from the update histories
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO day; parsed as UTC so the result never depends on the TZ. */
function dayNumber(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS;
}

/** The day a measure entered the plan: its start, or an earlier first update (preparation). */
function existsFrom(measure: Measure): string {
  const first = measure.updates[0];
  return first !== undefined && first.date < measure.start ? first.date : measure.start;
}

/**
 * Progress on `date`, reconstructed from the current value. We only know two fixed points: 0 when
 * the measure entered the plan and its reported progress when it was last updated (or 100 on the
 * day it was completed). Between them we interpolate linearly, which is the least surprising
 * curve for a chart. Caps keep the value honest with the status of that day: "planned" means
 * nothing has been built yet (≤ 5), and only a measure completed by then may show 100.
 */
function progressAt(measure: Measure, date: string, status: MeasureStatus, completedOn: string | undefined): number {
  if (status === 'completed') return 100;
  const from = dayNumber(existsFrom(measure));
  const anchorDay = dayNumber(completedOn ?? measure.lastUpdated);
  const anchorProgress = completedOn !== undefined ? 100 : measure.progress;
  const span = anchorDay - from;
  const share = span <= 0 ? 1 : Math.min(1, Math.max(0, (dayNumber(date) - from) / span));
  const value = Math.round(anchorProgress * share);
  return status === 'planned' ? Math.min(value, 5) : Math.min(value, 95);
}

/**
 * Every measure's status and progress on `date`, as a meeting would have recorded it.
 * A measure appears once it has started or has a first (preparatory) update on or before the day;
 * its status is the `statusAfter` of the last update on or before the day ("planned" if none yet).
 * Updates must be in chronological order, which the seed and the generator guarantee.
 */
export function snapshotAt(measures: readonly Measure[], date: string): SnapshotEntry[] {
  const entries: SnapshotEntry[] = [];
  for (const measure of measures) {
    if (existsFrom(measure) > date) continue;
    let status: MeasureStatus = 'planned';
    // The day the measure last became completed; reset if it was later reopened.
    let completedOn: string | undefined;
    for (const update of measure.updates) {
      if (update.date <= date) status = update.statusAfter;
      if (update.statusAfter !== 'completed') completedOn = undefined;
      else completedOn ??= update.date;
    }
    entries.push({ measureId: measure.id, status, progress: progressAt(measure, date, status, completedOn) });
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Plan, partners, work areas
// ---------------------------------------------------------------------------------------------

type PartnerId = 'stadt' | 'hwk' | 'khs' | 'wifoe';
type WorkAreaId = 'gewerbeflaechen' | 'handwerkerhoefe' | 'mobilitaet' | 'fachkraefte' | 'infrastruktur';

/** The tag vocabulary; kept small on purpose so the tag filter stays a short list. */
export const SEED_TAGS = [
  'Sondervermögen',
  'EuroSkills 2027',
  'Wärmeplanung',
  'Digitalisierung',
  'Ausbildung',
  'Flächensicherung',
  'Klimaschutz',
  'Vergabe',
  'Erlebnis Handwerk',
] as const;
type Tag = (typeof SEED_TAGS)[number];

export const seedPlan: Plan = {
  id: 'masterplan-handwerk-duesseldorf',
  title: 'Masterplan Handwerk Düsseldorf',
  subtitle: 'Umsetzungsstand der gemeinsamen Maßnahmen von Stadt und Handwerk',
  city: 'Düsseldorf',
  partners: [
    { id: 'stadt', name: 'Landeshauptstadt Düsseldorf', shortName: 'Stadt' },
    { id: 'hwk', name: 'Handwerkskammer Düsseldorf', shortName: 'HWK' },
    { id: 'khs', name: 'Kreishandwerkerschaft Düsseldorf', shortName: 'KH' },
    { id: 'wifoe', name: 'Wirtschaftsförderung Düsseldorf', shortName: 'Wirtschaftsförderung' },
  ],
  adoptedOn: '2023-02-09',
  signedOn: '2023-02-14',
  dataDate: SEED_DATA_DATE,
  illustrative: true,
  note:
    'Maßnahmen, Kennzahlen, Fortschrittswerte und Vereinbarungen in dieser Ansicht sind Beispieldaten ' +
    'zur Veranschaulichung. Öffentlich belegt sind nur die Rahmendaten: der Beschluss und die ' +
    'Unterzeichnung des Masterplans im Februar 2023, die Spitzengespräche im Rathaus sowie die ' +
    'Eckzahlen zum Düsseldorfer Handwerk (rund 7.500 Betriebe, 43.000 Beschäftigte, 2.300 Auszubildende).',
  links: [
    { label: 'Stadt Düsseldorf – Wirtschaftsförderung', url: 'https://www.duesseldorf.de/wirtschaftsfoerderung' },
    // The first mailto: link is the dashboard's contact (accessibility statement, easy-read page).
    { label: 'Wirtschaftsförderung Düsseldorf', url: 'mailto:wirtschaftsfoerderung@duesseldorf.de' },
  ],
};

export const seedWorkAreas: WorkArea[] = [
  {
    id: 'gewerbeflaechen',
    name: 'Gewerbeflächen',
    description: 'Bezahlbare Flächen für Handwerksbetriebe sichern, schneller genehmigen und gezielt vermitteln.',
    colorToken: 'area-1',
    order: 1,
  },
  {
    id: 'handwerkerhoefe',
    name: 'Handwerkerhöfe',
    description: 'Mehrgeschossige Handwerkerhöfe in urbanen Lagen planen, bauen und dauerhaft bezahlbar betreiben.',
    colorToken: 'area-2',
    order: 2,
  },
  {
    id: 'mobilitaet',
    name: 'Mobilität',
    description: 'Handwerksbetrieben das Parken, Liefern und den Umstieg auf klimafreundliche Fahrzeuge erleichtern.',
    colorToken: 'area-3',
    order: 3,
  },
  {
    id: 'fachkraefte',
    name: 'Fachkräfte',
    description: 'Junge Menschen für eine Ausbildung im Handwerk gewinnen und Fachkräfte in Düsseldorf halten.',
    colorToken: 'area-4',
    order: 4,
  },
  {
    id: 'infrastruktur',
    name: 'Infrastruktur',
    description: 'Städtische Bauvorhaben, Vergabe und Infrastruktur so gestalten, dass regionale Betriebe zum Zug kommen.',
    colorToken: 'area-5',
    order: 5,
  },
];

// ---------------------------------------------------------------------------------------------
// Indicators
// ---------------------------------------------------------------------------------------------

/** Fifteen quarter-end values, 2023-03-31 … 2026-09-30; a tuple so a missing quarter fails to compile. */
type Quarterly = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

const QUARTER_DAYS = ['03-31', '06-30', '09-30', '12-31'] as const;

function quarterEnd(index: number): string {
  const day = QUARTER_DAYS[index % 4];
  if (day === undefined) throw new Error(`quarter index ${index}`);
  return `${2023 + Math.floor(index / 4)}-${day}`;
}

type IndicatorId =
  | 'gf-flaechen'
  | 'gf-baugenehmigung'
  | 'gf-vermittlung'
  | 'hh-plaetze'
  | 'hh-interessenten'
  | 'hh-nutzflaeche'
  | 'mo-parkausweise'
  | 'mo-ladepunkte'
  | 'mo-lieferzonen'
  | 'fk-ausbildung'
  | 'fk-schulen'
  | 'fk-euroskills'
  | 'in-fachlose'
  | 'in-aufbruch'
  | 'in-waerme';

interface IndicatorDraft {
  id: IndicatorId;
  area: WorkAreaId;
  label: string;
  unit: string;
  higherIsBetter?: boolean;
  target: { value: number; year: number };
  values: Quarterly;
  source: string;
  key?: boolean;
}

/** The baseline is the first quarter by definition, so it is taken from the series, not repeated. */
function indicator(draft: IndicatorDraft): Indicator {
  return {
    id: draft.id,
    workAreaId: draft.area,
    label: draft.label,
    unit: draft.unit,
    higherIsBetter: draft.higherIsBetter ?? true,
    baseline: { value: draft.values[0], date: quarterEnd(0) },
    target: draft.target,
    series: draft.values.map((value, index) => ({ date: quarterEnd(index), value })),
    source: draft.source,
    key: draft.key ?? false,
  };
}

export const seedIndicators: Indicator[] = [
  indicator({
    id: 'gf-flaechen',
    area: 'gewerbeflaechen',
    label: 'Gesicherte Gewerbeflächen für Handwerk',
    unit: 'ha',
    target: { value: 25, year: 2028 },
    // Jumps when the Gewerbeflächenkonzept (GF-01) and the first B-Pläne (GF-02) take effect.
    values: [3.2, 3.2, 4.1, 4.1, 5.6, 6.0, 6.0, 8.4, 9.1, 9.1, 10.3, 11.8, 12.2, 12.2, 13.5],
    source: 'Amt für Wirtschaftsförderung, Gewerbeflächen-Monitoring (Beispieldaten)',
    key: true,
  }),
  indicator({
    id: 'gf-baugenehmigung',
    area: 'gewerbeflaechen',
    label: 'Bearbeitungsdauer Baugenehmigung Gewerbe',
    unit: 'Tage',
    higherIsBetter: false,
    target: { value: 75, year: 2027 },
    values: [118, 121, 115, 112, 109, 104, 98, 101, 96, 93, 95, 90, 88, 91, 86],
    source: 'Bauaufsichtsamt, Median der Quartalsbescheide (Beispieldaten)',
  }),
  indicator({
    id: 'gf-vermittlung',
    area: 'gewerbeflaechen',
    label: 'Vermittelte Standorte für Handwerksbetriebe',
    unit: 'Anzahl',
    target: { value: 120, year: 2027 },
    // Cumulative; steeper after the Flächenbörse (GF-03) went live in June 2026.
    values: [0, 3, 7, 10, 14, 19, 23, 27, 33, 38, 44, 49, 55, 63, 71],
    source: 'Wirtschaftsförderung Düsseldorf, Standortberatung, kumuliert (Beispieldaten)',
  }),
  indicator({
    id: 'hh-plaetze',
    area: 'handwerkerhoefe',
    label: 'Plätze in Handwerkerhöfen',
    unit: 'Betriebe',
    target: { value: 60, year: 2028 },
    // Steps, not a trend: 8 places with the Interimshof Lierenfeld (HH-04), 10 more in Heerdt (HH-05).
    values: [0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 8, 8, 18, 18],
    source: 'Amt für Wirtschaftsförderung, Belegung der Handwerkerhöfe und Interimsstandorte (Beispieldaten)',
    key: true,
  }),
  indicator({
    id: 'hh-interessenten',
    area: 'handwerkerhoefe',
    label: 'Interessenbekundungen für Handwerkerhöfe',
    unit: 'Betriebe',
    target: { value: 200, year: 2027 },
    values: [0, 5, 12, 31, 44, 52, 60, 71, 85, 97, 104, 118, 131, 140, 163],
    source: 'Handwerkskammer Düsseldorf, Interessentenliste, kumuliert (Beispieldaten)',
  }),
  indicator({
    id: 'hh-nutzflaeche',
    area: 'handwerkerhoefe',
    label: 'Planungsrechtlich gesicherte Nutzfläche in Handwerkerhöfen',
    unit: 'm²',
    target: { value: 24000, year: 2028 },
    values: [0, 0, 0, 0, 0, 0, 0, 2400, 2400, 2400, 5200, 5200, 5200, 5200, 9800],
    source: 'Stadtplanungsamt (Beispieldaten)',
  }),
  indicator({
    id: 'mo-parkausweise',
    area: 'mobilitaet',
    label: 'Ausgestellte Handwerkerparkausweise',
    unit: 'Anzahl',
    target: { value: 5500, year: 2027 },
    // Valid permits at quarter end; the online application (MO-01, 2024) lifted demand.
    values: [4120, 4085, 4160, 4210, 4190, 4305, 4630, 4810, 4895, 4960, 5020, 5110, 5090, 5180, 5245],
    source: 'Amt für Verkehrsmanagement, gültige Ausweise zum Quartalsende (Beispieldaten)',
    key: true,
  }),
  indicator({
    id: 'mo-ladepunkte',
    area: 'mobilitaet',
    label: 'Ladepunkte für Handwerksfahrzeuge',
    unit: 'Anzahl',
    target: { value: 150, year: 2028 },
    values: [12, 12, 14, 15, 18, 21, 26, 30, 37, 44, 52, 58, 63, 71, 80],
    source: 'Umweltamt, geförderte und öffentliche Ladepunkte (Beispieldaten)',
  }),
  indicator({
    id: 'mo-lieferzonen',
    area: 'mobilitaet',
    label: 'Ausgewiesene Liefer- und Ladezonen',
    unit: 'Anzahl',
    target: { value: 90, year: 2027 },
    values: [46, 46, 47, 47, 49, 52, 55, 57, 58, 60, 63, 64, 66, 69, 71],
    source: 'Amt für Verkehrsmanagement (Beispieldaten)',
  }),
  indicator({
    id: 'fk-ausbildung',
    area: 'fachkraefte',
    label: 'Neue Ausbildungsverträge im Handwerk',
    unit: 'Anzahl',
    target: { value: 900, year: 2027 },
    // A rolling 12-month sum: about a third of the ~2,300 apprentices start each year.
    values: [812, 806, 798, 821, 826, 819, 834, 840, 838, 845, 852, 849, 857, 861, 868],
    source: 'Handwerkskammer Düsseldorf, Lehrlingsrolle, Summe der letzten 12 Monate (Beispieldaten)',
    key: true,
  }),
  indicator({
    id: 'fk-schulen',
    area: 'fachkraefte',
    label: 'Teilnehmende Schulen Erlebnis Handwerk',
    unit: 'Schulen',
    target: { value: 45, year: 2027 },
    values: [6, 9, 11, 13, 16, 19, 21, 24, 26, 28, 31, 33, 34, 36, 38],
    source: 'Kreishandwerkerschaft Düsseldorf, Teilnahmelisten (Beispieldaten)',
  }),
  indicator({
    id: 'fk-euroskills',
    area: 'fachkraefte',
    label: 'Anmeldungen EuroSkills-Begleitprogramm',
    unit: 'Betriebe',
    target: { value: 250, year: 2027 },
    // Zero until registration opened on 2025-10-01 (FK-02).
    values: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 34, 71, 118, 162],
    source: 'Handwerkskammer Düsseldorf, Anmeldeportal (Beispieldaten)',
    key: true,
  }),
  indicator({
    id: 'in-fachlose',
    area: 'infrastruktur',
    label: 'Anteil Fach- und Teillose an städtischen Bauvergaben',
    unit: '%',
    target: { value: 80, year: 2027 },
    values: [62, 61, 63, 64, 66, 65, 68, 71, 72, 71, 74, 73, 75, 74, 76],
    source: 'Zentrale Vergabestelle, Vergabestatistik (Beispieldaten)',
    key: true,
  }),
  indicator({
    id: 'in-aufbruch',
    area: 'infrastruktur',
    label: 'Bearbeitungsdauer Aufbruchgenehmigung',
    unit: 'Tage',
    higherIsBetter: false,
    target: { value: 10, year: 2027 },
    values: [21, 22, 20, 21, 19, 19, 18, 18, 17, 18, 17, 16, 16, 17, 15],
    source: 'Amt für Verkehrsmanagement, Median (Beispieldaten)',
  }),
  indicator({
    id: 'in-waerme',
    area: 'infrastruktur',
    label: 'An der Wärmewende-Beratung beteiligte Betriebe',
    unit: 'Betriebe',
    target: { value: 400, year: 2027 },
    values: [0, 0, 0, 8, 22, 41, 63, 80, 104, 131, 150, 176, 205, 238, 262],
    source: 'Kreishandwerkerschaft Düsseldorf, Innungen SHK und Elektro, kumuliert (Beispieldaten)',
  }),
];

// ---------------------------------------------------------------------------------------------
// Measures
// ---------------------------------------------------------------------------------------------

interface MeasureDraft {
  id: string;
  title: string;
  summary: string;
  area: WorkAreaId;
  lead: PartnerId;
  units: string[];
  start: string;
  due: string;
  progress: number;
  milestones: Milestone[];
  /** Chronological; non-empty so the current status always has a source. */
  updates: readonly [MeasureUpdate, ...MeasureUpdate[]];
  tags?: Tag[];
  indicators?: IndicatorId[];
  links?: Measure['links'];
}

/** Milestone; passing `doneOn` marks it done, so `done` and `doneOn` cannot contradict each other. */
function ms(title: string, due: string, doneOn?: string): Milestone {
  return doneOn === undefined ? { title, due, done: false } : { title, due, done: true, doneOn };
}

function up(date: string, statusAfter: MeasureStatus, text: string): MeasureUpdate {
  return { date, statusAfter, text };
}

function lastOf<T>(items: readonly [T, ...T[]]): T {
  return items.reduce((_, item) => item);
}

/** Status and "last updated" come from the newest update, so they always match the history. */
function measure(draft: MeasureDraft): Measure {
  const last = lastOf(draft.updates);
  return {
    id: draft.id,
    title: draft.title,
    summary: draft.summary,
    workAreaId: draft.area,
    status: last.statusAfter,
    progress: draft.progress,
    leadPartnerId: draft.lead,
    involvedUnits: draft.units,
    start: draft.start,
    due: draft.due,
    milestones: draft.milestones,
    updates: [...draft.updates],
    tags: draft.tags ?? [],
    indicatorIds: draft.indicators ?? [],
    links: draft.links ?? [],
    lastUpdated: last.date,
  };
}

const gewerbeflaechen: Measure[] = [
  measure({
    id: 'GF-01',
    title: 'Gewerbeflächenkonzept fortschreiben',
    summary:
      'Das Gewerbeflächenkonzept wird um die Flächenbedarfe des Handwerks ergänzt; Handwerksvorbehaltsflächen werden erstmals gesondert ausgewiesen.',
    area: 'gewerbeflaechen',
    lead: 'stadt',
    units: ['Amt für Wirtschaftsförderung', 'Stadtplanungsamt'],
    start: '2023-03-15',
    due: '2024-12-31',
    progress: 100,
    milestones: [
      ms('Bestandsaufnahme der Gewerbegebiete', '2023-12-31', '2023-12-08'),
      ms('Entwurf mit Handwerkskammer und Kreishandwerkerschaft abgestimmt', '2024-05-31', '2024-06-14'),
      ms('Ratsbeschluss', '2024-12-31', '2024-09-26'),
    ],
    updates: [
      up(
        '2023-04-20',
        'in_progress',
        'Auftaktworkshop mit Handwerkskammer und Kreishandwerkerschaft; die Bestandsaufnahme der Gewerbegebiete ist beauftragt.',
      ),
      up('2024-06-14', 'in_progress', 'Entwurf mit den Kammern abgestimmt: 14 Flächen sollen dem Handwerk vorbehalten bleiben.'),
      up('2024-09-26', 'completed', 'Der Rat hat die Fortschreibung des Gewerbeflächenkonzepts beschlossen.'),
      up(
        '2026-06-18',
        'completed',
        'Monitoring 2026: Die Vorbehaltsflächen sind weiterhin gesichert, zwei davon bereits an Betriebe vergeben.',
      ),
    ],
    tags: ['Flächensicherung'],
    indicators: ['gf-flaechen'],
    links: [{ label: 'Stadt Düsseldorf – Wirtschaftsförderung', url: 'https://www.duesseldorf.de/wirtschaftsfoerderung' }],
  }),
  measure({
    id: 'GF-02',
    title: 'Handwerksvorbehaltsflächen in Bebauungsplänen sichern',
    summary:
      'In neuen und geänderten Bebauungsplänen werden Flächen festgesetzt, die nur von Handwerks- und produzierenden Kleinbetrieben genutzt werden dürfen.',
    area: 'gewerbeflaechen',
    lead: 'stadt',
    units: ['Stadtplanungsamt', 'Amt für Wirtschaftsförderung', 'Rechtsamt'],
    start: '2024-01-15',
    due: '2027-06-30',
    progress: 55,
    milestones: [
      ms('Musterfestsetzung mit dem Rechtsamt erarbeitet', '2024-09-30', '2024-10-15'),
      ms('Erste zwei Bebauungspläne mit Handwerksfestsetzung', '2025-12-31', '2025-11-20'),
      ms('Fünf Bebauungspläne mit Handwerksfestsetzung rechtskräftig', '2027-03-31'),
    ],
    updates: [
      up('2024-03-12', 'in_progress', 'Arbeitsgruppe aus Stadtplanung, Rechtsamt und Wirtschaftsförderung eingerichtet.'),
      up('2025-11-20', 'in_progress', 'Zwei Bebauungspläne mit Handwerksfestsetzung sind rechtskräftig.'),
      up(
        '2026-09-10',
        'in_progress',
        'Drei weitere Verfahren sind in der Offenlage; die Festsetzung hat sich im Verfahren bewährt.',
      ),
    ],
    tags: ['Flächensicherung'],
    indicators: ['gf-flaechen'],
  }),
  measure({
    id: 'GF-03',
    title: 'Flächenbörse für Handwerksbetriebe aufbauen',
    summary:
      'Eine Online-Börse bündelt freie Hallen, Werkstätten und Grundstücke städtischer und privater Eigentümer, die sich für Handwerksbetriebe eignen.',
    area: 'gewerbeflaechen',
    lead: 'wifoe',
    units: ['Amt für Wirtschaftsförderung', 'Betriebsberatung der Handwerkskammer'],
    start: '2023-09-01',
    due: '2026-06-30',
    progress: 100,
    milestones: [
      ms('Anforderungen mit den Kammern erhoben', '2023-12-15', '2023-12-12'),
      ms('Testbetrieb mit ersten Angeboten', '2025-03-31', '2025-03-20'),
      ms('Freischaltung für alle Betriebe', '2026-06-30', '2026-06-24'),
    ],
    updates: [
      up('2023-10-10', 'in_progress', 'Anforderungen in Workshops mit Betrieben und Kammern erhoben.'),
      up('2025-03-20', 'in_progress', 'Testbetrieb mit 40 Angeboten gestartet; Rückmeldungen der Betriebe werden eingearbeitet.'),
      up(
        '2026-06-24',
        'completed',
        'Die Flächenbörse ist für alle Betriebe freigeschaltet; private Eigentümer können Angebote selbst einstellen.',
      ),
    ],
    tags: ['Digitalisierung', 'Flächensicherung'],
    indicators: ['gf-vermittlung'],
  }),
  measure({
    id: 'GF-04',
    title: 'Genehmigungslotsen für Gewerbebauvorhaben einführen',
    summary:
      'Feste Ansprechpersonen im Bauaufsichtsamt begleiten Handwerksbetriebe vom Erstgespräch bis zur Baugenehmigung und koordinieren die beteiligten Fachämter.',
    area: 'gewerbeflaechen',
    lead: 'stadt',
    units: ['Bauaufsichtsamt', 'Amt für Wirtschaftsförderung'],
    start: '2023-05-02',
    due: '2024-06-30',
    progress: 100,
    milestones: [ms('Stellen besetzt', '2023-12-31', '2023-11-15'), ms('Lotsendienst gestartet', '2024-06-30', '2024-05-28')],
    updates: [
      up('2023-06-01', 'in_progress', 'Zwei Stellen für Genehmigungslotsen ausgeschrieben.'),
      up(
        '2024-05-28',
        'completed',
        'Der Lotsendienst ist gestartet; Anfragen laufen über ein gemeinsames Postfach mit der Wirtschaftsförderung.',
      ),
      up(
        '2026-07-08',
        'completed',
        'Auswertung: Vorhaben mit Lotsenbegleitung wurden im Schnitt vier Wochen schneller genehmigt.',
      ),
    ],
    indicators: ['gf-baugenehmigung'],
  }),
  measure({
    id: 'GF-05',
    title: 'Digitaler Bauantrag für gewerbliche Vorhaben',
    summary:
      'Bauanträge für Gewerbebauten können vollständig digital eingereicht, ergänzt und verfolgt werden; Nachforderungen laufen über das Portal.',
    area: 'gewerbeflaechen',
    lead: 'stadt',
    units: ['Bauaufsichtsamt', 'Amt für Informations- und Kommunikationstechnik'],
    start: '2024-04-01',
    due: '2026-12-31',
    progress: 80,
    milestones: [
      ms('Antragsportal beschafft', '2024-09-30', '2024-09-12'),
      ms('Pilotbetrieb für Gewerbebauten', '2025-09-30', '2025-10-06'),
      ms('Vollbetrieb', '2026-12-31'),
    ],
    updates: [
      up('2024-04-18', 'in_progress', 'Vergabeverfahren für das Antragsportal gestartet.'),
      up('2025-10-06', 'in_progress', 'Pilotbetrieb gestartet; Planungsbüros von Handwerksbetrieben testen das Portal.'),
      up('2026-08-27', 'in_progress', 'Rund 70 Prozent der gewerblichen Bauanträge gehen inzwischen digital ein.'),
    ],
    tags: ['Digitalisierung'],
    indicators: ['gf-baugenehmigung'],
  }),
  measure({
    id: 'GF-06',
    title: 'Reisholzer Hafen: Gewerbeflächen für Handwerk reservieren',
    summary:
      'Auf dem Gelände am Reisholzer Hafen sollen kleinteilige Grundstücke für Handwerksbetriebe reserviert und nach der Sanierung vergeben werden.',
    area: 'gewerbeflaechen',
    lead: 'stadt',
    units: ['Liegenschaftsamt', 'Stadtplanungsamt', 'Umweltamt'],
    start: '2023-06-01',
    due: '2026-06-30',
    progress: 35,
    milestones: [
      ms('Altlastengutachten', '2024-06-30', '2025-05-20'),
      ms('Sanierungskonzept', '2025-12-31', '2026-09-15'),
      ms('Grundstücke für Handwerk reserviert', '2026-06-30'),
    ],
    updates: [
      up('2023-07-05', 'in_progress', 'Teilflächen für das Handwerk im Rahmenplan markiert; Altlastengutachten beauftragt.'),
      up('2025-07-15', 'delayed', 'Das Gutachten zeigt Sanierungsbedarf; die Reservierung verschiebt sich um etwa ein Jahr.'),
      up('2026-10-01', 'delayed', 'Das Sanierungskonzept liegt vor; die Sanierung soll 2027 ausgeschrieben werden.'),
    ],
    tags: ['Flächensicherung'],
    indicators: ['gf-flaechen'],
  }),
  measure({
    id: 'GF-07',
    title: 'Erbbaurecht für Handwerksbetriebe auf städtischen Grundstücken',
    summary:
      'Städtische Gewerbegrundstücke werden Handwerksbetrieben auch im Erbbaurecht zu einem ermäßigten Zins angeboten, damit Investitionen ohne Grundstückskauf möglich sind.',
    area: 'gewerbeflaechen',
    lead: 'stadt',
    units: ['Liegenschaftsamt', 'Amt für Wirtschaftsförderung', 'Stadtkämmerei'],
    start: '2023-04-03',
    due: '2025-03-31',
    progress: 100,
    milestones: [ms('Richtlinienentwurf', '2024-03-31', '2024-04-22'), ms('Ratsbeschluss', '2024-12-31', '2024-11-14')],
    updates: [
      up('2023-05-10', 'in_progress', 'Eckpunkte für eine Erbbaurechtsrichtlinie mit den Kammern besprochen.'),
      up(
        '2024-11-14',
        'completed',
        'Der Rat hat die Erbbaurechtsrichtlinie mit ermäßigtem Zins für Handwerksbetriebe beschlossen.',
      ),
      up('2026-05-28', 'completed', 'Die ersten drei Erbbaurechtsverträge mit Handwerksbetrieben sind geschlossen.'),
    ],
    tags: ['Flächensicherung'],
  }),
  measure({
    id: 'GF-08',
    title: 'Gewerbeflächen-Monitoring um Handwerksmerkmale erweitern',
    summary:
      'Das Gewerbeflächen-Monitoring erfasst Flächenbedarfe, Verlagerungen und Abgänge von Handwerksbetrieben, damit Engpässe früh sichtbar werden.',
    area: 'gewerbeflaechen',
    lead: 'wifoe',
    units: ['Amt für Wirtschaftsförderung', 'Amt für Statistik und Wahlen'],
    start: '2023-03-20',
    due: '2026-12-31',
    progress: 85,
    milestones: [
      ms('Merkmalskatalog mit der Handwerkskammer abgestimmt', '2023-09-30', '2023-09-21'),
      ms('Erster Monitoringbericht mit Handwerksteil', '2024-06-30', '2024-06-27'),
      ms('Automatisierte Datenübernahme aus der Handwerksrolle', '2026-12-31'),
    ],
    updates: [
      up('2023-04-05', 'in_progress', 'Der Merkmalskatalog wird mit der Handwerkskammer abgestimmt.'),
      up('2024-06-27', 'in_progress', 'Erster Monitoringbericht mit eigenem Handwerksteil veröffentlicht.'),
      up(
        '2026-06-30',
        'in_progress',
        'Die Datenübernahme aus der Handwerksrolle wird getestet; die Datenschutzprüfung ist abgeschlossen.',
      ),
    ],
    tags: ['Digitalisierung'],
    indicators: ['gf-flaechen', 'gf-vermittlung'],
  }),
  measure({
    // Stale on purpose: no update for more than six months before the data date.
    id: 'GF-09',
    title: 'Gewerbeflächen bei Umnutzungsanträgen schützen',
    summary:
      'Anträge, Gewerbeflächen in Wohnraum umzuwandeln, werden nach einheitlichen Kriterien auf ihre Bedeutung für Handwerk und Gewerbe geprüft.',
    area: 'gewerbeflaechen',
    lead: 'stadt',
    units: ['Stadtplanungsamt', 'Bauaufsichtsamt', 'Amt für Wirtschaftsförderung'],
    start: '2024-06-01',
    due: '2027-06-30',
    progress: 40,
    milestones: [ms('Prüfkriterien abgestimmt', '2024-12-31', '2025-01-20'), ms('Verwaltungsvorschrift erlassen', '2026-12-31')],
    updates: [
      up('2024-07-02', 'in_progress', 'Die Arbeitsgruppe hat Prüfkriterien für Umnutzungsanträge entworfen.'),
      up(
        '2026-03-05',
        'in_progress',
        'Die Kriterien werden in laufenden Verfahren erprobt; die Verwaltungsvorschrift ist im Entwurf.',
      ),
    ],
    tags: ['Flächensicherung'],
  }),
  measure({
    id: 'GF-10',
    title: 'Leitfaden „Handwerk im gemischten Quartier“ zum Immissionsschutz',
    summary:
      'Ein Leitfaden zeigt Betrieben, Planenden und Genehmigungsbehörden, wie Handwerk in gemischten Quartieren lärm- und immissionsschutzrechtlich gesichert werden kann.',
    area: 'gewerbeflaechen',
    lead: 'stadt',
    units: ['Umweltamt', 'Stadtplanungsamt', 'Bauaufsichtsamt'],
    start: '2024-09-01',
    due: '2026-09-30',
    progress: 45,
    milestones: [
      ms('Fallsammlung aus Genehmigungsverfahren', '2025-03-31', '2025-03-28'),
      ms('Entwurf mit den Kammern abgestimmt', '2026-03-31'),
      ms('Leitfaden veröffentlicht', '2026-09-30'),
    ],
    updates: [
      up('2024-10-01', 'in_progress', 'Fallsammlung aus Genehmigungs- und Beschwerdeverfahren begonnen.'),
      up(
        '2026-01-20',
        'delayed',
        'Die Abstimmung mit der Bezirksregierung zu Auslegungsfragen der TA Lärm dauert länger als geplant.',
      ),
      up(
        '2026-10-22',
        'delayed',
        'Die Rückmeldung der Bezirksregierung liegt vor; der Entwurf wird überarbeitet, Veröffentlichung frühestens im zweiten Quartal 2027.',
      ),
    ],
  }),
  measure({
    // The long title is deliberate: it exercises wrapping and truncation in cards, tables and slides.
    id: 'GF-11',
    title:
      'Sondervermögen des Bundes: Erschließung, Sanierung und Verkehrsanbindung kleinteiliger Gewerbeflächen für Handwerksbetriebe in den Stadtbezirken 6, 9 und 10 bündeln und priorisieren',
    summary:
      'Die Stadt prüft, welche Gewerbeflächen mit Mitteln aus dem Sondervermögen des Bundes schneller erschlossen oder saniert werden können, und stimmt die Reihenfolge mit den Kammern ab.',
    area: 'gewerbeflaechen',
    lead: 'stadt',
    units: ['Amt für Wirtschaftsförderung', 'Stadtkämmerei', 'Amt für Verkehrsmanagement', 'Umweltamt'],
    start: '2025-06-01',
    due: '2027-12-31',
    progress: 20,
    milestones: [
      ms('Projektliste für die Förderanmeldung', '2025-12-31', '2025-12-09'),
      ms('Priorisierung mit Handwerkskammer und Kreishandwerkerschaft', '2026-12-31'),
      ms('Erste Erschließungsmaßnahme ausgeschrieben', '2027-09-30'),
    ],
    updates: [
      up('2025-06-20', 'in_progress', 'Flächen mit Erschließungs- oder Sanierungsbedarf zusammengestellt.'),
      up('2025-12-09', 'in_progress', 'Projektliste mit sieben Flächen für die Förderanmeldung erstellt.'),
      up('2026-09-30', 'in_progress', 'Die Förderbedingungen des Landes liegen vor; die Priorisierung mit den Kammern läuft.'),
    ],
    tags: ['Sondervermögen', 'Flächensicherung'],
    indicators: ['gf-flaechen'],
  }),
  measure({
    id: 'GF-12',
    title: 'Interkommunale Gewerbeflächenkooperation mit Nachbarkommunen',
    summary:
      'Gemeinsam mit Nachbarkommunen sollen Flächen für Handwerksbetriebe entwickelt werden, die in Düsseldorf keinen passenden Standort finden.',
    area: 'gewerbeflaechen',
    lead: 'wifoe',
    units: ['Amt für Wirtschaftsförderung', 'Stadtplanungsamt'],
    start: '2025-10-01',
    due: '2027-12-31',
    progress: 5,
    milestones: [ms('Absichtserklärung mit Nachbarkommunen', '2027-03-31'), ms('Gemeinsames Flächenangebot', '2027-12-31')],
    updates: [
      up(
        '2025-10-15',
        'planned',
        'Erste Gespräche mit Nachbarkommunen vorbereitet; der Start ist nach dem Haushaltsbeschluss 2027 vorgesehen.',
      ),
      up('2026-06-11', 'planned', 'Der Entwurf einer Absichtserklärung liegt den Nachbarkommunen vor.'),
    ],
    tags: ['Flächensicherung'],
  }),
  measure({
    // Added after the 3rd Spitzengespräch: absent from the 2026 snapshot, counts as added and started.
    id: 'GF-13',
    title: 'Leerstehende Gewerbeimmobilien für Handwerksbetriebe aktivieren',
    summary:
      'Eigentümerinnen und Eigentümer leerstehender Hallen und Ladenlokale werden gezielt angesprochen, um die Flächen an Handwerksbetriebe zu vermitteln.',
    area: 'gewerbeflaechen',
    lead: 'wifoe',
    units: ['Amt für Wirtschaftsförderung', 'Betriebsberatung der Handwerkskammer'],
    start: '2026-03-16',
    due: '2027-09-30',
    progress: 15,
    milestones: [
      ms('Leerstandserfassung in drei Stadtbezirken', '2026-09-30', '2026-09-18'),
      ms('Erste Vermittlungen', '2027-03-31'),
    ],
    updates: [
      up(
        '2026-03-20',
        'in_progress',
        'Programm nach dem dritten Spitzengespräch aufgelegt; die Leerstandserfassung in drei Stadtbezirken hat begonnen.',
      ),
      up(
        '2026-09-18',
        'in_progress',
        'Leerstandserfassung abgeschlossen: 27 geeignete Objekte, die Ansprache der Eigentümer läuft.',
      ),
    ],
    tags: ['Flächensicherung'],
    indicators: ['gf-vermittlung'],
  }),
];

const handwerkerhoefe: Measure[] = [
  measure({
    id: 'HH-01',
    title: 'Pilot-Handwerkerhof Reisholz',
    summary:
      'Auf einem städtischen Grundstück in Reisholz entsteht ein mehrgeschossiger Handwerkerhof mit rund 40 Einheiten für Werkstätten, Lager und gemeinsame Flächen.',
    area: 'handwerkerhoefe',
    lead: 'stadt',
    units: ['Liegenschaftsamt', 'Stadtplanungsamt', 'Amt für Wirtschaftsförderung', 'Bauaufsichtsamt'],
    start: '2023-06-01',
    due: '2027-12-31',
    progress: 45,
    milestones: [
      ms('Machbarkeitsstudie', '2024-09-30', '2024-10-01'),
      ms('Konzeptvergabe abgeschlossen', '2026-06-30', '2026-09-30'),
      ms('Baubeginn', '2027-06-30'),
    ],
    updates: [
      up('2023-07-12', 'in_progress', 'Grundstück für den Pilot-Handwerkerhof reserviert; Machbarkeitsstudie beauftragt.'),
      up(
        '2024-10-01',
        'in_progress',
        'Machbarkeitsstudie: Ein viergeschossiger Hof mit rund 40 Einheiten ist wirtschaftlich tragfähig.',
      ),
      up('2025-09-15', 'in_progress', 'Konzeptvergabe gestartet; sieben Bewerbungen sind eingegangen.'),
      up('2026-09-30', 'in_progress', 'Zuschlag in der Konzeptvergabe erteilt; der Bauantrag wird vorbereitet.'),
    ],
    tags: ['Flächensicherung'],
    indicators: ['hh-plaetze', 'hh-nutzflaeche'],
  }),
  measure({
    id: 'HH-02',
    title: 'Bedarfsanalyse Handwerkerhöfe',
    summary:
      'Eine Befragung ermittelt, wie viele Betriebe Flächen in einem Handwerkerhof suchen, welche Größen gebraucht werden und welche Mieten tragbar sind.',
    area: 'handwerkerhoefe',
    lead: 'hwk',
    units: ['Betriebsberatung der Handwerkskammer', 'Amt für Wirtschaftsförderung', 'Innungen der Kreishandwerkerschaft'],
    start: '2023-03-15',
    due: '2023-12-31',
    progress: 100,
    milestones: [ms('Befragung abgeschlossen', '2023-09-30', '2023-09-29'), ms('Ergebnisbericht', '2023-12-31', '2023-12-14')],
    updates: [
      up(
        '2023-04-03',
        'in_progress',
        'Fragebogen mit Kreishandwerkerschaft und Wirtschaftsförderung abgestimmt; die Befragung läuft.',
      ),
      up(
        '2023-12-14',
        'completed',
        'Der Ergebnisbericht liegt vor: Rund 1.100 Betriebe haben teilgenommen, 38 Prozent suchen neue Flächen.',
      ),
      up(
        '2026-06-04',
        'completed',
        'Die Ergebnisse sind in die Flächenplanung der Handwerkerhöfe Reisholz und Rath eingeflossen.',
      ),
    ],
    indicators: ['hh-interessenten'],
  }),
  measure({
    id: 'HH-03',
    title: 'Betreibermodell für Handwerkerhöfe festlegen',
    summary:
      'Genossenschafts-, Investoren- und kommunale Betreibermodelle werden verglichen, um dauerhaft bezahlbare Mieten für Handwerksbetriebe zu sichern.',
    area: 'handwerkerhoefe',
    lead: 'wifoe',
    units: ['Amt für Wirtschaftsförderung', 'Liegenschaftsamt', 'Stadtkämmerei'],
    start: '2024-01-10',
    due: '2026-12-31',
    progress: 75,
    milestones: [
      ms('Modellvergleich', '2025-06-30', '2025-05-22'),
      ms('Ratsentscheidung über das Betreibermodell', '2026-12-31'),
    ],
    updates: [
      up('2024-02-01', 'in_progress', 'Gutachten zum Vergleich der Betreibermodelle beauftragt.'),
      up(
        '2025-05-22',
        'in_progress',
        'Der Modellvergleich liegt vor; empfohlen wird eine städtische Tochtergesellschaft als Betreiberin.',
      ),
      up('2026-07-15', 'in_progress', 'Die Ratsvorlage zum Betreibermodell wird mit den Fachausschüssen abgestimmt.'),
    ],
  }),
  measure({
    id: 'HH-04',
    title: 'Interimshof Lierenfeld: leerstehende Hallen zwischennutzen',
    summary:
      'Bis die ersten Handwerkerhöfe fertig sind, werden leerstehende Hallen in Lierenfeld als Werkstätten an Handwerksbetriebe vermietet.',
    area: 'handwerkerhoefe',
    lead: 'stadt',
    units: ['Liegenschaftsamt', 'Amt für Wirtschaftsförderung', 'Bauaufsichtsamt'],
    start: '2024-06-01',
    due: '2025-06-30',
    progress: 100,
    milestones: [
      ms('Mietvertrag mit dem Eigentümer', '2024-12-31', '2024-11-28'),
      ms('Einzug der ersten Betriebe', '2025-06-30', '2025-06-26'),
    ],
    updates: [
      up(
        '2024-06-20',
        'in_progress',
        'Der Eigentümer der Hallen ist zur Zwischenvermietung bereit; die Nutzungsänderung ist beantragt.',
      ),
      up('2025-06-26', 'completed', 'Acht Betriebe sind in den Interimshof eingezogen.'),
      up('2026-08-06', 'completed', 'Der Interimshof ist voll belegt; der Zwischenmietvertrag wurde bis 2029 verlängert.'),
    ],
    indicators: ['hh-plaetze'],
  }),
  measure({
    // Completed after the 3rd Spitzengespräch.
    id: 'HH-05',
    title: 'Zweiter Interimsstandort in Heerdt',
    summary:
      'Ein zweiter Interimsstandort in Heerdt bietet zehn weiteren Betrieben Werkstattflächen, bis die dauerhaften Handwerkerhöfe bezugsfertig sind.',
    area: 'handwerkerhoefe',
    lead: 'stadt',
    units: ['Liegenschaftsamt', 'Amt für Wirtschaftsförderung'],
    start: '2025-05-01',
    due: '2026-06-30',
    progress: 100,
    milestones: [ms('Umbau der Halle', '2026-02-28', '2026-03-12'), ms('Einzug der Betriebe', '2026-06-30', '2026-05-29')],
    updates: [
      up('2025-05-20', 'in_progress', 'Halle in Heerdt angemietet; die Umbauplanung hat begonnen.'),
      up('2025-12-10', 'in_progress', 'Der Umbau läuft; zehn Betriebe haben Mietverträge unterschrieben.'),
      up('2026-05-29', 'completed', 'Zehn Betriebe sind eingezogen; der Standort ist voll belegt.'),
    ],
    indicators: ['hh-plaetze'],
  }),
  measure({
    // Became delayed after the 3rd Spitzengespräch.
    id: 'HH-06',
    title: 'Handwerkerhof Flingern-Nord: Machbarkeitsstudie',
    summary:
      'Für ein städtisches Grundstück in Flingern-Nord wird geprüft, ob dort ein zweiter dauerhafter Handwerkerhof entstehen kann.',
    area: 'handwerkerhoefe',
    lead: 'stadt',
    units: ['Liegenschaftsamt', 'Stadtplanungsamt', 'Umweltamt'],
    start: '2025-01-15',
    due: '2026-12-31',
    progress: 30,
    milestones: [
      ms('Variantenuntersuchung', '2025-09-30', '2025-10-02'),
      ms('Bodengutachten', '2026-06-30'),
      ms('Machbarkeitsstudie abgeschlossen', '2026-12-31'),
    ],
    updates: [
      up('2025-02-05', 'in_progress', 'Machbarkeitsstudie beauftragt; drei Bebauungsvarianten werden untersucht.'),
      up('2025-10-02', 'in_progress', 'Variantenuntersuchung abgeschlossen; Vorzugsvariante mit fünf Geschossen.'),
      up(
        '2026-07-09',
        'delayed',
        'Bei der Bodenuntersuchung wurde Kampfmittelverdacht festgestellt; die Studie ruht bis zur Räumung des Verdachts.',
      ),
    ],
    indicators: ['hh-plaetze'],
  }),
  measure({
    id: 'HH-07',
    title: 'Mietzuschuss für Gründungen in Handwerkerhöfen',
    summary:
      'Junge Betriebe und Meistergründungen sollen in den ersten drei Jahren einen Zuschuss zur Miete in einem Handwerkerhof erhalten.',
    area: 'handwerkerhoefe',
    lead: 'wifoe',
    units: ['Amt für Wirtschaftsförderung', 'Stadtkämmerei'],
    start: '2025-11-01',
    due: '2027-06-30',
    progress: 5,
    milestones: [ms('Förderrichtlinie beschlossen', '2027-02-28'), ms('Erste Bewilligungen', '2027-06-30')],
    updates: [
      up('2025-11-20', 'planned', 'Richtlinienentwurf erarbeitet; die Finanzierung ist ab dem Haushalt 2027 vorgesehen.'),
      up('2026-09-24', 'planned', 'Die Haushaltsanmeldung für 2027 ist eingereicht.'),
    ],
  }),
  measure({
    id: 'HH-08',
    title: 'Planungsleitfaden für mehrgeschossige Gewerbebauten',
    summary:
      'Ein Leitfaden zeigt, wie Werkstätten, Lager und Anlieferung übereinander angeordnet werden können, und beschleunigt so die Planung von Handwerkerhöfen.',
    area: 'handwerkerhoefe',
    lead: 'stadt',
    units: ['Stadtplanungsamt', 'Bauaufsichtsamt', 'Amt für Wirtschaftsförderung'],
    start: '2024-05-01',
    due: '2026-12-31',
    progress: 70,
    milestones: [
      ms('Beispielsammlung aus anderen Städten', '2024-12-31', '2024-12-05'),
      ms('Entwurf', '2025-12-31', '2026-01-14'),
      ms('Veröffentlichung', '2026-12-31'),
    ],
    updates: [
      up('2024-05-15', 'in_progress', 'Beispiele aus München, Hamburg und Wien werden ausgewertet.'),
      up(
        '2026-01-14',
        'in_progress',
        'Der Entwurf des Leitfadens liegt vor und ist mit Handwerkskammer und Kreishandwerkerschaft abgestimmt.',
      ),
      up(
        '2026-08-20',
        'in_progress',
        'Die grafische Aufbereitung ist beauftragt; die Veröffentlichung ist zum Jahresende geplant.',
      ),
    ],
    indicators: ['hh-nutzflaeche'],
  }),
  measure({
    id: 'HH-09',
    title: 'Handwerkerhof Rath: Grundstück ankaufen',
    summary: 'Für einen Handwerkerhof im Norden der Stadt soll ein privates Gewerbegrundstück in Rath erworben werden.',
    area: 'handwerkerhoefe',
    lead: 'stadt',
    units: ['Liegenschaftsamt', 'Amt für Wirtschaftsförderung'],
    start: '2024-03-01',
    due: '2026-03-31',
    progress: 25,
    milestones: [ms('Verkehrswertgutachten', '2024-12-31', '2025-02-10'), ms('Kaufvertrag', '2026-03-31')],
    updates: [
      up('2024-03-20', 'in_progress', 'Gespräche mit dem Eigentümer aufgenommen; Verkehrswertgutachten beauftragt.'),
      up(
        '2025-09-18',
        'delayed',
        'Die Kaufpreisvorstellungen liegen weit auseinander; eine Einigung ist vorerst nicht absehbar.',
      ),
      up(
        '2026-06-25',
        'delayed',
        'Ein neues Angebot auf Basis eines Zweitgutachtens ist übermittelt; die Antwort des Eigentümers steht aus.',
      ),
    ],
    indicators: ['hh-plaetze'],
  }),
  measure({
    id: 'HH-10',
    title: 'Handwerkerhöfe in Rahmenplänen neuer Quartiere verankern',
    summary:
      'In den Rahmenplänen neuer, sozial gemischter Quartiere werden Standorte für Handwerkerhöfe und Werkstätten im Erdgeschoss von Anfang an vorgesehen.',
    area: 'handwerkerhoefe',
    lead: 'stadt',
    units: ['Stadtplanungsamt', 'Amt für Wirtschaftsförderung'],
    start: '2024-09-01',
    due: '2027-12-31',
    progress: 35,
    milestones: [
      ms('Prüfauftrag für laufende Rahmenpläne', '2025-03-31', '2025-03-18'),
      ms('Handwerksflächen in zwei Rahmenplänen', '2026-12-31'),
      ms('Standard für alle neuen Rahmenpläne', '2027-12-31'),
    ],
    updates: [
      up('2024-09-20', 'in_progress', 'Laufende Rahmenplanungen werden auf geeignete Standorte geprüft.'),
      up('2025-03-18', 'in_progress', 'Prüfauftrag für vier Rahmenpläne erteilt.'),
      up('2026-05-20', 'in_progress', 'Im Rahmenplan eines neuen Quartiers ist ein Baufeld für einen Handwerkerhof vorgesehen.'),
    ],
    tags: ['Flächensicherung'],
    indicators: ['hh-nutzflaeche'],
  }),
  measure({
    id: 'HH-11',
    title: 'Gemeinschaftsflächen und Schaufenster des Handwerks in Handwerkerhöfen',
    summary:
      'Gemeinsame Besprechungsräume, Ausstellungsflächen und ein offenes Erdgeschoss sollen Kooperationen erleichtern und das Handwerk im Quartier sichtbar machen.',
    area: 'handwerkerhoefe',
    lead: 'khs',
    units: ['Innungen der Kreishandwerkerschaft', 'Amt für Wirtschaftsförderung'],
    start: '2025-03-01',
    due: '2027-09-30',
    progress: 25,
    milestones: [
      ms('Raumprogramm für Gemeinschaftsflächen', '2025-12-31', '2025-12-16'),
      ms('Nutzungskonzept für Reisholz', '2026-12-31'),
    ],
    updates: [
      up('2025-03-25', 'in_progress', 'Die Innungen haben Anforderungen an Gemeinschafts- und Ausstellungsflächen gesammelt.'),
      up('2025-12-16', 'in_progress', 'Das Raumprogramm ist fertig und in die Konzeptvergabe Reisholz eingebracht.'),
      up(
        '2026-10-14',
        'in_progress',
        'Das Nutzungskonzept für das Erdgeschoss in Reisholz entsteht mit dem künftigen Betreiber.',
      ),
    ],
  }),
  measure({
    // Stale on purpose; on hold until the pilot in Reisholz has results.
    id: 'HH-12',
    title: 'Genossenschaftlicher Handwerkerhof auf Initiative der Innungen',
    summary: 'Mehrere Innungen prüfen, einen Handwerkerhof als Genossenschaft der Betriebe selbst zu errichten und zu betreiben.',
    area: 'handwerkerhoefe',
    lead: 'khs',
    units: ['Innungen der Kreishandwerkerschaft', 'Betriebsberatung der Handwerkskammer'],
    start: '2024-02-01',
    due: '2026-12-31',
    progress: 20,
    milestones: [ms('Interessentenkreis gebildet', '2024-09-30', '2024-09-10'), ms('Gründung der Genossenschaft', '2026-06-30')],
    updates: [
      up('2024-02-28', 'in_progress', 'Informationsabend für interessierte Betriebe durchgeführt.'),
      up('2024-09-10', 'in_progress', 'Ein Interessentenkreis aus 18 Betrieben hat sich gebildet.'),
      up('2025-10-09', 'on_hold', 'Die Initiative ruht, bis die Erfahrungen aus dem Pilot-Handwerkerhof Reisholz vorliegen.'),
    ],
  }),
  measure({
    id: 'HH-13',
    title: 'Photovoltaik und Ladepunkte in Handwerkerhöfen einplanen',
    summary:
      'Handwerkerhöfe erhalten Photovoltaik auf den Dächern und Ladepunkte für Firmenfahrzeuge; die Anforderungen fließen in die Vergabeunterlagen ein.',
    area: 'handwerkerhoefe',
    lead: 'stadt',
    units: ['Umweltamt', 'Stadtwerke Düsseldorf', 'Liegenschaftsamt'],
    start: '2025-08-01',
    due: '2027-12-31',
    progress: 15,
    milestones: [ms('Energiekonzept für Reisholz', '2026-06-30', '2026-06-17'), ms('Ladepunkte in Betrieb', '2027-12-31')],
    updates: [
      up('2025-08-20', 'in_progress', 'Energiestandard für Handwerkerhöfe mit den Stadtwerken abgestimmt.'),
      up('2026-06-17', 'in_progress', 'Das Energiekonzept für den Pilot-Handwerkerhof Reisholz liegt vor.'),
    ],
    tags: ['Klimaschutz'],
  }),
];

const mobilitaet: Measure[] = [
  measure({
    id: 'MO-01',
    title: 'Handwerkerparkausweis digitalisieren',
    summary:
      'Der Handwerkerparkausweis wird online beantragt und bezahlt und als digitale Berechtigung an das Kennzeichen gebunden; der Papierausweis entfällt.',
    area: 'mobilitaet',
    lead: 'stadt',
    units: ['Amt für Verkehrsmanagement', 'Ordnungsamt', 'Amt für Informations- und Kommunikationstechnik'],
    start: '2023-04-01',
    due: '2024-09-30',
    progress: 100,
    milestones: [ms('Onlineantrag', '2024-03-31', '2024-03-19'), ms('Kennzeichenbasierte Kontrolle', '2024-09-30', '2024-08-29')],
    updates: [
      up('2023-04-20', 'in_progress', 'Anforderungen an den Onlineantrag mit Kreishandwerkerschaft und Ordnungsamt abgestimmt.'),
      up('2024-03-19', 'in_progress', 'Onlineantrag freigeschaltet; der Papierausweis wird übergangsweise parallel ausgegeben.'),
      up('2024-08-29', 'completed', 'Die Berechtigung ist an das Kennzeichen gebunden; der Ordnungsdienst kontrolliert digital.'),
      up('2026-06-10', 'completed', 'Auswertung: 96 Prozent der Ausweise werden inzwischen online beantragt.'),
    ],
    tags: ['Digitalisierung'],
    indicators: ['mo-parkausweise'],
  }),
  measure({
    id: 'MO-02',
    title: 'Handwerkerparkausweis in Bewohnerparkgebieten gültig machen',
    summary:
      'Der Handwerkerparkausweis soll schrittweise auch in Bewohnerparkgebieten gelten, damit Betriebe bei Kundenaufträgen nicht umparken müssen.',
    area: 'mobilitaet',
    lead: 'stadt',
    units: ['Amt für Verkehrsmanagement', 'Ordnungsamt'],
    start: '2023-09-01',
    due: '2027-03-31',
    progress: 60,
    milestones: [
      ms('Verkehrsversuch in zwei Bewohnerparkgebieten', '2024-12-31', '2024-11-07'),
      ms('Auswertung des Verkehrsversuchs', '2025-09-30', '2025-10-23'),
      ms('Ausweitung auf alle Bewohnerparkgebiete', '2027-03-31'),
    ],
    updates: [
      up('2023-09-14', 'in_progress', 'Verkehrsversuch mit den Bezirksvertretungen vorbereitet.'),
      up('2024-11-07', 'in_progress', 'Verkehrsversuch in Pempelfort und Bilk gestartet.'),
      up('2025-10-23', 'in_progress', 'Die Auswertung ist positiv: kaum zusätzliche Parkplatzkonkurrenz für Anwohnende.'),
      up('2026-09-03', 'in_progress', 'Die Ratsvorlage zur stadtweiten Ausweitung wurde in den Bezirksvertretungen beraten.'),
    ],
    indicators: ['mo-parkausweise'],
  }),
  measure({
    id: 'MO-03',
    title: 'Liefer- und Ladezonen für Handwerksbetriebe ausweisen',
    summary:
      'In der Innenstadt und den Stadtteilzentren entstehen zusätzliche Lieferzonen, die auch Handwerksfahrzeuge zum Be- und Entladen nutzen dürfen.',
    area: 'mobilitaet',
    lead: 'stadt',
    units: ['Amt für Verkehrsmanagement', 'Ordnungsamt', 'Bezirksverwaltungsstellen'],
    start: '2023-10-01',
    due: '2027-06-30',
    progress: 60,
    milestones: [
      ms('Bedarfskarte mit den Innungen', '2024-06-30', '2024-06-20'),
      ms('20 zusätzliche Lieferzonen', '2026-06-30', '2026-07-30'),
      ms('Evaluation', '2027-06-30'),
    ],
    updates: [
      up('2023-10-20', 'in_progress', 'Die Innungen melden Straßen mit besonderem Lieferbedarf.'),
      up('2024-11-05', 'in_progress', 'Die ersten zehn Lieferzonen sind eingerichtet.'),
      up('2026-07-30', 'in_progress', '20 zusätzliche Lieferzonen sind beschildert; die Evaluation startet im Frühjahr 2027.'),
    ],
    indicators: ['mo-lieferzonen'],
  }),
  measure({
    id: 'MO-04',
    title: 'Ladeinfrastruktur für Handwerksfahrzeuge ausbauen',
    summary:
      'Betriebe erhalten Beratung und Zuschüsse für Ladepunkte am Betriebsstandort; zusätzlich werden öffentliche Schnellladepunkte in Gewerbegebieten geplant.',
    area: 'mobilitaet',
    lead: 'stadt',
    units: ['Umweltamt', 'Amt für Verkehrsmanagement', 'Stadtwerke Düsseldorf'],
    start: '2024-03-01',
    due: '2027-12-31',
    progress: 40,
    milestones: [
      ms('Förderrichtlinie Ladepunkte', '2024-09-30', '2024-09-26'),
      ms('Schnellladepunkte in drei Gewerbegebieten', '2026-12-31'),
      ms('150 Ladepunkte', '2027-12-31'),
    ],
    updates: [
      up('2024-03-21', 'in_progress', 'Standortanalyse für Schnellladepunkte in Gewerbegebieten beauftragt.'),
      up('2024-09-26', 'in_progress', 'Die Förderrichtlinie für betriebliche Ladepunkte ist beschlossen.'),
      up(
        '2026-07-02',
        'in_progress',
        'Über 70 Ladepunkte für Handwerksfahrzeuge sind in Betrieb; die Ausschreibung der Schnellladepunkte läuft.',
      ),
    ],
    tags: ['Klimaschutz'],
    indicators: ['mo-ladepunkte'],
  }),
  measure({
    // Completed after the 3rd Spitzengespräch.
    id: 'MO-05',
    title: 'Förderprogramm E-Nutzfahrzeuge für Handwerksbetriebe',
    summary:
      'Handwerksbetriebe erhalten einen Zuschuss für elektrische Transporter und Lastenräder, bis die Mittel ausgeschöpft sind.',
    area: 'mobilitaet',
    lead: 'stadt',
    units: ['Umweltamt', 'Amt für Wirtschaftsförderung'],
    start: '2024-06-01',
    due: '2026-09-30',
    progress: 100,
    milestones: [ms('Förderaufruf', '2024-10-31', '2024-10-15'), ms('Mittel vollständig bewilligt', '2026-09-30', '2026-09-25')],
    updates: [
      up('2024-06-20', 'in_progress', 'Förderrichtlinie mit der Kreishandwerkerschaft abgestimmt.'),
      up('2024-10-15', 'in_progress', 'Förderaufruf gestartet; Anträge sind online möglich.'),
      up(
        '2025-05-15',
        'in_progress',
        'Die Hälfte der Mittel ist bewilligt, überwiegend für Transporter im Bau- und Ausbauhandwerk.',
      ),
      up('2026-09-25', 'completed', 'Die Mittel sind vollständig bewilligt: 212 Fahrzeuge wurden gefördert.'),
    ],
    tags: ['Klimaschutz'],
    indicators: ['mo-ladepunkte'],
  }),
  measure({
    id: 'MO-06',
    title: 'Ausnahmegenehmigungen für Baustellenzufahrten vereinfachen',
    summary:
      'Ausnahmegenehmigungen für Fußgängerzonen und Baustellenzufahrten können Handwerksbetriebe online und als Jahresgenehmigung beantragen.',
    area: 'mobilitaet',
    lead: 'stadt',
    units: ['Amt für Verkehrsmanagement', 'Ordnungsamt'],
    start: '2023-05-01',
    due: '2024-06-30',
    progress: 100,
    milestones: [ms('Jahresgenehmigung eingeführt', '2024-01-31', '2024-01-25'), ms('Onlineantrag', '2024-06-30', '2024-04-18')],
    updates: [
      up('2023-05-25', 'in_progress', 'Das Antragsverfahren für Ausnahmegenehmigungen wird analysiert.'),
      up('2024-01-25', 'in_progress', 'Die Jahresgenehmigung für Handwerksbetriebe ist eingeführt.'),
      up('2024-04-18', 'completed', 'Onlineantrag freigeschaltet; die Bearbeitung dauert im Schnitt zwei statt zehn Tage.'),
      up('2026-05-21', 'completed', 'Regelbetrieb: rund 1.400 Jahresgenehmigungen im laufenden Jahr.'),
    ],
    tags: ['Digitalisierung'],
  }),
  measure({
    // Stale on purpose; waiting for the state.
    id: 'MO-07',
    title: 'Busspuren für Handwerksfahrzeuge freigeben (Prüfauftrag)',
    summary: 'Geprüft wird, ob Handwerksfahrzeuge ausgewählte Busspuren nutzen dürfen, ohne den Busverkehr zu behindern.',
    area: 'mobilitaet',
    lead: 'stadt',
    units: ['Amt für Verkehrsmanagement', 'Rheinbahn'],
    start: '2023-11-01',
    due: '2025-12-31',
    progress: 30,
    milestones: [
      ms('Verkehrliche Untersuchung', '2024-12-31', '2024-12-12'),
      ms('Entscheidung über einen Verkehrsversuch', '2025-12-31'),
    ],
    updates: [
      up('2023-11-20', 'in_progress', 'Untersuchung der Busspuren mit der Rheinbahn begonnen.'),
      up(
        '2024-12-12',
        'in_progress',
        'Die Untersuchung ist abgeschlossen; nur auf zwei Abschnitten wäre eine Freigabe vertretbar.',
      ),
      up('2025-11-06', 'on_hold', 'Die Prüfung ruht, bis das Land über die rechtlichen Voraussetzungen entschieden hat.'),
    ],
  }),
  measure({
    id: 'MO-08',
    title: 'Lastenräder für Handwerksbetriebe: Testflotte',
    summary: 'Betriebe können Schwerlastenräder vier Wochen kostenlos testen, bevor sie eine Anschaffung planen.',
    area: 'mobilitaet',
    lead: 'khs',
    units: ['Innungen der Kreishandwerkerschaft', 'Umweltamt'],
    start: '2024-04-01',
    due: '2025-09-30',
    progress: 100,
    milestones: [ms('Testflotte beschafft', '2024-12-31', '2025-09-04'), ms('Erste Testeinsätze', '2025-09-30', '2025-10-16')],
    updates: [
      up('2024-04-22', 'in_progress', 'Die Beschaffung von zehn Schwerlastenrädern ist ausgeschrieben.'),
      up('2025-06-10', 'delayed', 'Lieferverzug beim Hersteller; die Testflotte kommt erst im Spätsommer.'),
      up('2025-10-16', 'completed', 'Die Testflotte ist im Einsatz; 35 Betriebe haben sich für einen Test angemeldet.'),
      up('2026-06-26', 'completed', 'Die Innungen betreiben die Testflotte inzwischen in Eigenregie weiter.'),
    ],
    tags: ['Klimaschutz'],
  }),
  measure({
    // Delayed at the 3rd Spitzengespräch, back in progress since April 2026 (the one "recovered").
    id: 'MO-09',
    title: 'Parkraummanagement in Gewerbegebieten mit dem Handwerk abstimmen',
    summary:
      'Für Gewerbegebiete mit hohem Parkdruck entsteht ein Parkraumkonzept, das Stellplätze für Betriebs- und Kundenfahrzeuge berücksichtigt.',
    area: 'mobilitaet',
    lead: 'stadt',
    units: ['Amt für Verkehrsmanagement', 'Stadtplanungsamt', 'Amt für Wirtschaftsförderung'],
    start: '2024-02-01',
    due: '2027-03-31',
    progress: 50,
    milestones: [
      ms('Gutachten vergeben', '2025-06-30', '2026-04-23'),
      ms('Konzeptentwurf', '2026-12-31'),
      ms('Beschluss in den Bezirksvertretungen', '2027-03-31'),
    ],
    updates: [
      up('2024-02-15', 'in_progress', 'Gewerbegebiete mit hohem Parkdruck sind identifiziert.'),
      up('2025-08-28', 'delayed', 'Die Ausschreibung des Gutachtens blieb ohne wertbares Angebot und muss wiederholt werden.'),
      up('2026-04-23', 'in_progress', 'Das Gutachten ist im zweiten Anlauf vergeben; der Zeitplan wird wieder eingehalten.'),
      up('2026-10-15', 'in_progress', 'Die Parkraumerhebung in drei Gewerbegebieten ist abgeschlossen.'),
    ],
  }),
  measure({
    // Stale on purpose.
    id: 'MO-10',
    title: 'Koordinierungsstelle Wirtschaftsverkehr einrichten',
    summary:
      'Eine feste Ansprechperson im Amt für Verkehrsmanagement bündelt Anliegen von Handwerksbetrieben zu Parken, Liefern und Baustellen.',
    area: 'mobilitaet',
    lead: 'stadt',
    units: ['Amt für Verkehrsmanagement', 'Amt für Wirtschaftsförderung'],
    start: '2024-10-01',
    due: '2026-12-31',
    progress: 60,
    milestones: [ms('Stelle besetzt', '2025-04-30', '2025-05-15'), ms('Jahresbericht Wirtschaftsverkehr', '2026-12-31')],
    updates: [
      up('2024-10-15', 'in_progress', 'Die Stelle für die Koordinierung des Wirtschaftsverkehrs ist ausgeschrieben.'),
      up('2025-05-15', 'in_progress', 'Stelle besetzt; erste Sprechstunden finden bei der Kreishandwerkerschaft statt.'),
      up('2026-02-12', 'in_progress', 'Über 200 Anliegen von Betrieben sind bearbeitet; ein Jahresbericht ist in Vorbereitung.'),
    ],
  }),
  measure({
    id: 'MO-11',
    title: 'Baustellen-Newsletter für Handwerksbetriebe',
    summary:
      'Betriebe können Baustellen- und Sperrinformationen für ihre Einsatzgebiete abonnieren und ihre Touren besser planen.',
    area: 'mobilitaet',
    lead: 'stadt',
    units: ['Amt für Verkehrsmanagement', 'Amt für Informations- und Kommunikationstechnik'],
    start: '2025-04-01',
    due: '2026-12-31',
    progress: 65,
    milestones: [
      ms('Datenschnittstelle zur Baustellenkoordination', '2025-10-31', '2025-10-28'),
      ms('Abonnement nach Stadtbezirken', '2026-06-30', '2026-06-11'),
      ms('Einbindung in das Serviceportal der Stadt', '2026-12-31'),
    ],
    updates: [
      up('2025-04-16', 'in_progress', 'Anforderungen mit Betrieben des Bau- und Ausbauhandwerks erhoben.'),
      up('2025-10-28', 'in_progress', 'Die Datenschnittstelle zur Baustellenkoordination ist eingerichtet.'),
      up('2026-06-11', 'in_progress', 'Der Newsletter nach Stadtbezirken ist gestartet; über 600 Betriebe haben ihn abonniert.'),
    ],
    tags: ['Digitalisierung'],
  }),
  measure({
    id: 'MO-12',
    title: 'Gebührenmodell für den Handwerkerparkausweis überarbeiten',
    summary:
      'Die Gebühren für den Handwerkerparkausweis sollen nach Fahrzeuggröße und Nutzungsdauer gestaffelt werden und kleine Betriebe entlasten.',
    area: 'mobilitaet',
    lead: 'stadt',
    units: ['Amt für Verkehrsmanagement', 'Stadtkämmerei'],
    start: '2025-03-01',
    due: '2026-06-30',
    progress: 30,
    milestones: [ms('Gebührenvarianten berechnet', '2025-09-30', '2025-09-11'), ms('Ratsbeschluss', '2026-06-30')],
    updates: [
      up('2025-03-18', 'in_progress', 'Gebührenmodelle anderer Großstädte ausgewertet.'),
      up('2025-09-11', 'in_progress', 'Drei Varianten sind berechnet und mit den Kammern besprochen.'),
      up(
        '2025-12-04',
        'delayed',
        'Die Ratsvorlage wurde vertagt; zuerst soll die Gebührenordnung für das Bewohnerparken neu gefasst werden.',
      ),
      up('2026-09-17', 'delayed', 'Die Vorlage ist für die Ratssitzung im Dezember 2026 vorgesehen.'),
    ],
    indicators: ['mo-parkausweise'],
  }),
  measure({
    id: 'MO-13',
    title: 'Mikro-Depot für Handwerksmaterial in der Innenstadt',
    summary:
      'Ein zentrales Mikro-Depot soll Baustellenmaterial zwischenlagern, damit Betriebe seltener mit großen Fahrzeugen in die Innenstadt fahren müssen.',
    area: 'mobilitaet',
    lead: 'khs',
    units: ['Innungen der Kreishandwerkerschaft', 'Amt für Verkehrsmanagement', 'Liegenschaftsamt'],
    start: '2026-01-15',
    due: '2027-12-31',
    progress: 0,
    milestones: [ms('Standort gefunden', '2027-03-31'), ms('Testbetrieb', '2027-09-30')],
    updates: [
      up('2026-01-22', 'planned', 'Die Projektskizze liegt vor; die Standortsuche mit dem Liegenschaftsamt ist vereinbart.'),
      up('2026-08-06', 'planned', 'Zwei mögliche Standorte werden geprüft; der Start ist für 2027 vorgesehen.'),
    ],
    tags: ['Klimaschutz'],
  }),
];

const fachkraefte: Measure[] = [
  measure({
    id: 'FK-01',
    title: 'Erlebnis Handwerk: Betriebsbesichtigungen für Schulen',
    summary:
      'Schulklassen besichtigen Handwerksbetriebe, probieren Tätigkeiten selbst aus und kommen mit Auszubildenden ins Gespräch.',
    area: 'fachkraefte',
    lead: 'khs',
    units: ['Innungen der Kreishandwerkerschaft', 'Schulverwaltungsamt', 'Agentur für Arbeit Düsseldorf'],
    start: '2023-04-01',
    due: '2027-07-31',
    progress: 70,
    milestones: [
      ms('Pilot mit sechs Schulen', '2023-07-31', '2023-07-06'),
      ms('20 teilnehmende Schulen', '2025-07-31', '2024-09-26'),
      ms('Alle weiterführenden Schulen eingeladen', '2027-07-31'),
    ],
    updates: [
      up('2023-04-25', 'in_progress', 'Pilot mit sechs Schulen und zwölf Betrieben gestartet.'),
      up('2024-07-10', 'in_progress', 'Schuljahr 2023/24: 19 Schulen und rund 900 Schülerinnen und Schüler haben teilgenommen.'),
      up('2025-07-03', 'in_progress', 'Schuljahr 2024/25: 31 Schulen; die Nachfrage übersteigt das Angebot an Betrieben.'),
      up(
        '2026-07-09',
        'in_progress',
        'Schuljahr 2025/26: 36 Schulen; weitere Innungen haben Betriebe für Besichtigungen gemeldet.',
      ),
    ],
    tags: ['Erlebnis Handwerk', 'Ausbildung'],
    indicators: ['fk-schulen', 'fk-ausbildung'],
  }),
  measure({
    id: 'FK-02',
    title: 'EuroSkills 2027: Begleitprogramm für Düsseldorfer Betriebe',
    summary:
      'Düsseldorfer Betriebe nutzen die Europameisterschaft der Berufe mit rund 800 jungen Fachkräften aus über 30 Ländern für Nachwuchswerbung, Besuche und Austausch.',
    area: 'fachkraefte',
    lead: 'hwk',
    units: ['Ausbildungsberatung der Handwerkskammer', 'Amt für Wirtschaftsförderung', 'Schulverwaltungsamt'],
    start: '2024-09-01',
    due: '2027-12-31',
    progress: 45,
    milestones: [
      ms('Programmkonzept', '2025-06-30', '2025-06-26'),
      ms('Anmeldung für Betriebe geöffnet', '2025-10-31', '2025-10-01'),
      ms('Besuchsprogramm für Betriebe und Schulen veröffentlicht', '2027-03-31'),
    ],
    updates: [
      up(
        '2024-09-19',
        'in_progress',
        'Arbeitsgruppe aus Handwerkskammer, Kreishandwerkerschaft und Wirtschaftsförderung eingerichtet.',
      ),
      up('2025-06-26', 'in_progress', 'Programmkonzept beschlossen: Betriebsbesuche, Gastgeberbetriebe und Nachwuchstage.'),
      up('2025-10-01', 'in_progress', 'Die Anmeldung für Betriebe ist geöffnet.'),
      up('2026-10-08', 'in_progress', '162 Betriebe haben sich angemeldet; das Besuchsprogramm wird geplant.'),
    ],
    tags: ['EuroSkills 2027', 'Ausbildung'],
    indicators: ['fk-euroskills'],
    links: [{ label: 'Handwerkskammer Düsseldorf', url: 'https://www.hwk-duesseldorf.de' }],
  }),
  measure({
    id: 'FK-03',
    title: 'Ausbildungsbotschafter an Gesamtschulen und Gymnasien',
    summary:
      'Auszubildende aus Handwerksbetrieben berichten in Schulklassen von ihrem Berufsalltag; das Programm wird auf Gesamtschulen und Gymnasien ausgeweitet.',
    area: 'fachkraefte',
    lead: 'hwk',
    units: ['Ausbildungsberatung der Handwerkskammer', 'Schulverwaltungsamt'],
    start: '2023-08-01',
    due: '2025-07-31',
    progress: 100,
    milestones: [
      ms('50 Ausbildungsbotschafterinnen und -botschafter geschult', '2024-03-31', '2024-03-14'),
      ms('Einsätze an allen Gesamtschulen', '2025-07-31', '2025-06-30'),
    ],
    updates: [
      up('2023-08-24', 'in_progress', 'Die Schulungen für Ausbildungsbotschafterinnen und -botschafter haben begonnen.'),
      up('2024-03-14', 'in_progress', '50 Auszubildende sind geschult; erste Einsätze an Gesamtschulen.'),
      up(
        '2025-06-30',
        'completed',
        'Alle Gesamtschulen und zwölf Gymnasien wurden erreicht; das Programm geht in den Regelbetrieb.',
      ),
      up('2026-07-01', 'completed', 'Schuljahr 2025/26: 140 Einsätze im Regelbetrieb.'),
    ],
    tags: ['Ausbildung'],
    indicators: ['fk-ausbildung'],
  }),
  measure({
    id: 'FK-04',
    title: 'Azubiwohnen: Wohnheimplätze für Auszubildende schaffen',
    summary:
      'In einem Azubiwohnheim sollen rund 120 bezahlbare Plätze entstehen, damit Ausbildungsplätze im Handwerk nicht an den Wohnkosten scheitern.',
    area: 'fachkraefte',
    lead: 'stadt',
    units: ['Amt für Wohnungswesen', 'Liegenschaftsamt', 'Ausbildungsberatung der Handwerkskammer'],
    start: '2023-09-01',
    due: '2026-08-31',
    progress: 30,
    milestones: [
      ms('Standort festgelegt', '2024-06-30', '2024-05-30'),
      ms('Förderbescheid des Landes', '2025-12-31'),
      ms('Baubeginn', '2026-08-31'),
    ],
    updates: [
      up('2023-09-20', 'in_progress', 'Die Standortsuche für ein Azubiwohnheim hat begonnen.'),
      up('2024-05-30', 'in_progress', 'Standort in Oberbilk festgelegt; die Planung ist beauftragt.'),
      up('2025-04-10', 'delayed', 'Die Baukosten sind deutlich gestiegen; der Förderantrag beim Land muss neu gestellt werden.'),
      up('2026-08-13', 'delayed', 'Der neue Förderantrag ist eingereicht; Baubeginn frühestens Mitte 2027.'),
    ],
    tags: ['Ausbildung'],
  }),
  measure({
    id: 'FK-05',
    title: 'Digitale Lehrstellenbörse mit den Schulen vernetzen',
    summary:
      'Freie Ausbildungs- und Praktikumsplätze im Handwerk erscheinen automatisch im Berufsorientierungsportal der Schulen.',
    area: 'fachkraefte',
    lead: 'hwk',
    units: ['Ausbildungsberatung der Handwerkskammer', 'Schulverwaltungsamt', 'Agentur für Arbeit Düsseldorf'],
    start: '2023-06-01',
    due: '2024-12-31',
    progress: 100,
    milestones: [
      ms('Schnittstelle vereinbart', '2024-02-29', '2024-02-22'),
      ms('Lehrstellen im Schulportal sichtbar', '2024-12-31', '2024-10-17'),
    ],
    updates: [
      up('2023-06-22', 'in_progress', 'Die Schnittstelle zwischen Lehrstellenbörse und Schulportal ist konzipiert.'),
      up('2024-02-22', 'in_progress', 'Die Schnittstelle ist mit allen Beteiligten vereinbart.'),
      up('2024-10-17', 'completed', 'Freie Lehrstellen erscheinen automatisch im Schulportal.'),
      up('2026-06-02', 'completed', 'Im Schuljahr 2025/26 wurden Handwerkslehrstellen im Schulportal rund 3.200 Mal aufgerufen.'),
    ],
    tags: ['Digitalisierung', 'Ausbildung'],
    indicators: ['fk-ausbildung'],
  }),
  measure({
    // Completed after the 3rd Spitzengespräch.
    id: 'FK-06',
    title: 'Praktikumswochen Handwerk in den Klassen 8 und 9',
    summary:
      'In festen Praktikumswochen lernen Schülerinnen und Schüler der Klassen 8 und 9 mehrere Gewerke in Betrieben und Bildungszentren kennen.',
    area: 'fachkraefte',
    lead: 'khs',
    units: ['Innungen der Kreishandwerkerschaft', 'Schulverwaltungsamt', 'Bildungszentren der Handwerkskammer'],
    start: '2024-08-01',
    due: '2026-07-31',
    progress: 100,
    milestones: [
      ms('Erste Praktikumswoche', '2025-02-28', '2025-02-14'),
      ms('Praktikumswochen an 15 Schulen', '2026-07-31', '2026-07-16'),
    ],
    updates: [
      up('2024-08-22', 'in_progress', 'Das Konzept für Praktikumswochen ist mit dem Schulverwaltungsamt abgestimmt.'),
      up('2025-07-10', 'in_progress', 'Die ersten Praktikumswochen mit sechs Schulen sind durchgeführt.'),
      up(
        '2026-07-16',
        'completed',
        'Praktikumswochen an 15 Schulen etabliert; die Schulen übernehmen die Organisation künftig selbst.',
      ),
    ],
    tags: ['Ausbildung', 'Erlebnis Handwerk'],
    indicators: ['fk-schulen'],
  }),
  measure({
    id: 'FK-07',
    title: 'Einstiegsqualifizierung für Geflüchtete im Handwerk',
    summary:
      'Geflüchtete erhalten über Einstiegsqualifizierungen mit berufsbegleitender Sprachförderung einen Weg in eine Ausbildung im Handwerk.',
    area: 'fachkraefte',
    lead: 'stadt',
    units: [
      'Amt für Migration und Integration',
      'Jobcenter Düsseldorf',
      'Agentur für Arbeit Düsseldorf',
      'Ausbildungsberatung der Handwerkskammer',
    ],
    start: '2023-10-01',
    due: '2027-06-30',
    progress: 55,
    milestones: [
      ms('Sprachförderung berufsbegleitend organisiert', '2024-06-30', '2024-06-27'),
      ms('60 Einstiegsqualifizierungen', '2026-06-30', '2026-06-18'),
      ms('Übergänge in Ausbildung ausgewertet', '2027-06-30'),
    ],
    updates: [
      up('2023-10-19', 'in_progress', 'Kooperationsvereinbarung mit Jobcenter und Agentur für Arbeit geschlossen.'),
      up('2024-06-27', 'in_progress', 'Berufsbegleitende Sprachkurse in zwei Bildungszentren gestartet.'),
      up(
        '2026-06-18',
        'in_progress',
        '60 Einstiegsqualifizierungen erreicht; zwei Drittel der Teilnehmenden gehen in eine Ausbildung über.',
      ),
    ],
    tags: ['Ausbildung'],
    indicators: ['fk-ausbildung'],
  }),
  measure({
    id: 'FK-08',
    title: 'Kommunale Ergänzung der Meistergründungsprämie',
    summary: 'Die Landesprämie für Meistergründungen und Betriebsübernahmen soll um einen städtischen Zuschuss ergänzt werden.',
    area: 'fachkraefte',
    lead: 'wifoe',
    units: ['Amt für Wirtschaftsförderung', 'Stadtkämmerei'],
    start: '2024-11-01',
    due: '2027-12-31',
    progress: 5,
    milestones: [ms('Förderkonzept', '2026-12-31'), ms('Ratsbeschluss', '2027-06-30')],
    updates: [
      up('2024-11-21', 'planned', 'Prüfauftrag an die Wirtschaftsförderung erteilt.'),
      up('2025-09-25', 'planned', 'Das Förderkonzept liegt im Entwurf vor; die Finanzierung ist noch offen.'),
      up('2026-10-01', 'planned', 'Der Zuschuss ist für den Doppelhaushalt 2027/28 angemeldet.'),
    ],
  }),
  measure({
    id: 'FK-09',
    title: 'Betriebsnachfolge: Nachfolgebörse und Beratungstage',
    summary:
      'Inhaberinnen und Inhaber ohne Nachfolge werden früh angesprochen und mit Meisterinnen, Meistern und Gründungsinteressierten zusammengebracht.',
    area: 'fachkraefte',
    lead: 'hwk',
    units: ['Betriebsberatung der Handwerkskammer', 'Amt für Wirtschaftsförderung'],
    start: '2023-05-01',
    due: '2027-12-31',
    progress: 60,
    milestones: [
      ms('Erster Nachfolgetag', '2023-11-30', '2023-11-16'),
      ms('100 Nachfolgeberatungen', '2025-06-30', '2025-05-21'),
      ms('Nachfolgebörse mit Matching', '2027-06-30'),
    ],
    updates: [
      up('2023-05-24', 'in_progress', 'Die Ansprache von Betrieben mit Inhabern über 60 Jahren hat begonnen.'),
      up('2023-11-16', 'in_progress', 'Erster Nachfolgetag mit 80 Teilnehmenden.'),
      up('2025-05-21', 'in_progress', '100 Nachfolgeberatungen durchgeführt; 14 Übergaben wurden vermittelt.'),
      up('2026-09-09', 'in_progress', 'Die Anforderungen an eine Nachfolgebörse mit Matching sind beschrieben.'),
    ],
  }),
  measure({
    id: 'FK-10',
    title: 'Welcome-Service für ausländische Fachkräfte im Handwerk',
    summary:
      'Ein gemeinsamer Service begleitet Betriebe und ausländische Fachkräfte bei Visum, Anerkennung, Wohnungssuche und Ankommen.',
    area: 'fachkraefte',
    lead: 'stadt',
    units: ['Amt für Migration und Integration', 'Ausländerbehörde', 'Betriebsberatung der Handwerkskammer'],
    start: '2025-01-15',
    due: '2027-12-31',
    progress: 40,
    milestones: [
      ms('Gemeinsame Anlaufstelle', '2025-09-30', '2025-10-09'),
      ms('Beschleunigtes Fachkräfteverfahren für Handwerksbetriebe', '2026-12-31'),
    ],
    updates: [
      up('2025-02-06', 'in_progress', 'Die Abläufe zwischen Ausländerbehörde und Handwerkskammer sind aufgenommen.'),
      up('2025-10-09', 'in_progress', 'Die gemeinsame Anlaufstelle ist eröffnet.'),
      up(
        '2026-08-26',
        'in_progress',
        '45 Fachkräfte wurden begleitet; das beschleunigte Verfahren wird mit der Ausländerbehörde abgestimmt.',
      ),
    ],
  }),
  measure({
    // Planned at the 3rd Spitzengespräch, started in May 2026.
    id: 'FK-11',
    title: 'Weiterbildungsverbund Klimahandwerk',
    summary:
      'Betriebe, Innungen und Bildungszentren bündeln Weiterbildungen zu Wärmepumpen, Photovoltaik und Gebäudesanierung, damit die Wärmewende genug Fachleute hat.',
    area: 'fachkraefte',
    lead: 'khs',
    units: ['Innungen der Kreishandwerkerschaft', 'Bildungszentren der Handwerkskammer', 'Umweltamt'],
    start: '2025-09-01',
    due: '2027-12-31',
    progress: 15,
    milestones: [
      ms('Förderzusage', '2026-04-30', '2026-05-07'),
      ms('Erste Kursreihe abgeschlossen', '2026-12-31'),
      ms('300 Teilnehmende', '2027-12-31'),
    ],
    updates: [
      up('2025-09-18', 'planned', 'Der Förderantrag für den Weiterbildungsverbund ist gestellt.'),
      up('2026-05-07', 'in_progress', 'Förderzusage erhalten; die ersten Kurse zu Wärmepumpen starten.'),
      up('2026-10-21', 'in_progress', 'Vier Kurse laufen mit 68 Teilnehmenden aus 41 Betrieben.'),
    ],
    tags: ['Wärmeplanung', 'Klimaschutz', 'Ausbildung'],
  }),
  measure({
    // Stale on purpose.
    id: 'FK-12',
    title: 'Elternabende „Karriere im Handwerk“',
    summary:
      'An Elternabenden stellen Betriebe und Auszubildende Ausbildungswege, Verdienst und Aufstiegschancen im Handwerk vor.',
    area: 'fachkraefte',
    lead: 'khs',
    units: ['Innungen der Kreishandwerkerschaft', 'Schulverwaltungsamt'],
    start: '2025-10-01',
    due: '2027-06-30',
    progress: 5,
    milestones: [ms('Konzept', '2025-12-31', '2025-12-11'), ms('Erste Elternabende', '2026-11-30')],
    updates: [
      up('2025-10-16', 'planned', 'Die Idee aus dem Arbeitskreis Fachkräfte ist aufgegriffen; Partnerschulen werden angefragt.'),
      up('2025-12-11', 'planned', 'Das Konzept liegt vor; die ersten Elternabende sind ab dem Schuljahr 2026/27 geplant.'),
    ],
    tags: ['Ausbildung', 'Erlebnis Handwerk'],
  }),
  measure({
    // Added after the 3rd Spitzengespräch: absent from the 2026 snapshot, counts as added and started.
    id: 'FK-13',
    title: 'EuroSkills 2027: Besuchsprogramm für Schulklassen',
    summary:
      'Schulklassen besuchen die Wettbewerbe der EuroSkills 2027, vorbereitet durch Werkstatttage in Düsseldorfer Betrieben.',
    area: 'fachkraefte',
    lead: 'hwk',
    units: ['Ausbildungsberatung der Handwerkskammer', 'Schulverwaltungsamt', 'Innungen der Kreishandwerkerschaft'],
    start: '2026-04-01',
    due: '2027-12-31',
    progress: 20,
    milestones: [
      ms('Anmeldung für Schulen geöffnet', '2026-10-31', '2026-10-29'),
      ms('Werkstatttage in Betrieben', '2027-06-30'),
    ],
    updates: [
      up(
        '2026-04-09',
        'in_progress',
        'Programm nach dem dritten Spitzengespräch aufgesetzt; Abstimmung mit dem Schulverwaltungsamt.',
      ),
      up('2026-10-29', 'in_progress', 'Die Anmeldung für Schulen ist geöffnet; 24 Schulen haben Interesse bekundet.'),
    ],
    tags: ['EuroSkills 2027', 'Erlebnis Handwerk', 'Ausbildung'],
    indicators: ['fk-schulen', 'fk-euroskills'],
  }),
];

const infrastruktur: Measure[] = [
  measure({
    id: 'IN-01',
    title: 'Sondervermögen des Bundes: Bauvorhaben bündeln',
    summary:
      'Städtische Bau- und Sanierungsvorhaben, die aus dem Sondervermögen des Bundes finanziert werden können, werden gebündelt, priorisiert und für regionale Betriebe planbar gemacht.',
    area: 'infrastruktur',
    lead: 'stadt',
    units: ['Stadtkämmerei', 'Amt für Gebäudemanagement', 'Amt für Verkehrsmanagement', 'Amt für Wirtschaftsförderung'],
    start: '2025-04-01',
    due: '2027-12-31',
    progress: 30,
    milestones: [
      ms('Projektliste', '2025-09-30', '2025-09-24'),
      ms('Mittelanmeldung beim Land', '2026-06-30', '2026-06-30'),
      ms('Erste Vergaben', '2027-03-31'),
    ],
    updates: [
      up('2025-04-17', 'in_progress', 'Die Arbeitsgruppe Sondervermögen in der Stadtkämmerei ist eingerichtet.'),
      up('2025-09-24', 'in_progress', 'Projektliste mit 46 Vorhaben in Schulen, Straßen und Brücken erstellt.'),
      up('2026-02-05', 'in_progress', 'Die Projektliste ist für das dritte Spitzengespräch mit den Kammern abgestimmt.'),
      up('2026-10-29', 'in_progress', 'Die Mittel sind beim Land angemeldet; die ersten Ausschreibungen werden vorbereitet.'),
    ],
    tags: ['Sondervermögen', 'Vergabe'],
    indicators: ['in-fachlose'],
  }),
  measure({
    id: 'IN-02',
    title: 'Vergabe mittelstandsfreundlich: Fach- und Teillose als Regel',
    summary:
      'Städtische Bauaufträge werden grundsätzlich in Fach- und Teillosen ausgeschrieben, damit sich auch kleinere Handwerksbetriebe bewerben können.',
    area: 'infrastruktur',
    lead: 'stadt',
    units: ['Zentrale Vergabestelle', 'Rechtsamt', 'Amt für Gebäudemanagement'],
    start: '2023-03-15',
    due: '2024-12-31',
    progress: 100,
    milestones: [
      ms('Vergabepraxis ausgewertet', '2023-09-30', '2023-10-05'),
      ms('Dienstanweisung geändert', '2024-12-31', '2024-12-12'),
    ],
    updates: [
      up('2023-04-13', 'in_progress', 'Die Auswertung der Vergaben 2021 und 2022 nach Losgrößen ist beauftragt.'),
      up('2023-10-05', 'in_progress', 'Die Auswertung zeigt Spielraum für kleinere Lose bei den Ausbaugewerken.'),
      up(
        '2024-12-12',
        'completed',
        'Dienstanweisung geändert: Fach- und Teillose sind der Regelfall, Ausnahmen müssen begründet werden.',
      ),
      up('2026-06-23', 'completed', 'Der Anteil der Fach- und Teillose liegt inzwischen bei rund drei Vierteln der Bauvergaben.'),
    ],
    tags: ['Vergabe'],
    indicators: ['in-fachlose'],
  }),
  measure({
    id: 'IN-03',
    title: 'Digitale Vergabe von Kleinaufträgen an Handwerksbetriebe',
    summary:
      'Kleinaufträge unterhalb der Wertgrenzen werden über eine Plattform vergeben, auf der sich Handwerksbetriebe einmal registrieren und passende Anfragen erhalten.',
    area: 'infrastruktur',
    lead: 'stadt',
    units: ['Zentrale Vergabestelle', 'Amt für Informations- und Kommunikationstechnik'],
    start: '2024-02-01',
    due: '2025-09-30',
    progress: 100,
    milestones: [ms('Plattform ausgewählt', '2024-09-30', '2024-08-29'), ms('Regelbetrieb', '2025-09-30', '2025-08-21')],
    updates: [
      up('2024-02-22', 'in_progress', 'Markterkundung für eine Kleinauftragsplattform gestartet.'),
      up('2024-08-29', 'in_progress', 'Plattform ausgewählt; die Registrierung für Betriebe ist geöffnet.'),
      up('2025-08-21', 'completed', 'Regelbetrieb: Alle Ämter vergeben Kleinaufträge über die Plattform.'),
      up('2026-07-22', 'completed', 'Über 900 Handwerksbetriebe sind registriert, rund 60 Prozent davon aus Düsseldorf.'),
    ],
    tags: ['Vergabe', 'Digitalisierung'],
  }),
  measure({
    // Completed after the 3rd Spitzengespräch.
    id: 'IN-04',
    title: 'Kommunale Wärmeplanung: Handwerk frühzeitig einbinden',
    summary:
      'Das Handwerk ist im Beteiligungsverfahren der kommunalen Wärmeplanung vertreten, damit sich Betriebe früh auf Wärmenetze und Wärmepumpen einstellen können.',
    area: 'infrastruktur',
    lead: 'stadt',
    units: ['Umweltamt', 'Stadtplanungsamt', 'Stadtwerke Düsseldorf'],
    start: '2023-10-01',
    due: '2026-06-30',
    progress: 100,
    milestones: [
      ms('Handwerk im Fachbeirat Wärmeplanung', '2024-03-31', '2024-02-29'),
      ms('Entwurf des Wärmeplans mit den Innungen erörtert', '2025-10-31', '2025-11-06'),
      ms('Ratsbeschluss zum Wärmeplan', '2026-06-30', '2026-06-25'),
    ],
    updates: [
      up(
        '2023-10-26',
        'in_progress',
        'Kreishandwerkerschaft und Handwerkskammer sind in die Lenkungsgruppe Wärmeplanung berufen.',
      ),
      up('2024-02-29', 'in_progress', 'Das Handwerk ist im Fachbeirat Wärmeplanung vertreten.'),
      up('2025-11-06', 'in_progress', 'Der Entwurf des Wärmeplans ist mit den Innungen SHK und Elektro erörtert.'),
      up(
        '2026-06-25',
        'completed',
        'Der Rat hat den Wärmeplan beschlossen; die Eignungsgebiete sind für Betriebe online abrufbar.',
      ),
    ],
    tags: ['Wärmeplanung', 'Klimaschutz'],
    indicators: ['in-waerme'],
  }),
  measure({
    id: 'IN-05',
    title: 'Baustellenmanagement: Erreichbarkeit von Betrieben sichern',
    summary:
      'Bei größeren Straßenbaustellen werden betroffene Betriebe früh informiert, Zufahrten gesichert und Bauabläufe mit ihnen abgestimmt.',
    area: 'infrastruktur',
    lead: 'stadt',
    units: ['Amt für Verkehrsmanagement', 'Stadtentwässerungsbetrieb', 'Amt für Wirtschaftsförderung'],
    start: '2023-09-01',
    due: '2027-06-30',
    progress: 55,
    milestones: [
      ms('Standard für Betriebsinformationen', '2024-06-30', '2024-07-04'),
      ms('Baustellenlotsen bei Großbaustellen', '2026-06-30', '2026-05-28'),
      ms('Evaluation', '2027-06-30'),
    ],
    updates: [
      up('2023-09-28', 'in_progress', 'Ein Standard für die Information betroffener Betriebe wird erarbeitet.'),
      up('2024-07-04', 'in_progress', 'Der Standard gilt für alle Baustellen, die länger als drei Monate dauern.'),
      up('2026-05-28', 'in_progress', 'Baustellenlotsen begleiten die drei größten Straßenbaustellen.'),
    ],
    indicators: ['in-aufbruch'],
  }),
  measure({
    // Became delayed after the 3rd Spitzengespräch.
    id: 'IN-06',
    title: 'Schulbauprogramm: Ausschreibungen in handwerksgerechten Losgrößen',
    summary:
      'Sanierungen und Erweiterungen von Schulen werden so ausgeschrieben, dass regionale Handwerksbetriebe einzelne Gewerke übernehmen können.',
    area: 'infrastruktur',
    lead: 'stadt',
    units: ['Amt für Gebäudemanagement', 'Zentrale Vergabestelle', 'Schulverwaltungsamt'],
    start: '2024-06-01',
    due: '2027-06-30',
    progress: 40,
    milestones: [
      ms('Losbildung für das Schulbauprogramm festgelegt', '2025-03-31', '2025-03-27'),
      ms('Zehn Schulprojekte in Fachlosen ausgeschrieben', '2026-06-30'),
      ms('Auswertung der Zuschläge', '2027-06-30'),
    ],
    updates: [
      up('2024-06-26', 'in_progress', 'Die Losbildung für das Schulbauprogramm ist mit den Kammern besprochen.'),
      up('2025-03-27', 'in_progress', 'Losbildung festgelegt; die ersten Schulprojekte sind in Fachlosen ausgeschrieben.'),
      up(
        '2026-08-20',
        'delayed',
        'Wegen fehlender Planungskapazitäten verschieben sich mehrere Ausschreibungen; bisher sind sechs von zehn Projekten ausgeschrieben.',
      ),
    ],
    tags: ['Vergabe', 'Sondervermögen'],
    indicators: ['in-fachlose'],
  }),
  measure({
    id: 'IN-07',
    title: 'Glasfaseranschluss für Handwerksbetriebe in Gewerbegebieten',
    summary:
      'Gewerbegebiete mit vielen Handwerksbetrieben werden beim Glasfaserausbau vorgezogen; Betriebe erhalten Beratung zum Anschluss.',
    area: 'infrastruktur',
    lead: 'wifoe',
    units: ['Amt für Wirtschaftsförderung', 'Breitbandkoordination der Stadt'],
    start: '2023-06-01',
    due: '2026-12-31',
    progress: 75,
    milestones: [
      ms('Ausbaugebiete festgelegt', '2023-12-31', '2023-12-07'),
      ms('Acht Gewerbegebiete erschlossen', '2025-12-31', '2025-12-18'),
      ms('Alle Gewerbegebiete mit Handwerksschwerpunkt erschlossen', '2026-12-31'),
    ],
    updates: [
      up('2023-06-29', 'in_progress', 'Gewerbegebiete mit Handwerksschwerpunkt sind für den Ausbau priorisiert.'),
      up('2025-12-18', 'in_progress', 'Acht Gewerbegebiete sind erschlossen.'),
      up(
        '2026-09-03',
        'in_progress',
        'Der Ausbau in den letzten drei Gebieten läuft; der Abschluss wird zum Jahresende erwartet.',
      ),
    ],
    tags: ['Digitalisierung'],
  }),
  measure({
    id: 'IN-08',
    title: 'Wärmewende-Beratung durch das SHK- und Elektrohandwerk',
    summary:
      'Innungsbetriebe beraten Hausbesitzende in Stadtteilaktionen zu Wärmepumpen und zum Anschluss an Wärmenetze; die Stadt stellt Räume und Öffentlichkeitsarbeit.',
    area: 'infrastruktur',
    lead: 'khs',
    units: ['Innungen der Kreishandwerkerschaft', 'Umweltamt', 'Bezirksverwaltungsstellen'],
    start: '2024-03-01',
    due: '2027-12-31',
    progress: 50,
    milestones: [
      ms('Erste Stadtteilaktion', '2024-09-30', '2024-09-21'),
      ms('Aktionen in allen zehn Stadtbezirken', '2026-12-31'),
      ms('Verstetigung', '2027-12-31'),
    ],
    updates: [
      up('2024-03-27', 'in_progress', 'Das Beratungskonzept ist mit den Innungen SHK und Elektro erarbeitet.'),
      up('2024-09-21', 'in_progress', 'Erste Stadtteilaktion in Gerresheim mit über 200 Besuchenden.'),
      up(
        '2026-06-30',
        'in_progress',
        'Aktionen in sieben von zehn Stadtbezirken durchgeführt; 238 Betriebe haben sich beteiligt.',
      ),
    ],
    tags: ['Wärmeplanung', 'Klimaschutz'],
    indicators: ['in-waerme'],
  }),
  measure({
    id: 'IN-09',
    title: 'Aufbruch- und Sondernutzungsgenehmigungen digital beantragen',
    summary:
      'Betriebe beantragen Genehmigungen für Aufbrüche, Gerüste und Container im Straßenraum online und erhalten den Bescheid digital.',
    area: 'infrastruktur',
    lead: 'stadt',
    units: ['Amt für Verkehrsmanagement', 'Amt für Informations- und Kommunikationstechnik'],
    start: '2024-05-01',
    due: '2026-03-31',
    progress: 40,
    milestones: [
      ms('Fachverfahren ausgewählt', '2024-12-31', '2024-11-21'),
      ms('Onlineantrag für Gerüste und Container', '2025-09-30'),
      ms('Onlineantrag für Aufbrüche', '2026-03-31'),
    ],
    updates: [
      up('2024-05-23', 'in_progress', 'Anforderungen mit Betrieben des Bau- und Ausbauhandwerks erhoben.'),
      up('2024-11-21', 'in_progress', 'Fachverfahren ausgewählt; die Anbindung an das Serviceportal ist beauftragt.'),
      up(
        '2025-10-16',
        'delayed',
        'Die Schnittstelle des Fachverfahrens verzögert sich beim Hersteller; der Onlineantrag startet später.',
      ),
      up(
        '2026-09-24',
        'delayed',
        'Der Testbetrieb für Gerüste und Container läuft; für Aufbrüche gibt es noch keinen verlässlichen Termin.',
      ),
    ],
    tags: ['Digitalisierung'],
    indicators: ['in-aufbruch'],
  }),
  measure({
    id: 'IN-10',
    title: 'Städtische Rechnungen binnen 30 Tagen bezahlen',
    summary:
      'Rechnungen von Handwerksbetrieben werden digital eingereicht und innerhalb von 30 Tagen bezahlt; Abschlagszahlungen werden beschleunigt.',
    area: 'infrastruktur',
    lead: 'stadt',
    units: ['Stadtkämmerei', 'Stadtkasse', 'Amt für Gebäudemanagement'],
    start: '2023-05-01',
    due: '2024-06-30',
    progress: 100,
    milestones: [
      ms('E-Rechnung für alle Ämter', '2024-01-31', '2024-01-30'),
      ms('Zahlungsziel von 30 Tagen erreicht', '2024-06-30', '2024-07-11'),
    ],
    updates: [
      up('2023-05-17', 'in_progress', 'Die Durchlaufzeiten von Rechnungen sind in allen Ämtern erhoben.'),
      up('2024-01-30', 'in_progress', 'Die E-Rechnung ist für alle Ämter eingeführt.'),
      up('2024-07-11', 'completed', 'Zahlungsziel erreicht: 94 Prozent der Rechnungen werden binnen 30 Tagen bezahlt.'),
      up('2026-07-09', 'completed', 'Kontrolle 2026: Der Wert liegt stabil über 90 Prozent.'),
    ],
    tags: ['Vergabe', 'Digitalisierung'],
  }),
  measure({
    id: 'IN-11',
    title: 'Auftragsvorschau für Handwerksbetriebe veröffentlichen',
    summary:
      'Eine jährlich aktualisierte Vorschau zeigt, welche städtischen Bau- und Instandhaltungsaufträge in den nächsten zwei Jahren ausgeschrieben werden – einschließlich der Vorhaben aus dem Sondervermögen.',
    area: 'infrastruktur',
    lead: 'stadt',
    units: ['Zentrale Vergabestelle', 'Amt für Gebäudemanagement', 'Stadtkämmerei'],
    start: '2025-12-01',
    due: '2027-06-30',
    progress: 5,
    milestones: [
      ms('Datengrundlage aus der Projektliste Sondervermögen', '2026-12-31'),
      ms('Erste Auftragsvorschau veröffentlicht', '2027-03-31'),
    ],
    updates: [
      up(
        '2025-12-11',
        'planned',
        'Auf Wunsch der Kammern aufgenommen; die Umsetzung beginnt, sobald die Projektliste Sondervermögen steht.',
      ),
      up(
        '2026-06-18',
        'planned',
        'Das Format ist mit Handwerkskammer und Kreishandwerkerschaft abgestimmt; die Veröffentlichung ist für Frühjahr 2027 geplant.',
      ),
    ],
    tags: ['Sondervermögen', 'Vergabe'],
  }),
  measure({
    // Stale on purpose; the state programme it depends on was suspended.
    id: 'IN-12',
    title: 'Klimaschutzberatung für Betriebe im Haus des Handwerks',
    summary:
      'Eine gemeinsame Beratungsstelle soll Betriebe zu Energieeffizienz, Förderprogrammen und betrieblichem Klimaschutz beraten.',
    area: 'infrastruktur',
    lead: 'hwk',
    units: ['Betriebsberatung der Handwerkskammer', 'Umweltamt'],
    start: '2024-04-01',
    due: '2026-12-31',
    progress: 20,
    milestones: [ms('Beratungskonzept', '2024-12-31', '2024-12-19'), ms('Beratungsstelle eröffnet', '2026-06-30')],
    updates: [
      up('2024-04-25', 'in_progress', 'Das Beratungskonzept wird mit dem Umweltamt abgestimmt.'),
      up('2024-12-19', 'in_progress', 'Das Konzept ist fertig; der Förderantrag beim Land ist gestellt.'),
      up(
        '2026-01-15',
        'on_hold',
        'Das Förderprogramm des Landes wurde ausgesetzt; das Vorhaben ruht bis zu einer neuen Förderrunde.',
      ),
    ],
    tags: ['Klimaschutz'],
  }),
  measure({
    // Added after the 3rd Spitzengespräch and still planned: counts as added, not as started.
    id: 'IN-13',
    title: 'Rahmenverträge für die Instandhaltung städtischer Gebäude mit regionalen Betrieben',
    summary:
      'Für die Instandhaltung von Schulen und Verwaltungsgebäuden sollen Rahmenverträge nach Gewerken und Stadtbezirken ausgeschrieben werden, damit regionale Betriebe zum Zug kommen.',
    area: 'infrastruktur',
    lead: 'stadt',
    units: ['Amt für Gebäudemanagement', 'Zentrale Vergabestelle'],
    start: '2026-09-01',
    due: '2027-12-31',
    progress: 0,
    milestones: [ms('Bedarfserhebung in den Ämtern', '2027-03-31'), ms('Ausschreibung der Rahmenverträge', '2027-09-30')],
    updates: [
      up(
        '2026-09-10',
        'planned',
        'Im Nachgang zum dritten Spitzengespräch vereinbart; die Bedarfserhebung in den Ämtern beginnt im Januar 2027.',
      ),
    ],
    tags: ['Vergabe', 'Sondervermögen'],
  }),
];

export const seedMeasures: Measure[] = [...gewerbeflaechen, ...handwerkerhoefe, ...mobilitaet, ...fachkraefte, ...infrastruktur];

// ---------------------------------------------------------------------------------------------
// Meetings (Spitzengespräche)
// ---------------------------------------------------------------------------------------------

const PLACE = 'Rathaus Düsseldorf';
const PARTICIPANTS = [
  'Landeshauptstadt Düsseldorf (Oberbürgermeister)',
  'Handwerkskammer Düsseldorf',
  'Kreishandwerkerschaft Düsseldorf',
  'Wirtschaftsförderung Düsseldorf',
];

const STADT = 'Landeshauptstadt Düsseldorf';
const HWK = 'Handwerkskammer Düsseldorf';
const KH = 'Kreishandwerkerschaft Düsseldorf';
const WIFOE = 'Wirtschaftsförderung Düsseldorf';

export const seedMeetings: Meeting[] = [
  {
    // The date of the 1st meeting is not public; the whole record is illustrative.
    id: 'sg-2024',
    number: 1,
    date: '2024-02-21',
    place: PLACE,
    title: '1. Spitzengespräch Masterplan Handwerk',
    participants: PARTICIPANTS,
    topics: [
      'Gewerbeflächenkonzept',
      'Bedarfsanalyse Handwerkerhöfe',
      'Handwerkerparkausweis',
      'Berufsorientierung und „Erlebnis Handwerk“',
      'Genehmigungsverfahren',
    ],
    agreements: [
      {
        id: 'sg-2024-a1',
        text: 'Die Fortschreibung des Gewerbeflächenkonzepts mit Handwerksvorbehaltsflächen wird bis Ende 2024 dem Rat vorgelegt.',
        owner: STADT,
        due: '2024-12-31',
        measureIds: ['GF-01'],
        status: 'done',
      },
      {
        id: 'sg-2024-a2',
        text: 'Die Ergebnisse der Bedarfsanalyse werden gemeinsam ausgewertet und ein Pilotstandort für einen Handwerkerhof benannt.',
        owner: HWK,
        due: '2024-09-30',
        measureIds: ['HH-02', 'HH-01'],
        status: 'done',
      },
      {
        id: 'sg-2024-a3',
        text: 'Der Handwerkerparkausweis wird bis zum Herbst 2024 vollständig digital beantragbar.',
        owner: STADT,
        due: '2024-09-30',
        measureIds: ['MO-01'],
        status: 'done',
      },
      {
        id: 'sg-2024-a4',
        text: '„Erlebnis Handwerk“ wird auf mindestens 20 Schulen ausgeweitet.',
        owner: KH,
        due: '2025-07-31',
        measureIds: ['FK-01'],
        status: 'done',
      },
      {
        id: 'sg-2024-a5',
        text: 'Genehmigungslotsen für gewerbliche Bauvorhaben nehmen bis Mitte 2024 die Arbeit auf.',
        owner: STADT,
        due: '2024-06-30',
        measureIds: ['GF-04'],
        status: 'done',
      },
    ],
    snapshot: snapshotAt(seedMeasures, '2024-02-21'),
    illustrative: true,
  },
  {
    id: 'sg-2025',
    number: 2,
    date: '2025-02-03',
    place: PLACE,
    title: '2. Spitzengespräch Masterplan Handwerk',
    participants: PARTICIPANTS,
    topics: [
      'Pilot-Handwerkerhof Reisholz',
      'EuroSkills 2027',
      'Wirtschaftsverkehr und Parken',
      'Vergabe und Zahlungsziele',
      'Kommunale Wärmeplanung',
    ],
    agreements: [
      {
        id: 'sg-2025-a1',
        text: 'Die Konzeptvergabe für den Pilot-Handwerkerhof Reisholz wird bis Mitte 2026 abgeschlossen.',
        owner: STADT,
        due: '2026-06-30',
        measureIds: ['HH-01'],
        status: 'done',
      },
      {
        id: 'sg-2025-a2',
        text: 'Für die EuroSkills 2027 startet ein Begleitprogramm mit eigener Anmeldung für Düsseldorfer Betriebe.',
        owner: HWK,
        due: '2025-10-31',
        measureIds: ['FK-02'],
        status: 'done',
      },
      {
        id: 'sg-2025-a3',
        text: 'Das Handwerk wird am Entwurf des Wärmeplans beteiligt; die Innungen SHK und Elektro beraten in den Stadtteilen.',
        owner: KH,
        due: '2025-12-31',
        measureIds: ['IN-04', 'IN-08'],
        status: 'done',
      },
      {
        id: 'sg-2025-a4',
        text: 'Zwanzig zusätzliche Liefer- und Ladezonen werden geprüft und eingerichtet.',
        owner: STADT,
        due: '2026-06-30',
        measureIds: ['MO-03'],
        status: 'done',
      },
      {
        id: 'sg-2025-a5',
        text: 'Für das Azubiwohnheim wird die Förderung beim Land gesichert.',
        owner: STADT,
        due: '2025-12-31',
        measureIds: ['FK-04'],
        status: 'in_progress',
      },
    ],
    snapshot: snapshotAt(seedMeasures, '2025-02-03'),
    illustrative: false,
  },
  {
    id: 'sg-2026',
    number: 3,
    date: '2026-02-18',
    place: PLACE,
    title: '3. Spitzengespräch Masterplan Handwerk',
    participants: PARTICIPANTS,
    // The topics named in the city's press release of 18 Feb 2026.
    topics: [
      'Sondervermögen des Bundes',
      'Handwerkerhöfe',
      'Fachkräfte und „Erlebnis Handwerk“',
      'EuroSkills 2027',
      'Infrastrukturmaßnahmen',
      'Gewerbeflächen',
      'Mobilität',
    ],
    agreements: [
      {
        id: 'sg-2026-a1',
        text: 'Stadt und Kammern stimmen eine Liste handwerksrelevanter Bauvorhaben aus dem Sondervermögen des Bundes ab und veröffentlichen eine Auftragsvorschau.',
        owner: STADT,
        due: '2027-03-31',
        measureIds: ['IN-01', 'IN-11'],
        status: 'in_progress',
      },
      {
        id: 'sg-2026-a2',
        text: 'Die Standorte Flingern-Nord und Rath für weitere Handwerkerhöfe werden vorrangig geklärt.',
        owner: STADT,
        due: '2026-12-31',
        measureIds: ['HH-06', 'HH-09'],
        status: 'in_progress',
      },
      {
        id: 'sg-2026-a3',
        text: '„Erlebnis Handwerk“ lädt im Schuljahr 2026/27 alle weiterführenden Schulen ein.',
        owner: KH,
        due: '2027-07-31',
        measureIds: ['FK-01'],
        status: 'in_progress',
      },
      {
        id: 'sg-2026-a4',
        text: 'Zur EuroSkills 2027 wird ein Besuchsprogramm für Schulklassen aufgelegt.',
        owner: HWK,
        due: '2026-10-31',
        measureIds: ['FK-13', 'FK-02'],
        status: 'done',
      },
      {
        id: 'sg-2026-a5',
        text: 'Leerstehende Gewerbeimmobilien werden systematisch erfasst und Handwerksbetrieben angeboten.',
        owner: WIFOE,
        due: '2026-09-30',
        measureIds: ['GF-13'],
        status: 'done',
      },
      {
        id: 'sg-2026-a6',
        text: 'Das überarbeitete Gebührenmodell für den Handwerkerparkausweis wird dem Rat vorgelegt.',
        owner: STADT,
        due: '2026-12-31',
        measureIds: ['MO-12'],
        status: 'open',
      },
    ],
    snapshot: snapshotAt(seedMeasures, '2026-02-18'),
    illustrative: false,
  },
];
