/**
 * Decimal rounding as Intl.NumberFormat does it, without Intl (decision 041): on the shortest
 * decimal that reads back as the number, half away from zero. So 0.15 rounds to 0.2 at one digit,
 * where `(0.15).toFixed(1)` gives "0.1" (the double 0.15 is a little less than 0.15).
 */
export interface RoundedDecimal {
  /** The sign of the number itself: also true for -0 and for a negative number that rounds to 0. */
  negative: boolean;
  /** Digits before the point, without leading zeros ("0" for none). */
  integer: string;
  /** Digits after the point, without trailing zeros ("" for none). */
  fraction: string;
}

/**
 * `value` × 10^`shift` (exact, by moving the point: a percentage of a share), rounded to at most
 * `digits` fraction digits. Undefined for NaN, ±Infinity and numbers that JavaScript writes with
 * an exponent (|value| ≥ 1e21 or < 1e-6 and not 0): the caller falls back to Intl for those.
 */
export function roundDecimal(value: number, digits: number, shift = 0): RoundedDecimal | undefined {
  if (!Number.isFinite(value)) return undefined;
  const text = String(Math.abs(value));
  if (text.includes('e')) return undefined;
  const [whole = '0', part = ''] = text.split('.');
  const fractionDigits = part.padEnd(shift, '0');
  let integer = whole + fractionDigits.slice(0, shift);
  let fraction = fractionDigits.slice(shift);
  if (fraction.length > digits) {
    const roundUp = fraction.charCodeAt(digits) >= 53; // '5'
    fraction = fraction.slice(0, digits);
    if (roundUp) [integer, fraction] = splitAt(increment(integer + fraction), fraction.length);
  }
  return {
    negative: value < 0 || Object.is(value, -0),
    integer: integer.replace(/^0+(?=\d)/, ''),
    fraction: fraction.replace(/0+$/, ''),
  };
}

/** A string of decimal digits plus one ("199" → "200", "99" → "100"). */
function increment(digitString: string): string {
  const digits = digitString.split('');
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] !== '9') {
      digits[i] = String(Number(digits[i]) + 1);
      return digits.join('');
    }
    digits[i] = '0';
  }
  return `1${digits.join('')}`;
}

/** Splits a digit string so that the last `fractionLength` digits are the fraction. */
function splitAt(digitString: string, fractionLength: number): [string, string] {
  const cut = digitString.length - fractionLength;
  return [digitString.slice(0, cut) || '0', digitString.slice(cut)];
}
