import { localeOf } from '../i18n/i18n';

/**
 * Dates in the API are calendar days (`YYYY-MM-DD`). They are formatted in UTC so that a day never
 * shifts by the viewer's time zone.
 */
export function parseDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * Intl formatters are costly to build (a report or print view formats thousands of cells), so
 * each locale/option set is built once.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, build: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDate(iso: string, language: string, style: 'short' | 'long' = 'short'): string {
  const date = parseDay(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = localeOf(language);
  return cached(
    `date|${locale}|${style}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone: 'UTC',
        ...(style === 'short'
          ? { day: '2-digit', month: '2-digit', year: 'numeric' }
          : { day: 'numeric', month: 'long', year: 'numeric' }),
      }),
  ).format(date);
}

/** Quarter label for indicator series, e.g. "Q3 2026". */
export function formatQuarter(iso: string): string {
  const date = parseDay(iso);
  return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 1): string {
  const locale = localeOf(language);
  return cached(`number|${locale}|${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(
    value,
  );
}

/** A share 0…1 or a progress 0…100 as "42 %" (German puts a space before the sign). */
export function formatPercent(value: number, language: string, { isShare = false } = {}): string {
  const locale = localeOf(language);
  return cached(`percent|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(
    isShare ? value : value / 100,
  );
}

/** Days between two calendar days (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseDay(b).getTime() - parseDay(a).getTime()) / 86_400_000);
}

/** The calendar day `months` before `iso` (used for "older than six months before the Datenstand"). */
export function monthsBefore(iso: string, months: number): string {
  const date = parseDay(iso);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}
