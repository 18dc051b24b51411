import { formatSignedNumber } from '../../lib/format-number';

/** A change in percentage points with its sign ("+4,2", "−1", "0"). */
export function formatSignedPoints(value: number, language: string): string {
  return formatSignedNumber(value, language);
}
