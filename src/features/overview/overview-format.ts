import { localeOf } from '../../i18n/i18n';

/** A change in percentage points with its sign ("+4,2", "−1", "0"). */
export function formatSignedPoints(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}
