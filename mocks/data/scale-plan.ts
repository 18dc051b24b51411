/**
 * A generated plan of up to 10,000 measures for the `scale-N` mock scenario: it exists to test
 * lists, filters, charts and the deck under load, not to read well. It is deterministic (a seeded
 * PRNG, no Math.random, no Date.now) so that a screenshot, a bug report or a test can name
 * `scale-10000` and everyone sees the same data. It must stay fast, because the mock regenerates
 * it whenever the scale changes: plain loops, integer day arithmetic, no Date objects per measure.
 */
import type { Indicator, Measure, MeasureStatus, MeasureUpdate, Meeting, Milestone, Plan, WorkArea } from '../../src/api/schemas';
import { SEED_DATA_DATE, SEED_TAGS, seedIndicators, seedMeetings, seedPlan, snapshotAt } from './seed-plan';

/** mulberry32: a tiny 32-bit PRNG, good enough for test data and identical on every engine. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Rng {
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element; the lists below are non-empty constants, so `pick` never sees an empty list. */
  pick<T>(items: readonly [T, ...T[]]): T;
  chance(probability: number): boolean;
}

function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    int,
    pick: <T>(items: readonly [T, ...T[]]): T => items[int(0, items.length - 1)] ?? items[0],
    chance: (probability) => next() < probability,
  };
}

// --- Day arithmetic on integers (days since 1970-01-01), cheaper than Date objects in a hot loop ---

function dayOf(isoDay: string): number {
  const [y = 1970, m = 1, d = 1] = isoDay.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Days since the epoch to `YYYY-MM-DD` (proleptic Gregorian civil-date arithmetic). */
function computeIso(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/**
 * Generated dates fall into a window of about 1,900 days, but 10,000 measures format ~100,000 of
 * them; memoising the string per day halves the generator's run time.
 */
const isoCache = new Map<number, string>();
function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = computeIso(day);
    isoCache.set(day, iso);
  }
  return iso;
}

const DATA_DAY = dayOf(SEED_DATA_DATE);
const FIRST_START = dayOf('2023-03-01');
const LAST_START = dayOf('2026-10-31');
const LAST_DUE = dayOf('2027-12-31');

// --- Word lists (with umlauts on purpose: sorting, search and CSV export must handle them) ---

const OBJECTS = [
  'Gewerbehof',
  'Werkstattflächen',
  'Lieferzonen',
  'Ladepunkte für Nutzfahrzeuge',
  'Ausbildungsbörse',
  'Schulkooperation',
  'Vergabeverfahren',
  'Wärmeplanung',
  'Glasfaseranschluss',
  'Baustellenlogistik',
  'Meisterschulung',
  'Lastenradflotte',
  'Fördermittelberatung',
  'Flächenreserve',
  'Gründungsberatung',
  'Betriebsübergabe',
  'Photovoltaik auf Hallendächern',
  'Azubiwohnungen',
] as const;

const DISTRICTS = [
  'Altstadt',
  'Bilk',
  'Oberbilk',
  'Flingern',
  'Düsseltal',
  'Gerresheim',
  'Benrath',
  'Reisholz',
  'Eller',
  'Lierenfeld',
  'Heerdt',
  'Lörick',
  'Oberkassel',
  'Kaiserswerth',
  'Rath',
  'Unterrath',
  'Golzheim',
  'Wersten',
  'Holthausen',
  'Garath',
  'Mörsenbroich',
  'Derendorf',
  'Pempelfort',
  'Friedrichstadt',
  'Grafenberg',
  'Urdenbach',
] as const;

const ACTIONS = [
  'prüfen',
  'ausbauen',
  'einrichten',
  'beschleunigen',
  'sichern',
  'fördern',
  'digitalisieren',
  'ausschreiben',
  'erweitern',
  'verstetigen',
  'abstimmen',
  'bündeln',
] as const;

const UNITS = [
  'Amt für Wirtschaftsförderung',
  'Stadtplanungsamt',
  'Amt für Verkehrsmanagement',
  'Liegenschaftsamt',
  'Schulverwaltungsamt',
  'Agentur für Arbeit Düsseldorf',
  'Bauaufsichtsamt',
  'Umweltamt',
  'Zentrale Vergabestelle',
  'Stadtkämmerei',
] as const;

const TAGS = SEED_TAGS;

// Roughly the seed's mix, so charts look similar at scale.
const STATUS_WEIGHTS: ReadonlyArray<readonly [MeasureStatus, number]> = [
  ['completed', 0.28],
  ['in_progress', 0.44],
  ['delayed', 0.12],
  ['planned', 0.11],
  ['on_hold', 0.05],
];
const ALL_STATUSES: readonly MeasureStatus[] = ['completed', 'in_progress', 'delayed', 'planned', 'on_hold'];

function pickStatus(rng: Rng, index: number): MeasureStatus {
  // The first five cover every status, so even `scale-5` shows all of them.
  const forced = ALL_STATUSES[index];
  if (forced !== undefined) return forced;
  let roll = rng.int(0, 9999) / 10_000;
  for (const [status, weight] of STATUS_WEIGHTS) {
    if (roll < weight) return status;
    roll -= weight;
  }
  return 'in_progress';
}

/** The sequence of `statusAfter` values a measure went through to reach `status`. */
function historyFor(status: MeasureStatus, rng: Rng): MeasureStatus[] {
  switch (status) {
    case 'planned':
      return rng.chance(0.5) ? ['planned'] : ['planned', 'planned'];
    case 'in_progress':
      return rng.chance(0.15) ? ['in_progress', 'delayed', 'in_progress'] : ['in_progress', 'in_progress'];
    case 'delayed':
      return ['in_progress', 'delayed'];
    case 'on_hold':
      return ['in_progress', 'on_hold'];
    case 'completed':
      return rng.chance(0.3) ? ['in_progress', 'in_progress', 'completed'] : ['in_progress', 'completed'];
  }
}

const UPDATE_TEXT: Record<MeasureStatus, string> = {
  planned: 'Vorbereitung läuft; der Start ist terminiert.',
  in_progress: 'Umsetzung läuft planmäßig; nächste Schritte sind mit den Partnern abgestimmt.',
  delayed: 'Zeitplan verschiebt sich; Gründe und neue Termine werden mit den Partnern geklärt.',
  on_hold: 'Maßnahme ruht vorübergehend, bis Rahmenbedingungen geklärt sind.',
  completed: 'Maßnahme abgeschlossen; Ergebnisse sind dokumentiert.',
};

function progressFor(status: MeasureStatus, rng: Rng): number {
  switch (status) {
    case 'completed':
      return 100;
    case 'planned':
      return rng.int(0, 5);
    case 'in_progress':
      return rng.int(10, 90);
    case 'delayed':
      return rng.int(10, 70);
    case 'on_hold':
      return rng.int(10, 60);
  }
}

function pad5(n: number): string {
  return String(n).padStart(5, '0');
}

/**
 * `n` deterministic measures (1 … 10,000 in practice) spread evenly over `workAreas`.
 * `indicators` defaults to the seed's, so generated measures link to indicators that the scaled
 * dataset (which keeps the seed's indicators) actually serves; areas without indicators get none.
 */
export function generateScaledMeasures(
  n: number,
  workAreas: WorkArea[],
  partners: Plan['partners'],
  indicators: readonly Indicator[] = seedIndicators,
): Measure[] {
  return runToEnd(scaledMeasureSteps(n, workAreas, partners, indicators));
}

/** Measures generated between two pauses of `scaledMeasureSteps`: ~10 ms on a laptop. */
const MEASURES_PER_STEP = 1000;

/**
 * `generateScaledMeasures` as steps: the generator pauses every 1,000 measures, so the mock in the
 * browser can generate 10,000 in short tasks (issues 8 and 12: no task over 200 ms); the result
 * is the same, since the one PRNG simply continues after a pause.
 */
export function* scaledMeasureSteps(
  n: number,
  workAreas: WorkArea[],
  partners: Plan['partners'],
  indicators: readonly Indicator[] = seedIndicators,
): Generator<void, Measure[]> {
  const firstArea = workAreas[0];
  const firstPartner = partners[0];
  if (n <= 0 || firstArea === undefined || firstPartner === undefined) return [];
  const areas: readonly [WorkArea, ...WorkArea[]] = [firstArea, ...workAreas.slice(1)];
  const partnerIds: readonly [string, ...string[]] = [firstPartner.id, ...partners.slice(1).map((p) => p.id)];
  const indicatorsByArea = new Map<string, string[]>();
  for (const indicator of indicators) {
    const list = indicatorsByArea.get(indicator.workAreaId) ?? [];
    list.push(indicator.id);
    indicatorsByArea.set(indicator.workAreaId, list);
  }

  const rng = createRng(0x4d48_2026);
  const measures: Measure[] = new Array<Measure>(n);
  for (let i = 0; i < n; i += 1) {
    if (i > 0 && i % MEASURES_PER_STEP === 0) yield;
    const area = areas[i % areas.length] ?? firstArea;
    const status = pickStatus(rng, i);
    const object = rng.pick(OBJECTS);
    const district = rng.pick(DISTRICTS);
    const action = rng.pick(ACTIONS);

    // Completed and stuck measures must have started early enough to have a history.
    const latestStart = status === 'completed' || status === 'delayed' || status === 'on_hold' ? DATA_DAY - 240 : LAST_START;
    const start = rng.int(FIRST_START, latestStart);
    const due = Math.min(LAST_DUE, start + rng.int(180, 1000));

    // Updates: evenly spread from just after the start to some day up to the data date.
    const sequence = historyFor(status, rng);
    const firstUpdate = Math.min(DATA_DAY, start + rng.int(3, 30));
    const lastUpdate = rng.int(firstUpdate, DATA_DAY);
    const steps = sequence.length - 1;
    let lastInProgress = -1;
    let completedOn = -1;
    const updates: MeasureUpdate[] = sequence.map((statusAfter, k) => {
      const day = steps === 0 ? lastUpdate : firstUpdate + Math.round(((lastUpdate - firstUpdate) * k) / steps);
      if (statusAfter === 'in_progress') lastInProgress = day;
      if (statusAfter === 'completed' && completedOn < 0) completedOn = day;
      return { date: isoOf(day), text: UPDATE_TEXT[statusAfter], statusAfter };
    });

    // Milestones evenly between start and due. Done if the measure is completed, or if it was due
    // while the measure was still running normally; so delayed measures keep overdue milestones.
    const milestoneCount = rng.int(2, 3);
    const milestones: Milestone[] = [];
    for (let j = 0; j < milestoneCount; j += 1) {
      const msDue = start + Math.round(((due - start) * (j + 1)) / milestoneCount);
      const title = `Meilenstein ${j + 1}: ${object} ${action}`;
      if (completedOn >= 0) {
        milestones.push({ title, due: isoOf(msDue), done: true, doneOn: isoOf(Math.min(msDue, completedOn)) });
      } else if (status !== 'planned' && msDue <= lastInProgress) {
        milestones.push({ title, due: isoOf(msDue), done: true, doneOn: isoOf(msDue) });
      } else {
        milestones.push({ title, due: isoOf(msDue), done: false });
      }
    }

    const tags: string[] = [];
    const tagCount = rng.int(0, 2);
    for (let t = 0; t < tagCount; t += 1) {
      const tag = rng.pick(TAGS);
      if (!tags.includes(tag)) tags.push(tag);
    }
    const areaIndicators = indicatorsByArea.get(area.id) ?? [];
    const indicatorId =
      areaIndicators.length > 0 && rng.chance(0.5) ? areaIndicators[rng.int(0, areaIndicators.length - 1)] : undefined;

    const unitCount = rng.int(1, 3);
    const involvedUnits: string[] = [];
    for (let u = 0; u < unitCount; u += 1) {
      const unit = rng.pick(UNITS);
      if (!involvedUnits.includes(unit)) involvedUnits.push(unit);
    }

    const id = `X-${pad5(i + 1)}`;
    measures[i] = {
      id,
      title: `${object} ${district} ${action}`,
      summary: `Generierte Beispielmaßnahme im Handlungsfeld „${area.name}“: ${object} in ${district} ${action}.`,
      workAreaId: area.id,
      status,
      progress: progressFor(status, rng),
      leadPartnerId: rng.pick(partnerIds),
      involvedUnits,
      start: isoOf(start),
      due: isoOf(due),
      milestones,
      updates,
      tags,
      indicatorIds: indicatorId === undefined ? [] : [indicatorId],
      links: [],
      lastUpdated: isoOf(lastUpdate),
    };
  }
  return measures;
}

/**
 * The seed's three meetings (same ids, dates and topics), with agreements pointing at generated
 * measures and snapshots computed from the generated histories, so "since the last meeting"
 * works at scale exactly as it does for the seed.
 */
export function generateScaledMeetings(measures: Measure[]): Meeting[] {
  return runToEnd(scaledMeetingSteps(measures));
}

/** `generateScaledMeetings` as steps: a pause after each meeting's snapshot of all measures. */
export function* scaledMeetingSteps(measures: Measure[]): Generator<void, Meeting[]> {
  const owners: readonly [string, ...string[]] = [
    'Landeshauptstadt Düsseldorf',
    ...seedPlan.partners.slice(1).map((p) => p.name),
  ];
  const meetings: Meeting[] = [];
  for (const [meetingIndex, meeting] of seedMeetings.entries()) {
    if (meetingIndex > 0) yield;
    const snapshot = snapshotAt(measures, meeting.date);
    const isLatest = meetingIndex === seedMeetings.length - 1;
    // Four agreements per meeting, each about a measure that existed on the meeting day.
    const agreementCount = Math.min(4, snapshot.length);
    const stride = Math.max(1, Math.floor(snapshot.length / Math.max(1, agreementCount)));
    const agreements: Meeting['agreements'] = [];
    for (let k = 0; k < agreementCount; k += 1) {
      const entry = snapshot[(k * stride + meetingIndex) % snapshot.length];
      if (entry === undefined) continue;
      const dueDay = dayOf(meeting.date) + 180 + 90 * k;
      agreements.push({
        id: `${meeting.id}-a${k + 1}`,
        text: `Umsetzung der Maßnahme ${entry.measureId} gemeinsam nachhalten und im nächsten Spitzengespräch berichten.`,
        owner: owners[k % owners.length] ?? owners[0],
        due: isoOf(dueDay),
        measureIds: [entry.measureId],
        // Older meetings' agreements are done; the latest ones are still open or running.
        status: isLatest ? (k % 2 === 0 ? 'in_progress' : 'open') : dueDay <= DATA_DAY ? 'done' : 'in_progress',
      });
    }
    meetings.push({ ...meeting, agreements, snapshot });
  }
  return meetings;
}

/** Runs generator steps without pausing: the synchronous form for Node (scripts, tests). */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
