import { act, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { Router, useRoute } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { measureStatuses } from '../../src/api/schemas';
import { AUTO_MAX, AUTO_MIN, deckHref, deckSearchSpec, type DeckSearch } from '../../src/lib/deck-search';
import { measureSearchSpec, measureSortKeys, measuresHref, type MeasureSearch } from '../../src/lib/measure-search';
import { meetingsHref, meetingsSearchSpec, NOW, type MeetingsSearch } from '../../src/lib/meetings-search';
import { pathParam, paths, routePatterns } from '../../src/lib/paths';
import { useSearchState, type SearchSpec } from '../../src/lib/search-params';

/**
 * Every link the app builds must parse back to the same state, without a notice: build → the
 * app's own parse (wouter + useSearchState, as in the browser) → equal values. The generators
 * produce every value the view's spec accepts (text of any script, emoji, commas, `%`, quotes).
 */

function wrapperAt(href: string) {
  const { hook, searchHook } = memoryLocation({ path: href });
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <Router hook={hook} searchHook={searchHook}>
        {children}
      </Router>
    );
  };
}

function parsedAt<S extends SearchSpec>(href: string, spec: S) {
  const { result, unmount } = renderHook(() => useSearchState(spec), { wrapper: wrapperAt(href) });
  const { values, invalid } = result.current;
  unmount();
  return { values, invalid };
}

function idFromRoute(href: string, pattern: string): string | undefined {
  const { result, unmount } = renderHook(() => useRoute<{ id: string }>(pattern), { wrapper: wrapperAt(href) });
  const [match, params] = result.current;
  unmount();
  return match ? pathParam(params.id) : undefined;
}

/** Any text a schema accepts (whole graphemes, so no lone surrogates, which no URL can carry). */
const text = (minLength: number, maxLength: number) =>
  fc.string({ unit: 'grapheme', minLength, maxLength }).filter((s) => s.length >= minLength && s.length <= maxLength);
const slug = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
// "." and ".." are dot segments that every browser resolves away; no id of the data is one.
const anyId = text(1, 64).filter((id) => id !== '.' && id !== '..');

const measureState: fc.Arbitrary<MeasureSearch> = fc.record({
  bereich: fc.uniqueArray(slug, { maxLength: 6 }),
  status: fc.subarray([...measureStatuses]),
  partner: fc.uniqueArray(slug, { maxLength: 4 }),
  tag: fc.uniqueArray(text(1, 60), { maxLength: 8 }),
  faellig: fc.uniqueArray(fc.integer({ min: 2000, max: 2099 }), { maxLength: 5 }),
  ueberfaellig: fc.constantFrom(undefined, '1' as const),
  q: text(0, 200),
  sort: fc.constantFrom(...measureSortKeys, ...measureSortKeys.map((key) => `-${key}` as const)),
});

const meetingsState: fc.Arbitrary<MeetingsSearch> = fc.record({
  von: fc.oneof(fc.constant(''), fc.constant(NOW), slug),
  bis: fc.oneof(fc.constant(''), fc.constant(NOW), slug),
});

/** Every kind of in-app link a view may hand to the deck as its way back. */
const appLink = fc.oneof(
  measureState.map(measuresHref),
  meetingsState.map(meetingsHref),
  anyId.map(paths.workArea),
  anyId.map(paths.measure),
  fc.constantFrom(paths.overview, paths.about, paths.accessibility, paths.easyRead),
);

const deckState: fc.Arbitrary<DeckSearch> = fc.record({
  folie: fc.integer({ min: 1, max: 9999 }),
  bereich: fc.uniqueArray(slug, { maxLength: 6 }),
  stand: fc.oneof(fc.constant(''), slug),
  auto: fc.oneof(fc.constant(0), fc.integer({ min: AUTO_MIN, max: AUTO_MAX })),
  zurueck: fc.oneof(fc.constant(''), appLink),
});

describe('links the app builds parse back to the same state', () => {
  it('measures list', () => {
    fc.assert(
      fc.property(measureState, (state) => {
        expect(parsedAt(measuresHref(state), measureSearchSpec)).toEqual({ values: state, invalid: [] });
      }),
    );
  });

  it('meetings comparison', () => {
    fc.assert(
      fc.property(meetingsState, (state) => {
        expect(parsedAt(meetingsHref(state), meetingsSearchSpec)).toEqual({ values: state, invalid: [] });
      }),
    );
  });

  it('deck, including the way back to any other view', () => {
    fc.assert(
      fc.property(deckState, (state) => {
        expect(parsedAt(deckHref(state), deckSearchSpec)).toEqual({ values: state, invalid: [] });
      }),
    );
  });

  it('work area and measure pages: the id in the path', () => {
    fc.assert(
      fc.property(anyId, (id) => {
        expect(idFromRoute(paths.workArea(id), routePatterns.workArea)).toBe(id);
        expect(idFromRoute(paths.measure(id), routePatterns.measure)).toBe(id);
      }),
    );
  });

  it('the cases that broke before, as examples', () => {
    expect(parsedAt(measuresHref({ q: '%41', tag: ['Bund, Land'] }), measureSearchSpec).values).toMatchObject({
      q: '%41',
      tag: ['Bund, Land'],
    });
    const back = meetingsHref({ von: 'sg-2025' });
    expect(parsedAt(deckHref({ zurueck: measuresHref({ q: "Rat (2026)'s" }) }), deckSearchSpec).invalid).toEqual([]);
    expect(parsedAt(deckHref({ zurueck: back }), deckSearchSpec).values.zurueck).toBe(back);
    expect(idFromRoute(paths.measure('A/B?1'), routePatterns.measure)).toBe('A/B?1');
  });
});

describe('useSearchState', () => {
  it('keeps unchanged parameters as the same values, so views can memoise on them', () => {
    const { hook, searchHook, navigate } = memoryLocation({ path: '/massnahmen?bereich=mobilitaet&status=delayed&q=h' });
    const { result } = renderHook(() => useSearchState(measureSearchSpec), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <Router hook={hook} searchHook={searchHook}>
          {children}
        </Router>
      ),
    });
    const before = result.current.values;
    act(() => navigate('/massnahmen?bereich=mobilitaet&status=delayed&q=ha'));
    const after = result.current.values;
    expect(after.q).toBe('ha');
    expect(after.bereich).toBe(before.bereich);
    expect(after.status).toBe(before.status);
    act(() => navigate('/massnahmen?bereich=mobilitaet&status=delayed,planned&q=ha'));
    expect(result.current.values.status).toEqual(['delayed', 'planned']);
    expect(result.current.values.bereich).toBe(before.bereich);
  });
});
