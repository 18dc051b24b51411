import type { Indicator, Measure, Meeting, Plan, WorkArea } from '../src/api/schemas';
import { generateScaledMeasures, generateScaledMeetings } from './data/scale-plan';
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

// Generating 10,000 measures takes a few ms, but the handlers run on every request: keep the last.
let scaledCache: { n: number; data: Dataset } | undefined;

/** The plan the mock serves: the seeded one, or with `scale-N` a deterministic generated one. */
export function getDataset(scale: number | undefined): Dataset {
  if (scale === undefined) return seeded;
  if (scaledCache?.n !== scale) {
    const measures = generateScaledMeasures(scale, seedWorkAreas, seedPlan.partners);
    scaledCache = {
      n: scale,
      data: { ...seeded, measures, meetings: generateScaledMeetings(measures) },
    };
  }
  return scaledCache.data;
}
