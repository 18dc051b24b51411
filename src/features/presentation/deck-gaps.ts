import type { Slide } from './build-deck';

/**
 * A deck from what did load. Only the plan and the measures are needed to build a deck; work
 * areas, indicators and meetings may fail on their own. Then the slides that show them say so
 * (with retry) and every other slide works, instead of one failing endpoint stopping the
 * presentation in the meeting room.
 */
export type OptionalResource = 'workAreas' | 'indicators' | 'meetings';
export type RequiredResource = 'plan' | 'measures';

/** Stands in for the per-area slides when the work areas did not load. */
export interface MissingSlide {
  kind: 'missing';
  id: string;
  resource: OptionalResource;
}
export type DeckSlide = Slide | MissingSlide;

export type LoadState = 'data' | 'error' | 'loading';

export type DeckReadiness =
  | { state: 'loading' }
  | { state: 'failed'; resource: RequiredResource }
  | { state: 'ready'; failed: ReadonlySet<OptionalResource> };

const required: readonly RequiredResource[] = ['plan', 'measures'];
export const optionalResources: readonly OptionalResource[] = ['workAreas', 'indicators', 'meetings'];

/**
 * When the deck can be built: a failed plan or measures answer stops it; otherwise it waits until
 * every resource has data or has failed, so the slide count does not jump while it loads.
 */
export function deckReadiness(states: Readonly<Record<RequiredResource | OptionalResource, LoadState>>): DeckReadiness {
  const stopped = required.find((r) => states[r] === 'error');
  if (stopped) return { state: 'failed', resource: stopped };
  if ([...required, ...optionalResources].some((r) => states[r] === 'loading')) return { state: 'loading' };
  return { state: 'ready', failed: new Set(optionalResources.filter((r) => states[r] === 'error')) };
}

/** The deck with a "could not load" slide where the per-area slides would be. */
export function withGaps(slides: readonly Slide[], failed: ReadonlySet<OptionalResource>): DeckSlide[] {
  if (!failed.has('workAreas')) return [...slides];
  const at = slides.findIndex((s) => s.kind === 'overview') + 1;
  const missing: MissingSlide = { kind: 'missing', id: 'handlungsfelder', resource: 'workAreas' };
  return [...slides.slice(0, at), missing, ...slides.slice(at)];
}

/** Which optional data each kind of slide shows (a title slide names the last meeting, …). */
const shows: Record<DeckSlide['kind'], readonly OptionalResource[]> = {
  title: ['meetings'],
  overview: ['workAreas'],
  area: ['indicators', 'meetings'],
  since: ['meetings'],
  agreements: ['meetings'],
  indicators: ['indicators'],
  closing: [],
  missing: ['workAreas'],
};

/** The failed resources this slide would have shown. */
export function slideGaps(slide: DeckSlide, failed: ReadonlySet<OptionalResource>): OptionalResource[] {
  return shows[slide.kind].filter((r) => failed.has(r));
}
