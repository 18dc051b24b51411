import { describe, expect, it } from 'vitest';
import { formatSignedPoints } from '../../src/features/overview/overview-format';
import { roundDecimal } from '../../src/lib/decimal';
import { formatDate, formatList } from '../../src/lib/format';
import { formatNumber, formatPercent, formatSignedNumber } from '../../src/lib/format-number';

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

  it('keeps NaN, infinities and numbers with an exponent to Intl', () => {
    expect(formatNumber(Number.NaN, 'de')).toBe('NaN');
    expect(formatNumber(-Infinity, 'en')).toBe('-∞');
    expect(formatNumber(1e21, 'de')).toBe('1.000.000.000.000.000.000.000');
    expect(formatNumber(1e-7, 'de')).toBe('0');
    expect(roundDecimal(Number.NaN, 1)).toBeUndefined();
    expect(roundDecimal(1e21, 1)).toBeUndefined();
  });
});

/**
 * The hand-written formats (decision 041) against Intl itself, for both UI languages: whatever
 * Intl.NumberFormat, DateTimeFormat and ListFormat write for de-DE and en-GB, the app writes too.
 * The numbers include the hard cases: halves at every digit (0.15, 2.675, -2.5), carries into a
 * new digit (999.95), -0 and negative numbers that round to 0, and grouping from 4 digits on.
 */
describe('format: the same text as Intl', () => {
  const locales = { de: 'de-DE', en: 'en-GB' } as const;

  // A small deterministic generator, so a failure names a number that can be tried again.
  let seed = 12_345;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const hard = [
    0, -0, 0.05, 0.15, 0.25, 0.45, 1.005, 2.5, -2.5, 2.675, 99.95, 999.95, 9999.5, -0.04, -0.05, 0.5, 1234, 12345.678, 1e6,
    123456789.25, 0.000001, 5e-7,
  ];
  const numbers = [
    ...hard,
    ...hard.map((n) => -n),
    ...Array.from({ length: 1500 }, () => {
      const scale = 10 ** Math.floor(random() * 9 - 3);
      const n = Math.round(random() * 100_000) / 1000;
      return (random() < 0.3 ? -1 : 1) * n * scale;
    }),
    ...Array.from({ length: 500 }, () => Math.round(random() * 20_000) / 200), // many exact halves
  ];

  for (const [language, locale] of Object.entries(locales)) {
    it(`numbers, signed numbers and percentages in ${locale}`, () => {
      for (const digits of [0, 1, 2]) {
        const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
        const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' });
        for (const n of numbers) {
          expect(formatNumber(n, language, digits), `${n}, ${digits} digits`).toBe(plain.format(n));
          expect(formatSignedNumber(n, language, digits), `${n} signed, ${digits} digits`).toBe(signed.format(n));
        }
      }
      const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
      for (const n of numbers) {
        expect(formatPercent(n, language, { isShare: true }), `share ${n}`).toBe(percent.format(n));
      }
      // A progress of 0…100 (as the data have it, up to two decimals), against Intl's share of it.
      for (let hundredths = -500; hundredths <= 10_500; hundredths += 7) {
        const progress = hundredths / 100;
        expect(formatPercent(progress, language), `progress ${progress}`).toBe(percent.format(progress / 100));
      }
    });

    it(`dates, short and long, in ${locale}`, () => {
      const short = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
      const long = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
      const days = ['0999-12-31', '1000-01-01', '9999-12-31', '2026-02-29'];
      for (let time = Date.UTC(1995, 0, 1); time < Date.UTC(2045, 0, 1); time += 86_400_000 * 3) {
        days.push(new Date(time).toISOString().slice(0, 10));
      }
      for (const day of days) {
        const date = new Date(`${day}T00:00:00Z`);
        expect(formatDate(day, language), day).toBe(short.format(date));
        expect(formatDate(day, language, 'long'), day).toBe(long.format(date));
      }
    });

    it(`lists of names in ${locale}`, () => {
      const list = new Intl.ListFormat(locale, { type: 'conjunction' });
      const names = ['Landeshauptstadt Düsseldorf', 'Handwerkskammer', 'Kreishandwerkerschaft', 'IHK', 'Agentur für Arbeit'];
      for (let n = 0; n <= names.length; n++) {
        expect(formatList(names.slice(0, n), language)).toBe(list.format(names.slice(0, n)));
      }
    });
  }
});
