import { localeOf } from '../i18n/i18n';

/**
 * Dates in the API are calendar days (`YYYY-MM-DD`). They are formatted in UTC so that a day never
 * shifts by the viewer's time zone.
 */
export function parseDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

// Building an Intl formatter costs far more than using one (it was the app's top function in the
// CPU profile, issue 12): keep one per language and option set. Only a handful of keys exist.
const numberFormatters = new Map<string, Intl.NumberFormat>();
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const listFormatters = new Map<string, Intl.ListFormat>();

function cached<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/** A shared Intl.NumberFormat for the UI language and these options. */
export function numberFormatter(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = localeOf(language);
  return cached(numberFormatters, `${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

const dateStyles = {
  short: { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' },
  long: { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export function formatDate(iso: string, language: string, style: 'short' | 'long' = 'short'): string {
  const date = parseDay(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = localeOf(language);
  return cached(dateFormatters, `${locale}|${style}`, () => new Intl.DateTimeFormat(locale, dateStyles[style])).format(date);
}

/** Joins names the way the language does ("A, B und C" / "A, B and C"). */
export function formatList(names: readonly string[], language: string): string {
  const locale = localeOf(language);
  return cached(listFormatters, locale, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(names);
}

/** Quarter label for indicator series, e.g. "Q3 2026". */
export function formatQuarter(iso: string): string {
  const date = parseDay(iso);
  return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 1): string {
  return numberFormatter(language, { maximumFractionDigits }).format(value);
}

/** A share 0…1 or a progress 0…100 as "42 %" (German puts a space before the sign). */
export function formatPercent(value: number, language: string, { isShare = false } = {}): string {
  return numberFormatter(language, { style: 'percent', maximumFractionDigits: 0 }).format(isShare ? value : value / 100);
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
