/**
 * German-aware text handling for search and sort: "Handwerkerhoefe" finds "Handwerkerhöfe",
 * "strasse" finds "Straße", and case and other accents do not matter.
 */
export function foldGerman(text: string): string {
  // toLowerCase, not toLocaleLowerCase('de-DE'): they differ only for Turkish, Azeri and
  // Lithuanian letters, and the locale version made this the top function of the 10,000-measure
  // search index (~50 ms, now ~20). NFD only when something non-ASCII is left (accents, „“).
  const folded = text.toLowerCase().replace(/[äöüß]/g, (letter) => umlauts[letter] ?? letter);
  return nonAscii.test(folded) ? folded.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : folded;
}

const umlauts: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const nonAscii = /[^\u0000-\u007f]/;

let collator: Intl.Collator | undefined;

/**
 * The shared German collator (numbers by value, "GF-2" before "GF-10"): creating one per
 * comparison is slow with 10,000 rows. Created on first use, not when the views' shared chunk is
 * evaluated: a page's first collator costs 10–20 ms (the collation data load, decision 041). For a
 * view that sorts names on its first screen, main.tsx creates it while the page waits for the
 * view's code (src/app/warm-up.ts), if that wait is long enough. Ids sort with compareIds
 * (compare-ids.ts).
 */
export function germanCollator(): Intl.Collator {
  collator ??= new Intl.Collator('de-DE', { numeric: true, sensitivity: 'base' });
  return collator;
}
