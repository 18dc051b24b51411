import type { Indicator, Measure, Meeting, Plan, WorkArea } from '../src/api/schemas';
import { nextTask } from '../src/lib/next-task';
import { runToEnd, scaledMeasureSteps, scaledMeetingSteps } from './data/scale-plan';
import { seedIndicators, seedMeasures, seedMeetings, seedPlan, seedWorkAreas } from './data/seed-plan';

export interface Dataset {
  plan: Plan;
  workAreas: WorkArea[];
  measures: Measure[];
  indicators: Indicator[];
  meetings: Meeting[];
}

const seeded: Dataset = {
  plan: seedPlan,
  workAreas: seedWorkAreas,
  measures: seedMeasures,
  indicators: seedIndicators,
  meetings: seedMeetings,
};

/**
 * The parts a generated plan shares with the seeded one: their handlers serve them without
 * building (or keeping) 10,000 measures.
 */
export const sharedParts: Pick<Dataset, 'plan' | 'workAreas' | 'indicators'> = seeded;

// Generating 10,000 measures takes a while, and a page asks for its lists at once, at navigation:
// keep the last plan strongly for that burst, then only weakly. The mock runs in the page, so a
// strong copy sits in the app's heap next to the app's own validated copy (+11 MiB at 10,000,
// issue 12); a collected one is regenerated, deterministically the same. 500 ms, not less: the
// persister's warm-up asks for the other lists soon after the first view is ready, and a shorter
// hold (100 ms, tried) made the mock build the plan again for it (more heap at ready, not less).
const BURST_MS = 500;
let scaledCache: { n: number; data: WeakRef<Dataset> } | undefined;
let burst: { data: Dataset; timer: ReturnType<typeof setTimeout> } | undefined;

function holdForBurst(data: Dataset): Dataset {
  if (burst) clearTimeout(burst.timer);
  burst = { data, timer: setTimeout(() => (burst = undefined), BURST_MS) };
  return data;
}

/** The plan the mock serves: the seeded one, or with `scale-N` a deterministic generated one. */
export function getDataset(scale: number | undefined): Dataset {
  if (scale === undefined) return seeded;
  return cachedScaled(scale) ?? remember(scale, runToEnd(scaledDatasetSteps(scale)));
}

let pending: { n: number; data: Promise<Dataset> } | undefined;

/**
 * `getDataset` for the handlers in the browser: a generated plan is built in short tasks (the mock
 * runs on the page's main thread, and 10,000 measures in one go were a ~150 ms task; issues 8
 * and 12). Requests that arrive while it is built share the one build.
 */
export function loadDataset(scale: number | undefined): Promise<Dataset> {
  if (scale === undefined) return Promise.resolve(seeded);
  const cached = cachedScaled(scale);
  if (cached) return Promise.resolve(cached);
  if (pending?.n !== scale) {
    const data = (async () => {
      const steps = scaledDatasetSteps(scale);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return remember(scale, step.value);
        await nextTask();
      }
    })();
    pending = { n: scale, data };
    void data.finally(() => {
      if (pending?.data === data) pending = undefined;
    });
  }
  return pending.data;
}

function* scaledDatasetSteps(scale: number): Generator<void, Dataset> {
  const measures = yield* scaledMeasureSteps(scale, seedWorkAreas, seedPlan.partners);
  yield;
  const meetings = yield* scaledMeetingSteps(measures);
  return { ...seeded, measures, meetings };
}

/** The generated plan for `scale` if it is still in memory (held again for a burst), else undefined. */
function cachedScaled(scale: number): Dataset | undefined {
  const cached = scaledCache?.n === scale ? scaledCache.data.deref() : undefined;
  return cached && holdForBurst(cached);
}

function remember(scale: number, data: Dataset): Dataset {
  scaledCache = { n: scale, data: new WeakRef(data) };
  return holdForBurst(data);
}
