import { expect } from 'vitest';
import { within } from '@testing-library/react';

/**
 * The one list item of `list` whose text matches: how a person finds "the line about X" in a
 * list, without walking the DOM from a text node up to its item.
 */
export function listItemWith(list: HTMLElement, text: RegExp): HTMLElement {
  const items = within(list)
    .getAllByRole('listitem')
    .filter((item) => text.test(item.textContent ?? ''));
  expect(items, `one list item matching ${text}`).toHaveLength(1);
  return items[0] as HTMLElement;
}
