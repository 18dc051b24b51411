import { roundDecimal } from './decimal';
import { cachedFormatter, conventionsOf } from './format';

/**
 * Numbers and percentages, written by hand as Intl.NumberFormat writes them for de-DE and en-GB
 * (decision 041; `tests/unit/format.test.ts` holds them to Intl's output). Apart from format.ts
 * (dates and lists): the app's shell needs no numbers, so this stays out of the entry chunk.
 */

// Intl for the numbers the hand-written rules do not cover.
const intlNumbers = new Map<string, Intl.NumberFormat>();

function intlNumber(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedFormatter(intlNumbers, `${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

interface NumberStyle {
  maximumFractionDigits: number;
  /** Written as a percentage of 1 (a share) or of 100 (a progress). */
  percentOf?: 1 | 100;
  /** With a "+" before a positive number; no sign for a number that rounds to 0. */
  signed?: boolean;
}

/** As `Intl.NumberFormat` with these options writes it (minimum fraction digits 0, grouping on). */
function formatDecimal(
  value: number,
  language: string,
  { maximumFractionDigits, percentOf, signed = false }: NumberStyle,
): string {
  const c = conventionsOf(language);
  const rounded = roundDecimal(value, maximumFractionDigits, percentOf === 1 ? 2 : 0);
  if (rounded === undefined) {
    // NaN, infinities and numbers JavaScript writes with an exponent: not in any plan's data.
    return intlNumber(c.locale, {
      maximumFractionDigits,
      ...(percentOf ? { style: 'percent' } : {}),
      ...(signed ? { signDisplay: 'exceptZero' } : {}),
    }).format(percentOf === 100 ? value / 100 : value);
  }
  const zero = rounded.integer === '0' && rounded.fraction === '';
  const sign = rounded.negative ? (signed && zero ? '' : '-') : signed && !zero ? '+' : '';
  const integer = rounded.integer.replace(/\B(?=(\d{3})+$)/g, c.group);
  return `${sign}${integer}${rounded.fraction ? c.decimal + rounded.fraction : ''}${percentOf ? c.percent : ''}`;
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 1): string {
  return formatDecimal(value, language, { maximumFractionDigits });
}

/** A change with its sign ("+4,2", "-1", "0"). */
export function formatSignedNumber(value: number, language: string, maximumFractionDigits = 1): string {
  return formatDecimal(value, language, { maximumFractionDigits, signed: true });
}

/** A share 0…1 or a progress 0…100 as "42 %" (German puts a space before the sign). */
export function formatPercent(value: number, language: string, { isShare = false } = {}): string {
  return formatDecimal(value, language, { maximumFractionDigits: 0, percentOf: isShare ? 1 : 100 });
}
