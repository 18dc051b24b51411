import * as z from 'zod/mini';
import { paths } from './paths';
import { linkWithSearch, param, type SearchValues } from './search-params';

const slug = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** Auto-advance bounds in seconds: fast enough for a kiosk, slow enough to read a slide. */
export const AUTO_MIN = 5;
export const AUTO_MAX = 600;

/**
 * Where Esc leaves to: any path of this app, as the app's own link builders write it (encoded
 * query, so `+`, `%`, `(` or `'` may appear). What is refused is what could leave the app: a
 * scheme, `//host`, a backslash (browsers read `/\host` as `//host`), spaces and control characters.
 */
const inAppPath = z.string().check(z.regex(/^\/(?![/\\])[^\s\p{Cc}\\]*$/u));

/** Long enough for a measures link with a full search text and several filters. */
const MAX_PATH_LENGTH = 2000;

/**
 * The deck's URL. `folie` is 1-based (what people say and share); too large values are clamped
 * in the view. `zurueck` is where Esc leaves to: an in-app path only (no `//host`, no scheme).
 */
export const deckSearchSpec = {
  folie: param.one(z.pipe(z.string().check(z.regex(/^[1-9]\d{0,3}$/)), z.transform(Number)), 1),
  bereich: param.many(slug),
  stand: param.one(slug, ''),
  auto: param.one(
    z.pipe(
      z.string().check(
        z.regex(/^\d{1,3}$/),
        z.refine((v) => Number(v) >= AUTO_MIN && Number(v) <= AUTO_MAX),
      ),
      z.transform(Number),
    ),
    0,
  ),
  zurueck: param.one(inAppPath, '', MAX_PATH_LENGTH),
};

export type DeckSearch = SearchValues<typeof deckSearchSpec>;

/** A link into the deck (from the meetings page, the overview …). */
export function deckHref(values: Partial<DeckSearch>): string {
  return linkWithSearch(paths.presentation, deckSearchSpec, values);
}
