import { germanCollator } from './german-text';

// Its own module, not german-text.ts: the entry imports that for the warm-up, and this belongs in
// the views' shared chunk (decision 025), off the initial JS.
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
