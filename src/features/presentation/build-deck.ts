import type { Indicator, Measure, MeasureStatus, Meeting, Plan, SnapshotEntry, WorkArea } from '../../api/schemas';
import {
  averageProgress,
  compareSnapshots,
  countByStatus,
  likeForLike,
  snapshotOf,
  type SnapshotChanges,
  type StatusCounts,
} from '../../lib/plan-stats';
import {
  indicatorAt,
  measuresAt,
  openAgreementsAt,
  resolveStand,
  type IndicatorAt,
  type OpenAgreement,
  type PlanStand,
} from '../../lib/plan-stand';
import { compareIds } from '../../lib/compare-ids';

/**
 * The presentation deck as data: a pure function of the API data, the work-area filter and an
 * optional pinned meeting. The component only renders these slides (and their texts); everything
 * that needs a decision — which measures, which changes matter, what fits on a slide — is here and
 * unit tested.
 */

/** A measure as the deck sees it at its reference day (live data or a meeting's snapshot). */
export interface DeckMeasure {
  id: string;
  title: string;
  workAreaId: string;
  status: MeasureStatus;
  progress: number;
}

export type ChangeKind = 'completed' | 'recovered' | 'delayed' | 'started' | 'progress';

export interface DeckChange {
  kind: ChangeKind;
  measure: DeckMeasure;
  /** Progress points gained since the baseline meeting. */
  delta: number;
}

/** The pinned-snapshot rules are shared with the printed report (src/lib/plan-stand.ts). */
export type DeckIndicator = IndicatorAt;
export type DeckAgreement = OpenAgreement;
export type DeckStand = PlanStand;

export interface AreaSummary {
  area: WorkArea;
  /** Position in the API's list of areas (for the fallback area colour). */
  index: number;
  total: number;
  counts: StatusCounts;
  averageProgress: number | undefined;
}

export type Slide =
  | { kind: 'title'; id: string; plan: Plan; stand: DeckStand; baseline: Meeting | undefined; areaNames: string[] }
  | {
      kind: 'overview';
      id: string;
      total: number;
      counts: StatusCounts;
      averageProgress: number | undefined;
      areas: AreaSummary[];
    }
  | ({
      kind: 'area';
      id: string;
      keyIndicator: DeckIndicator | undefined;
      changes: DeckChange[];
      hasBaseline: boolean;
    } & AreaSummary)
  | {
      kind: 'since';
      id: string;
      baseline: Meeting | undefined;
      completed: DeckMeasure[];
      started: DeckMeasure[];
      delayed: DeckMeasure[];
      recovered: DeckMeasure[];
      /** Mean progress at the baseline and now, of the measures that existed at both (like for like). */
      progressBefore: number | undefined;
      progressAfter: number | undefined;
      /** Measures new since the baseline, counted apart from the progress figures. */
      added: number;
    }
  | { kind: 'agreements'; id: string; items: DeckAgreement[]; more: number; overdueCount: number }
  | { kind: 'indicators'; id: string; items: DeckIndicator[]; part: number; parts: number }
  | { kind: 'closing'; id: string; plan: Plan; stand: DeckStand };

export type SlideKind = Slide['kind'];

export interface BuildDeckInput {
  plan: Plan;
  workAreas: readonly WorkArea[];
  measures: readonly Measure[];
  indicators: readonly Indicator[];
  meetings: readonly Meeting[];
  /** Work-area ids to show; empty (or only unknown ids) = all. */
  filter: { areaIds: readonly string[] };
  /** Show the deck as of this meeting's snapshot; unknown ids are ignored (the page says so). */
  pinnedMeetingId?: string | undefined;
}

/** How many items fit on one slide, at 1280×720 and on a projector alike. */
export const DECK_LIMITS = { changesPerArea: 3, namesPerGroup: 3, agreements: 5, indicatorsPerSlide: 6 } as const;

const changeRank: Record<ChangeKind, number> = { completed: 0, recovered: 1, delayed: 2, started: 3, progress: 4 };

function chunk<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

/**
 * The most important changes of a set of measures since the baseline, best first. The ranking on
 * its own (its rules are tested with it); `buildDeck` ranks every area from one shared comparison.
 */
export function rankChanges(baseline: readonly SnapshotEntry[], current: readonly DeckMeasure[], limit: number): DeckChange[] {
  const diff = compareSnapshots(baseline, snapshotOf(current));
  return rankFromKinds(changeKinds(diff), diff, current, limit);
}

/** Each changed measure's most important kind of change (completed before recovered, …). */
function changeKinds(diff: SnapshotChanges): Map<string, ChangeKind> {
  const found = new Map<string, ChangeKind>();
  const mark = (ids: string[], kind: ChangeKind) => {
    for (const id of ids) if (!found.has(id)) found.set(id, kind);
  };
  mark(diff.completed, 'completed');
  mark(diff.recovered, 'recovered');
  mark(diff.delayed, 'delayed');
  mark(diff.started, 'started');
  for (const [id, delta] of diff.progressDelta) if (delta > 0 && !found.has(id)) found.set(id, 'progress');
  return found;
}

/** `current`'s changes from a comparison that may cover more measures than these. */
function rankFromKinds(
  kinds: ReadonlyMap<string, ChangeKind>,
  diff: SnapshotChanges,
  current: readonly DeckMeasure[],
  limit: number,
): DeckChange[] {
  const changes: DeckChange[] = [];
  for (const measure of current) {
    const kind = kinds.get(measure.id);
    if (kind) changes.push({ kind, measure, delta: diff.progressDelta.get(measure.id) ?? 0 });
  }
  changes.sort((a, b) => changeRank[a.kind] - changeRank[b.kind] || b.delta - a.delta || compareIds(a.measure.id, b.measure.id));
  return changes.slice(0, limit);
}

export function buildDeck(input: BuildDeckInput): Slide[] {
  const { plan, meetings } = input;
  const { stand, day, baseline, pinned } = resolveStand(plan, meetings, input.pinnedMeetingId);

  const known = new Set(input.workAreas.map((a) => a.id));
  const wanted = new Set(input.filter.areaIds.filter((id) => known.has(id)));
  const areas = input.workAreas
    .map((area, index) => ({ area, index }))
    .filter(({ area }) => wanted.size === 0 || wanted.has(area.id));
  const inFilter = (workAreaId: string) => wanted.size === 0 || wanted.has(workAreaId);

  // The measures at the reference day: live, or the pinned snapshot (measures not in it omitted).
  const measures: DeckMeasure[] = measuresAt(
    input.measures.filter((m) => inFilter(m.workAreaId)),
    pinned,
  ).map((m) => ({ id: m.id, title: m.title, workAreaId: m.workAreaId, status: m.status, progress: m.progress }));
  const measureIds = new Set(measures.map((m) => m.id));
  const baselineSnapshot = baseline ? baseline.snapshot.filter((e) => measureIds.has(e.measureId)) : [];

  const indicators = input.indicators
    .filter((i) => i.key && inFilter(i.workAreaId))
    .sort((a, b) => {
      const order = (id: string) => input.workAreas.findIndex((w) => w.id === id);
      return order(a.workAreaId) - order(b.workAreaId);
    })
    .map((i) => indicatorAt(i, day));

  // One comparison with the baseline for the whole deck: the since slide uses it, and each area's
  // slide ranks its own measures from it. A change depends only on the measure's own entries, so
  // this equals comparing each area on its own, which at 10,000 measures built a map of the whole
  // baseline once per area and made the deck's build its first load's longest task (issue 12).
  const currentSnapshot = snapshotOf(measures);
  const diff = baseline ? compareSnapshots(baselineSnapshot, currentSnapshot) : undefined;
  const kinds = diff ? changeKinds(diff) : undefined;

  const summaries: AreaSummary[] = areas.map(({ area, index }) => {
    const own = measures.filter((m) => m.workAreaId === area.id);
    return { area, index, total: own.length, counts: countByStatus(own), averageProgress: averageProgress(own) };
  });

  const slides: Slide[] = [
    {
      kind: 'title',
      id: 'titel',
      plan,
      stand,
      baseline,
      areaNames: wanted.size > 0 ? areas.map(({ area }) => area.name) : [],
    },
    {
      kind: 'overview',
      id: 'ueberblick',
      total: measures.length,
      counts: countByStatus(measures),
      averageProgress: averageProgress(measures),
      areas: summaries,
    },
  ];

  for (const summary of summaries) {
    const own = measures.filter((m) => m.workAreaId === summary.area.id);
    slides.push({
      kind: 'area',
      id: `bereich-${summary.area.id}`,
      ...summary,
      keyIndicator: indicators.find((i) => i.indicator.workAreaId === summary.area.id),
      changes: diff && kinds ? rankFromKinds(kinds, diff, own, DECK_LIMITS.changesPerArea) : [],
      hasBaseline: baseline !== undefined,
    });
  }

  const byId = new Map(measures.map((m) => [m.id, m]));
  const pick = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const progress = baseline ? likeForLike(baselineSnapshot, currentSnapshot) : undefined;
  slides.push({
    kind: 'since',
    id: 'seit',
    baseline,
    completed: pick(diff?.completed ?? []),
    started: pick(diff?.started ?? []),
    delayed: pick(diff?.delayed ?? []),
    recovered: pick(diff?.recovered ?? []),
    progressBefore: progress?.before,
    progressAfter: progress?.after,
    added: diff?.added.length ?? 0,
  });

  // Agreements still open at the reference day, from every meeting up to it, due first.
  const open = openAgreementsAt(meetings, day, wanted.size > 0 ? measureIds : undefined);
  slides.push({
    kind: 'agreements',
    id: 'vereinbarungen',
    items: open.slice(0, DECK_LIMITS.agreements),
    more: Math.max(0, open.length - DECK_LIMITS.agreements),
    overdueCount: open.filter((a) => a.overdue).length,
  });

  const parts = indicators.length > 0 ? chunk(indicators, DECK_LIMITS.indicatorsPerSlide) : [[]];
  parts.forEach((items, index) =>
    slides.push({ kind: 'indicators', id: `kennzahlen-${index + 1}`, items, part: index + 1, parts: parts.length }),
  );

  slides.push({ kind: 'closing', id: 'ende', plan, stand });
  return slides;
}
