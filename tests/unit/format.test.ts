import { describe, expect, it } from 'vitest';
import { formatSignedPoints } from '../../src/features/overview/overview-format';
import { formatDate, formatNumber, formatPercent } from '../../src/lib/format';

// The formatters are shared per language and options: switching the language or the style must
// still give that language's and style's text, in any order of calls.
describe('format', () => {
  it('formats dates in the language and style asked for, whichever came first', () => {
    expect(formatDate('2026-03-05', 'de')).toBe('05.03.2026');
    expect(formatDate('2026-03-05', 'en')).toBe('05/03/2026');
    expect(formatDate('2026-03-05', 'de', 'long')).toBe('5. März 2026');
    expect(formatDate('2026-03-05', 'en', 'long')).toBe('5 March 2026');
    expect(formatDate('2026-03-05', 'de')).toBe('05.03.2026');
  });

  it('keeps a day that is not a date as it came', () => {
    expect(formatDate('2026-02-30x', 'de')).toBe('2026-02-30x');
  });

  it('formats numbers, percentages and signed points per language and option', () => {
    expect(formatNumber(1234.56, 'de')).toBe('1.234,6');
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
    expect(formatNumber(1234.56, 'de', 0)).toBe('1.235');
    expect(formatPercent(42, 'de')).toBe('42\u00a0%');
    expect(formatPercent(0.42, 'en', { isShare: true })).toBe('42%');
    expect(formatSignedPoints(4.2, 'de')).toBe('+4,2');
    expect(formatSignedPoints(0, 'de')).toBe('0');
    expect(formatNumber(4.2, 'de')).toBe('4,2');
  });
});
