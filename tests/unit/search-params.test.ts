import { describe, expect, it } from 'vitest';
import { measureSearchSpec } from '../../src/lib/measure-search';
import { parseSearch, serializeSearch } from '../../src/lib/search-params';

describe('measure search params', () => {
  it('parses valid values and round-trips them', () => {
    const search = '?bereich=handwerkerhoefe,mobilitaet&status=delayed&q=Hof&sort=-due&faellig=2026&ueberfaellig=1';
    const { values, invalid } = parseSearch(search, measureSearchSpec);
    expect(invalid).toEqual([]);
    expect(values).toMatchObject({
      bereich: ['handwerkerhoefe', 'mobilitaet'],
      status: ['delayed'],
      q: 'Hof',
      sort: '-due',
      faellig: [2026],
      ueberfaellig: '1',
    });
    expect(parseSearch(serializeSearch(values, measureSearchSpec), measureSearchSpec).values).toEqual(values);
  });

  it('defaults to an empty view and an empty query string', () => {
    const { values, invalid } = parseSearch('', measureSearchSpec);
    expect(invalid).toEqual([]);
    expect(values.status).toEqual([]);
    expect(values.sort).toBe('id');
    expect(serializeSearch(values, measureSearchSpec)).toBe('');
  });

  it('rejects script, unknown enum values and bad numbers, keeping the valid rest', () => {
    const search = `?bereich=${encodeURIComponent('<script>alert(1)</script>')}&status=delayed,unknown&sort=evil&faellig=-5`;
    const { values, invalid } = parseSearch(search, measureSearchSpec);
    expect(invalid.sort()).toEqual(['bereich', 'faellig', 'sort', 'status']);
    expect(values.bereich).toEqual([]);
    expect(values.status).toEqual(['delayed']);
    expect(values.sort).toBe('id');
    expect(values.faellig).toEqual([]);
  });

  it('ignores unknown keys such as __proto__ and does not touch any prototype', () => {
    const { values, invalid } = parseSearch('?__proto__=x&constructor=y&topic=__proto__', measureSearchSpec);
    expect(invalid).toEqual([]);
    expect(Object.keys(values).sort()).toEqual(Object.keys(measureSearchSpec).sort());
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('x');
  });

  it('rejects huge values instead of parsing them', () => {
    const { values, invalid } = parseSearch(`?q=${'a'.repeat(5000)}`, measureSearchSpec);
    expect(invalid).toEqual(['q']);
    expect(values.q).toBe('');
  });
});
