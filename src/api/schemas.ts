/**
 * The API contract. These zod schemas are the only source of the API's types: the app validates
 * every response with them, the mock builds its data against them, and docs/openapi.json is
 * generated from them (scripts/generate-openapi.ts). We use `zod/mini` because it tree-shakes to a
 * few KiB; the full `zod` would cost ~15 KiB gzip in the entry chunk (see docs/decisions).
 */
import * as z from 'zod/mini';

/** A calendar day as `YYYY-MM-DD`; zod's ISO date check rejects impossible days like 2026-02-30. */
export const isoDate = z.iso.date();

const nonEmpty = z.string().check(z.minLength(1), z.maxLength(5000));
const id = z.string().check(z.minLength(1), z.maxLength(64));

export const measureStatuses = ['planned', 'in_progress', 'delayed', 'completed', 'on_hold'] as const;
export const measureStatus = z.enum(measureStatuses);
export type MeasureStatus = z.infer<typeof measureStatus>;

export const partnerSchema = z.object({
  id,
  name: nonEmpty,
  shortName: nonEmpty,
});
export type Partner = z.infer<typeof partnerSchema>;

/**
 * A link in the data. Only http(s) and mailto may become live links; the UI checks this again
 * (src/lib/safe-url.ts) because a real backend might not validate as strictly as we do.
 */
export const linkSchema = z.object({
  label: nonEmpty,
  url: z.string().check(z.maxLength(2000)),
});

export const planSchema = z.object({
  id,
  title: nonEmpty,
  subtitle: z.optional(z.string()),
  /** The city or region of the plan, for texts like the easy-read page; omitted: neutral wording. */
  city: z.optional(z.string()),
  partners: z.array(partnerSchema),
  adoptedOn: isoDate,
  signedOn: isoDate,
  /** "Datenstand": every "today" computation (overdue, stale, since-last-meeting) uses this day. */
  dataDate: isoDate,
  illustrative: z.boolean(),
  note: z.string(),
  links: z.array(linkSchema),
});
export type Plan = z.infer<typeof planSchema>;

export const workAreaSchema = z.object({
  id,
  name: nonEmpty,
  description: z.string(),
  /** A design token (e.g. "area-1"); the UI maps it to a colour that works in both themes. */
  colorToken: z.string(),
  order: z.number().check(z.int()),
});
export type WorkArea = z.infer<typeof workAreaSchema>;
export const workAreaListSchema = z.array(workAreaSchema);

export const milestoneSchema = z.object({
  title: nonEmpty,
  due: isoDate,
  done: z.boolean(),
  doneOn: z.optional(isoDate),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const measureUpdateSchema = z.object({
  date: isoDate,
  text: nonEmpty,
  statusAfter: measureStatus,
});
export type MeasureUpdate = z.infer<typeof measureUpdateSchema>;

const progress = z.number().check(z.gte(0), z.lte(100));

export const measureSchema = z.object({
  id,
  title: nonEmpty,
  summary: z.string(),
  workAreaId: id,
  status: measureStatus,
  progress,
  /** Partner id of the lead (see Plan.partners). */
  leadPartnerId: id,
  involvedUnits: z.array(z.string()),
  start: isoDate,
  due: isoDate,
  milestones: z.array(milestoneSchema),
  updates: z.array(measureUpdateSchema),
  tags: z.array(z.string()),
  indicatorIds: z.array(id),
  links: z.array(linkSchema),
  lastUpdated: isoDate,
});
export type Measure = z.infer<typeof measureSchema>;
export const measureListSchema = z.array(measureSchema);

export const indicatorPointSchema = z.object({
  date: isoDate,
  value: z.number(),
});
export type IndicatorPoint = z.infer<typeof indicatorPointSchema>;

export const indicatorSchema = z.object({
  id,
  workAreaId: id,
  label: nonEmpty,
  unit: z.string(),
  /** true when a higher value is the goal (most are); false e.g. for waiting times. */
  higherIsBetter: z.boolean(),
  baseline: z.object({ value: z.number(), date: isoDate }),
  target: z.object({ value: z.number(), year: z.number().check(z.int()) }),
  series: z.array(indicatorPointSchema),
  source: z.string(),
  /** Shown on the overview and in the deck's key figures. */
  key: z.boolean(),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export const indicatorListSchema = z.array(indicatorSchema);

export const agreementStatuses = ['open', 'in_progress', 'done'] as const;
export const agreementSchema = z.object({
  id,
  text: nonEmpty,
  owner: nonEmpty,
  due: isoDate,
  measureIds: z.array(id),
  status: z.enum(agreementStatuses),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const snapshotEntrySchema = z.object({
  measureId: id,
  status: measureStatus,
  progress,
});
export type SnapshotEntry = z.infer<typeof snapshotEntrySchema>;

export const meetingSchema = z.object({
  id,
  number: z.number().check(z.int(), z.gte(1)),
  date: isoDate,
  place: nonEmpty,
  title: nonEmpty,
  participants: z.array(nonEmpty),
  topics: z.array(nonEmpty),
  agreements: z.array(agreementSchema),
  /** Every measure's status and progress on the meeting day ("since the last meeting"). */
  snapshot: z.array(snapshotEntrySchema),
  illustrative: z.boolean(),
});
export type Meeting = z.infer<typeof meetingSchema>;
export const meetingListSchema = z.array(meetingSchema);
