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
 * The shared German collator (numbers by value, "GF-2" before "GF-10"): creating one per comparison is slow
 * with 10,000 rows. Created on first use, not when the views' shared chunk is evaluated: a page's
 * first collator costs 10–20 ms (the collation data load, decision 041). For a view that sorts names
 * on its first screen, main.tsx creates it while the page waits for the view's code
 * (src/app/warm-up.ts), if that wait is long enough. Ids sort with compareIds, below.
 */
export function germanCollator(): Intl.Collator {
  collator ??= new Intl.Collator('de-DE', { numeric: true, sensitivity: 'base' });
  return collator;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** A hyphen or a letter's place in the collator's order (case-insensitive); -1 for anything else. */
function simpleWeight(code: number): number {
  if (code === 45) return 1; // '-': punctuation sorts before digits and letters
  if (code >= 97 && code <= 122) return code;
  if (code >= 65 && code <= 90) return code + 32;
  return -1;
}

function isSimpleId(id: string): boolean {
  for (let i = 0; i < id.length; i += 1) {
    const code = id.charCodeAt(i);
    if (!isDigit(code) && simpleWeight(code) < 0) return false;
  }
  return true;
}

/**
 * Two measure ids in the German collator's order ("GF-2" before "GF-10", "gf-3" beside "GF-3"),
 * without the collator for ids of ASCII letters, digits and hyphens. Why: the overview, the work
 * area, the deck and the report sort nothing but ids on their first screen, and the collator's
 * first use on a page loads the collation data (10–20 ms, decision 041); this way they never load
 * them. Any other id goes to the collator itself. The unit test holds the two to the same order.
 * It is also faster at scale (10,000 ids: ~33 vs ~53 ms in Node).
 */
export function compareIds(a: string, b: string): number {
  if (!isSimpleId(a) || !isSimpleId(b)) return germanCollator().compare(a, b);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const digitA = isDigit(a.charCodeAt(i));
    const digitB = isDigit(b.charCodeAt(j));
    if (digitA && digitB) {
      // Numbers by value: leading zeros do not count, a longer number is larger.
      while (a.charCodeAt(i) === 48) i += 1;
      while (b.charCodeAt(j) === 48) j += 1;
      let endA = i;
      let endB = j;
      while (endA < a.length && isDigit(a.charCodeAt(endA))) endA += 1;
      while (endB < b.length && isDigit(b.charCodeAt(endB))) endB += 1;
      if (endA - i !== endB - j) return endA - i < endB - j ? -1 : 1;
      for (; i < endA; i += 1, j += 1) {
        const difference = a.charCodeAt(i) - b.charCodeAt(j);
        if (difference !== 0) return difference < 0 ? -1 : 1;
      }
      continue;
    }
    // A number sorts after a hyphen and before a letter.
    const weightA = digitA ? 2 : simpleWeight(a.charCodeAt(i));
    const weightB = digitB ? 2 : simpleWeight(b.charCodeAt(j));
    if (weightA !== weightB) return weightA < weightB ? -1 : 1;
    i += 1;
    j += 1;
  }
  const restA = a.length - i;
  const restB = b.length - j;
  return restA === restB ? 0 : restA < restB ? -1 : 1;
}
