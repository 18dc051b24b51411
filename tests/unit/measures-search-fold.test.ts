import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedMeasures } from '../../mocks/data/seed-plan';
import type { Measure } from '../../src/api/schemas';
import { filterMeasures, foldSearchTexts, indexMeasures, noCriteria } from '../../src/features/measures/filter-measures';

// Folding is the only thing that reads a measure's summary (indexing, filtering by the other
// criteria and sorting do not), so counting those reads counts the folds. A counting getter
// rather than a module mock: the node project shares modules between files (isolate: false).
let folds = 0;
function countingFolds(measure: Measure): Measure {
  const copy = { ...measure };
  Object.defineProperty(copy, 'summary', {
    enumerable: true,
    get: () => {
      folds += 1;
      return measure.summary;
    },
  });
  return copy;
}

/** Fresh measure objects: the folded text is kept per measure, so each test starts cold. */
const freshRows = () => indexMeasures(seedMeasures.map(countingFolds));

afterEach(() => {
  folds = 0;
  vi.restoreAllMocks();
});

describe('the search text of the measures list', () => {
  it('is not folded when the list is indexed, only when a search needs it, and then once', () => {
    const rows = freshRows();
    expect(folds).toBe(0);

    expect(filterMeasures(rows, { ...noCriteria, statuses: ['delayed'] }, undefined).length).toBeGreaterThan(0);
    expect(folds).toBe(0);

    const found = filterMeasures(rows, { ...noCriteria, query: 'Handwerkerhoefe' }, undefined);
    expect(found.length).toBeGreaterThan(0);
    expect(folds).toBe(rows.length);

    filterMeasures(rows, { ...noCriteria, query: 'strasse' }, undefined);
    expect(folds).toBe(rows.length);
  });

  it('is folded ahead of the first search by foldSearchTexts, which the search then uses', async () => {
    const rows = freshRows();
    await foldSearchTexts(rows, new AbortController().signal, () => Promise.resolve());
    expect(folds).toBe(rows.length);
    expect(filterMeasures(rows, { ...noCriteria, query: 'werk' }, undefined).length).toBeGreaterThan(0);
    expect(folds).toBe(rows.length);
  });

  it('folds in slices of ~12 ms, each after waiting for an idle moment, and stops when aborted', async () => {
    const rows = freshRows();
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    // The idle moments, released one by one by the test.
    const idle: (() => void)[] = [];
    const wait = () => new Promise<void>((resolve) => idle.push(resolve));
    const stop = new AbortController();
    const done = foldSearchTexts(rows, stop.signal, wait);
    expect(folds).toBe(0);

    idle.shift()?.();
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    const inFirstSlice = folds;
    expect(inFirstSlice).toBeGreaterThan(0);
    expect(inFirstSlice).toBeLessThan(rows.length);

    stop.abort();
    idle.shift()?.();
    await done;
    expect(folds).toBe(inFirstSlice);
  });
});
