import { describe, expect, it } from 'vitest';
import { seedIndicators, seedMeasures, seedMeetings, seedPlan, seedWorkAreas } from '../../mocks/data/seed-plan';
import { buildDeck, type BuildDeckInput } from '../../src/features/presentation/build-deck';
import { deckReadiness, slideGaps, withGaps, type LoadState } from '../../src/features/presentation/deck-gaps';

const allData: Record<'plan' | 'measures' | 'workAreas' | 'indicators' | 'meetings', LoadState> = {
  plan: 'data',
  measures: 'data',
  workAreas: 'data',
  indicators: 'data',
  meetings: 'data',
};

describe('deckReadiness', () => {
  it('is ready with every resource loaded', () => {
    expect(deckReadiness(allData)).toEqual({ state: 'ready', failed: new Set() });
  });

  it('stops the deck only for the plan or the measures, even while others still load', () => {
    expect(deckReadiness({ ...allData, plan: 'error', meetings: 'loading' })).toEqual({ state: 'failed', resource: 'plan' });
    expect(deckReadiness({ ...allData, measures: 'error' })).toEqual({ state: 'failed', resource: 'measures' });
  });

  it('builds without failed optional resources, but waits while any still loads', () => {
    expect(deckReadiness({ ...allData, indicators: 'error', meetings: 'error' })).toEqual({
      state: 'ready',
      failed: new Set(['indicators', 'meetings']),
    });
    expect(deckReadiness({ ...allData, indicators: 'error', workAreas: 'loading' })).toEqual({ state: 'loading' });
  });
});

describe('withGaps and slideGaps', () => {
  const seed: BuildDeckInput = {
    plan: seedPlan,
    workAreas: seedWorkAreas,
    measures: seedMeasures,
    indicators: seedIndicators,
    meetings: seedMeetings,
    filter: { areaIds: [] },
  };
  const withoutAreas = buildDeck({ ...seed, workAreas: [] });

  it('puts one "work areas missing" slide where the area slides would be', () => {
    const slides = withGaps(withoutAreas, new Set(['workAreas']));
    expect(slides.map((s) => s.kind)).toEqual(['title', 'overview', 'missing', 'since', 'agreements', 'indicators', 'closing']);
  });

  it('leaves a complete deck as it is', () => {
    const full = buildDeck(seed);
    expect(withGaps(full, new Set())).toEqual(full);
  });

  it('names the failed data each slide would have shown', () => {
    const failed = new Set(['meetings', 'indicators'] as const);
    const slides = withGaps(withoutAreas, failed);
    const gaps = Object.fromEntries(slides.map((s) => [s.kind, slideGaps(s, failed)]));
    expect(gaps).toEqual({
      title: ['meetings'],
      overview: [],
      since: ['meetings'],
      agreements: ['meetings'],
      indicators: ['indicators'],
      closing: [],
    });
  });
});
