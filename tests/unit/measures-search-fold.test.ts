import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedMeasures } from '../../mocks/data/seed-plan';
import * as germanText from '../../src/lib/german-text';
import { filterMeasures, foldSearchTexts, indexMeasures, noCriteria } from '../../src/features/measures/filter-measures';

// Counts the folds: the point of the lazy search text is where, and how often, they happen.
vi.mock('../../src/lib/german-text', async (importOriginal) => {
  const actual = await importOriginal<typeof germanText>();
  return { ...actual, foldGerman: vi.fn(actual.foldGerman) };
});
const folds = vi.mocked(germanText.foldGerman);

/** Fresh measure objects: the folded text is kept per measure, so each test starts cold. */
const freshRows = () => indexMeasures(seedMeasures.map((measure) => ({ ...measure })));

afterEach(() => {
  folds.mockClear();
  vi.restoreAllMocks();
});

describe('the search text of the measures list', () => {
  it('is not folded when the list is indexed, only when a search needs it, and then once', () => {
    const rows = freshRows();
    expect(folds).not.toHaveBeenCalled();

    expect(filterMeasures(rows, noCriteria, undefined)).toHaveLength(rows.length);
    expect(folds).toHaveBeenCalledTimes(1); // the empty query

    const found = filterMeasures(rows, { ...noCriteria, query: 'Handwerkerhoefe' }, undefined);
    expect(found.length).toBeGreaterThan(0);
    expect(folds).toHaveBeenCalledTimes(2 + rows.length);

    filterMeasures(rows, { ...noCriteria, query: 'strasse' }, undefined);
    expect(folds).toHaveBeenCalledTimes(3 + rows.length);
  });

  it('is folded ahead of the first search by foldSearchTexts, which the search then uses', async () => {
    const rows = freshRows();
    await foldSearchTexts(rows, new AbortController().signal, () => Promise.resolve());
    expect(folds).toHaveBeenCalledTimes(rows.length);
    filterMeasures(rows, { ...noCriteria, query: 'werk' }, undefined);
    expect(folds).toHaveBeenCalledTimes(rows.length + 1);
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
    expect(folds).not.toHaveBeenCalled();

    idle.shift()?.();
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    const inFirstSlice = folds.mock.calls.length;
    expect(inFirstSlice).toBeGreaterThan(0);
    expect(inFirstSlice).toBeLessThan(rows.length);

    stop.abort();
    idle.shift()?.();
    await done;
    expect(folds).toHaveBeenCalledTimes(inFirstSlice);
  });
});
