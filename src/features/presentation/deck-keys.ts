/**
 * What a key press does in the deck, as a pure function of the key and the deck's position, so
 * the clicker keys, Home/End and two-digit slide numbers are unit tested without a browser.
 */

/** Two digits typed within this time jump to a two-digit slide number. */
export const DIGIT_WINDOW_MS = 800;

/** The first digit of a possible two-digit number, and when it was typed. */
export interface PendingDigit {
  value: number;
  at: number;
}

export interface DeckKey {
  key: string;
  /** Alt, Ctrl or Meta held: browser shortcuts stay usable. */
  modified: boolean;
  /** Focus is in a text field (nothing in the deck today, but a notice might get one). */
  typing: boolean;
  /** Focus is on a button, link or summary: Space presses it instead of advancing. */
  activatable: boolean;
}

export interface DeckPosition {
  index: number;
  total: number;
  /** A monotonic time in ms (performance.now()). */
  now: number;
  digit: PendingDigit | undefined;
}

export type DeckAction = { kind: 'go'; slide: number } | { kind: 'fullscreen' } | { kind: 'leave' };

export interface DeckKeyResult {
  action: DeckAction | undefined;
  /** The deck used the key: the page calls preventDefault (no scrolling, no find-as-you-type). */
  handled: boolean;
  /** Any key but Esc stops auto-advance (WCAG 2.2.2); Esc leaves anyway. */
  stopsAuto: boolean;
  digit: PendingDigit | undefined;
}

const nextKeys = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const previousKeys = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

function clamp(slide: number, total: number): number {
  return Math.min(Math.max(1, slide), total);
}

function digitResult(key: string, position: DeckPosition): DeckKeyResult {
  const digit = Number(key);
  const { digit: pending, now, total } = position;
  const combined = pending && now - pending.at < DIGIT_WINDOW_MS ? pending.value * 10 + digit : undefined;
  if (combined !== undefined && combined >= 1 && combined <= total) {
    return { action: { kind: 'go', slide: combined }, handled: true, stopsAuto: true, digit: undefined };
  }
  if (digit >= 1) {
    return {
      action: { kind: 'go', slide: clamp(digit, total) },
      handled: true,
      stopsAuto: true,
      digit: { value: digit, at: now },
    };
  }
  return { action: undefined, handled: true, stopsAuto: true, digit: undefined };
}

export function deckKeyAction(input: DeckKey, position: DeckPosition): DeckKeyResult {
  const { key } = input;
  const keep = position.digit;
  if (input.modified || input.typing) return { action: undefined, handled: false, stopsAuto: false, digit: keep };
  const stopsAuto = key !== 'Escape';
  const go = (slide: number): DeckKeyResult => ({
    action: { kind: 'go', slide: clamp(slide, position.total) },
    handled: true,
    stopsAuto,
    digit: keep,
  });
  if (nextKeys.has(key)) return go(position.index + 1);
  if (previousKeys.has(key)) return go(position.index - 1);
  switch (key) {
    case ' ':
      return input.activatable ? { action: undefined, handled: false, stopsAuto, digit: keep } : go(position.index + 1);
    case 'Home':
      return go(1);
    case 'End':
      return go(position.total);
    case 'f':
    case 'F':
      return { action: { kind: 'fullscreen' }, handled: true, stopsAuto, digit: keep };
    case 'Escape':
      return { action: { kind: 'leave' }, handled: true, stopsAuto, digit: keep };
  }
  if (/^\d$/.test(key)) return digitResult(key, position);
  return { action: undefined, handled: false, stopsAuto, digit: keep };
}
