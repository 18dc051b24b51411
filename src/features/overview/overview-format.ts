import { numberFormatter } from '../../lib/format';

/** A change in percentage points with its sign ("+4,2", "−1", "0"). */
export function formatSignedPoints(value: number, language: string): string {
  return numberFormatter(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}
