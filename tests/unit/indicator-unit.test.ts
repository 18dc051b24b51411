import { describe, expect, it } from 'vitest';
import { unitSuffix } from '../../src/lib/indicator-stats';

describe('unitSuffix', () => {
  it('prints no unit for a plain count, whatever language the API names it in', () => {
    for (const unit of ['Anzahl', 'anzahl', 'count', 'Number', '', ' ']) expect(unitSuffix(unit)).toBe('');
  });

  it('keeps a real unit', () => {
    expect(unitSuffix('ha')).toBe('ha');
    expect(unitSuffix('Tage')).toBe('Tage');
    expect(unitSuffix('%')).toBe('%');
  });
});
