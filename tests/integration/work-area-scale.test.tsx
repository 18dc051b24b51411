import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setScenario } from '../../mocks/scenario';
import { renderApp } from '../render';

describe('work area with 10,000 measures', () => {
  it('renders one page per status group and list, with a button for the next page', async () => {
    const user = userEvent.setup();
    setScenario('scale-10000');
    renderApp({ path: '/handlungsfelder/gewerbeflaechen' });
    // 10,000 generated and validated measures in jsdom: more than the usual find budget.
    const section = await screen.findByRole('region', { name: 'Maßnahmen nach Status' }, { timeout: 20_000 });
    // The paging buttons come with the list, a render after the region: the same budget (a side
    // `npm test` next to the browser tests once took longer than the default 5 s here).
    const buttons = await within(section).findAllByRole(
      'button',
      { name: /^50 weitere anzeigen \(noch [\d.]+ von [\d.]+\)$/ },
      { timeout: 20_000 },
    );
    expect(buttons.length).toBeGreaterThan(0);
    // Bounded: at most one page of links per status group, whatever the plan's size.
    // (one link per measure, plus the link to the filtered list)
    expect(within(section).getAllByRole('link').length).toBeLessThanOrEqual(5 * 50 + 1);
    // The DOM size itself is the point here (21,826 nodes before paging), not something a person sees.
    // eslint-disable-next-line testing-library/no-node-access
    expect(document.getElementsByTagName('*').length).toBeLessThan(6000);

    const [first] = buttons;
    const before = within(section).getAllByRole('listitem').length;
    await user.click(first as HTMLElement);
    expect(within(section).getAllByRole('listitem')).toHaveLength(before + 50);
  });
});
