/**
 * An id as one path segment. wouter hands routes the path after `decodeURI`, which decodes `%25`
 * but keeps `%2F`, `%3F`, `%23` … encoded, so plain `encodeURIComponent` would not come back as
 * the same id. Reserved characters and `%` are escaped first, then the rest with `encodeURI`;
 * `pathParam` undoes what `decodeURI` leaves. Ordinary ids (`HH-02`) stay as they are.
 */
export function pathSegment(id: string): string {
  const escaped = id.replace(/[%;,/?:@&=+$#]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return encodeURI(escaped);
}

/** The id from a route parameter written by `pathSegment` (after wouter's `decodeURI`). */
export function pathParam(value: string): string {
  return value.replace(/%(25|3B|2C|2F|3F|3A|40|26|3D|2B|24|23)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Every route of the app, in one place, so links between features cannot drift. German slugs. */
export const paths = {
  overview: '/',
  workArea: (id: string) => `/handlungsfelder/${pathSegment(id)}`,
  measures: '/massnahmen',
  measure: (id: string) => `/massnahmen/${pathSegment(id)}`,
  meetings: '/spitzengespraeche',
  presentation: '/praesentation',
  report: '/bericht',
  about: '/ueber',
  accessibility: '/barrierefreiheit',
  easyRead: '/leichte-sprache',
} as const;

/** The route patterns of the pages with an id (matched by wouter; read the id with `pathParam`). */
export const routePatterns = {
  workArea: '/handlungsfelder/:id',
  measure: '/massnahmen/:id',
} as const;
