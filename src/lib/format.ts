import { localeOf } from '../i18n/i18n';

/**
 * Dates in the API are calendar days (`YYYY-MM-DD`). They are formatted in UTC so that a day never
 * shifts by the viewer's time zone.
 */
export function parseDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * Dates and lists (here) and numbers (format-number.ts) are written by hand for the two UI
 * languages, the way Intl writes them for de-DE and en-GB (decision 041; `tests/unit/format.test.ts`
 * holds them to Intl's output). A page's first Intl formatter costs 20–40 ms here, four times that
 * on a throttled phone: Chromium loads the locale data then, and every view formats something on
 * its first screen. Intl stays for what the hand-written rules do not cover (the fallbacks) and for
 * sorting (german-text.ts).
 */
export interface Conventions {
  locale: string;
  group: string;
  decimal: string;
  /** After the number: German puts a no-break space before the sign. */
  percent: string;
  and: string;
  months: readonly string[];
  shortDate: (day: string, month: string, year: number) => string;
  longDate: (day: number, month: string, year: number) => string;
}

const german: Conventions = {
  locale: 'de-DE',
  group: '.',
  decimal: ',',
  percent: '\u00a0%',
  and: ' und ',
  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  shortDate: (day, month, year) => `${day}.${month}.${year}`,
  longDate: (day, month, year) => `${day}. ${month} ${year}`,
};

const english: Conventions = {
  locale: 'en-GB',
  group: ',',
  decimal: '.',
  percent: '%',
  // British English: no comma before "and".
  and: ' and ',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  shortDate: (day, month, year) => `${day}/${month}/${year}`,
  longDate: (day, month, year) => `${day} ${month} ${year}`,
};

export function conventionsOf(language: string): Conventions {
  return localeOf(language) === english.locale ? english : german;
}

/**
 * The Intl fallbacks (here and in format-number.ts) keep one formatter per key (language and
 * options): building one costs far more than using one (issue 12).
 */
export function cachedFormatter<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

// Intl for the dates the hand-written rules do not cover.
const intlDates = new Map<string, Intl.DateTimeFormat>();
const intlDateStyles = {
  short: { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' },
  long: { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

function intlDate(locale: string, style: 'short' | 'long'): Intl.DateTimeFormat {
  return cachedFormatter(intlDates, `${locale}|${style}`, () => new Intl.DateTimeFormat(locale, intlDateStyles[style]));
}

export function formatDate(iso: string, language: string, style: 'short' | 'long' = 'short'): string {
  const date = parseDay(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const c = conventionsOf(language);
  const year = date.getUTCFullYear();
  // Intl writes years outside 1000–9999 its own way (no padding, eras); they come only from bad data.
  if (year < 1000 || year > 9999) return intlDate(c.locale, style).format(date);
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  return style === 'short'
    ? c.shortDate(String(day).padStart(2, '0'), String(month + 1).padStart(2, '0'), year)
    : c.longDate(day, c.months[month] ?? '', year);
}

/** Joins names the way the language does ("A, B und C" / "A, B and C"). */
export function formatList(names: readonly string[], language: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')}${conventionsOf(language).and}${names[names.length - 1]}`;
}

/** Quarter label for indicator series, e.g. "Q3 2026". */
export function formatQuarter(iso: string): string {
  const date = parseDay(iso);
  return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
}

/**
 * Orders calendar days (`YYYY-MM-DD`) as text, which for this form is the order of the calendar.
 * Not `localeCompare`: its first call on a page loads the collation data (decision 041).
 */
export function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
