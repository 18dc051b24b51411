import { describe, expect, it } from 'vitest';
import { deckKeyAction, DIGIT_WINDOW_MS, type DeckKey, type DeckPosition } from '../../src/features/presentation/deck-keys';

const key = (k: string, extra: Partial<DeckKey> = {}): DeckKey => ({
  key: k,
  modified: false,
  typing: false,
  activatable: false,
  ...extra,
});
const at = (index: number, total = 14, extra: Partial<DeckPosition> = {}): DeckPosition => ({
  index,
  total,
  now: 1000,
  digit: undefined,
  ...extra,
});

/** Types `keys` one after another, `gap` ms apart, starting on slide 1; returns the slide reached. */
function type(keys: string[], total: number, gap = 100): number {
  let index = 1;
  let digit: DeckPosition['digit'];
  keys.forEach((k, i) => {
    const result = deckKeyAction(key(k), { index, total, now: 1000 + i * gap, digit });
    digit = result.digit;
    if (result.action?.kind === 'go') index = result.action.slide;
  });
  return index;
}

describe('deckKeyAction', () => {
  it('steps with the clicker keys and Space, and jumps with Home and End', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) {
      expect(deckKeyAction(key(k), at(3)).action).toEqual({ kind: 'go', slide: 4 });
    }
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) {
      expect(deckKeyAction(key(k), at(3)).action).toEqual({ kind: 'go', slide: 2 });
    }
    expect(deckKeyAction(key('Home'), at(7)).action).toEqual({ kind: 'go', slide: 1 });
    expect(deckKeyAction(key('End'), at(7)).action).toEqual({ kind: 'go', slide: 14 });
  });

  it('stays within the deck at both ends', () => {
    expect(deckKeyAction(key('ArrowLeft'), at(1)).action).toEqual({ kind: 'go', slide: 1 });
    expect(deckKeyAction(key('ArrowRight'), at(14)).action).toEqual({ kind: 'go', slide: 14 });
  });

  it('jumps to a two-digit slide: "1" then "2" is slide 12', () => {
    expect(type(['1', '2'], 14)).toBe(12);
    expect(type(['1', '0'], 14)).toBe(10);
  });

  it('takes digits typed slowly as two one-digit slides', () => {
    expect(type(['1', '2'], 14, DIGIT_WINDOW_MS + 1)).toBe(2);
  });

  it('takes "1" then "2" as slide 2 when the deck has fewer than 12 slides', () => {
    expect(type(['1', '2'], 11)).toBe(2);
  });

  it('starts a new number after a two-digit jump: "1", "2", "3" is slide 3', () => {
    expect(type(['1', '2', '3'], 14)).toBe(3);
  });

  it('ignores 0 as a first digit and a one-digit slide beyond the deck goes to the last', () => {
    expect(deckKeyAction(key('0'), at(5)).action).toBeUndefined();
    expect(deckKeyAction(key('9'), at(1, 6)).action).toEqual({ kind: 'go', slide: 6 });
  });

  it('toggles full screen with F, leaves with Esc', () => {
    expect(deckKeyAction(key('f'), at(2)).action).toEqual({ kind: 'fullscreen' });
    expect(deckKeyAction(key('F'), at(2)).action).toEqual({ kind: 'fullscreen' });
    expect(deckKeyAction(key('Escape'), at(2)).action).toEqual({ kind: 'leave' });
  });

  it('stops auto-advance on any key but Esc', () => {
    expect(deckKeyAction(key('ArrowRight'), at(2)).stopsAuto).toBe(true);
    expect(deckKeyAction(key('Tab'), at(2)).stopsAuto).toBe(true);
    expect(deckKeyAction(key('Escape'), at(2)).stopsAuto).toBe(false);
  });

  it('leaves Space to a focused button and other keys to the browser', () => {
    const space = deckKeyAction(key(' ', { activatable: true }), at(2));
    expect(space).toMatchObject({ action: undefined, handled: false });
    expect(deckKeyAction(key('Tab'), at(2))).toMatchObject({ action: undefined, handled: false });
  });

  it('does nothing with modifier keys or while typing in a field', () => {
    expect(deckKeyAction(key('ArrowRight', { modified: true }), at(2))).toMatchObject({
      action: undefined,
      handled: false,
      stopsAuto: false,
    });
    expect(deckKeyAction(key('f', { typing: true }), at(2))).toMatchObject({ action: undefined, handled: false });
  });
});
