import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setScenario } from '../../mocks/scenario';
import { renderApp } from '../render';
import { listItemWith } from '../queries';

const last = (history: string[]) => history[history.length - 1];

describe('meetings page', () => {
  it('lists every meeting, newest first, with participants, topics and agreements', async () => {
    renderApp({ path: '/spitzengespraeche' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Spitzengespräche' })).toBeInTheDocument();
    const section = await screen.findByRole('region', { name: 'Alle Spitzengespräche' });
    const titles = (await within(section).findAllByRole('heading', { level: 3 })).map((h) => h.textContent);
    expect(titles).toEqual([
      '3. Spitzengespräch Masterplan Handwerk',
      '2. Spitzengespräch Masterplan Handwerk',
      '1. Spitzengespräch Masterplan Handwerk',
    ]);
    const second = within(section).getByRole('article', { name: '2. Spitzengespräch Masterplan Handwerk' });
    expect(within(second).getByText('3. Februar 2025')).toBeInTheDocument();
    expect(within(second).getByText('EuroSkills 2027')).toBeInTheDocument();
    // Agreement sg-2025-a5: due 31.12.2025, still in progress at the data date → overdue.
    const agreement = listItemWith(second, /Azubiwohnheim/);
    expect(within(agreement).getByText('in Arbeit')).toBeInTheDocument();
    expect(within(agreement).getByText('überfällig')).toBeInTheDocument();
    expect(within(agreement).getByText('31.12.2025')).toBeInTheDocument();
    expect(within(agreement).getByRole('link', { name: /FK-04/ })).toHaveAttribute('href', '/massnahmen/FK-04');
    // Done agreements are not overdue.
    const done = listItemWith(second, /Begleitprogramm mit eigener Anmeldung/);
    expect(within(done).getByText('erledigt')).toBeInTheDocument();
    expect(within(done).queryByText('überfällig')).not.toBeInTheDocument();
    expect(within(second).getByRole('link', { name: /Präsentation mit dem Stand vom 03.02.2025/ })).toHaveAttribute(
      'href',
      '/praesentation?stand=sg-2025&zurueck=%2Fspitzengespraeche',
    );
  });

  it('compares the latest meeting with now by default', async () => {
    renderApp({ path: '/spitzengespraeche' });
    expect(
      await screen.findByText('Vergleich: 3. Spitzengespräch Masterplan Handwerk (18.02.2026) → Datenstand 16.11.2026'),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Von' })).toHaveValue('sg-2026');
    expect(screen.getByRole('combobox', { name: 'Bis' })).toHaveValue('jetzt');
    const completed = screen.getByRole('region', { name: 'Abgeschlossen: 5 Maßnahmen' });
    const links = within(completed).getAllByRole('link');
    expect(links).toHaveLength(5);
    expect(links[0]?.getAttribute('href')).toMatch(/^\/massnahmen\//);
    expect(screen.getByRole('region', { name: 'Neu verzögert: 2 Maßnahmen' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Wieder im Plan: 1 Maßnahme' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Fortschritt nach Handlungsfeld/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 5);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Gewerbeflächen');
    expect(screen.getByRole('link', { name: /Als Präsentation zeigen/ })).toHaveAttribute(
      'href',
      '/praesentation?zurueck=%2Fspitzengespraeche',
    );
  });

  it('takes the comparison from the URL and writes a changed one back', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ path: '/spitzengespraeche?von=sg-2024&bis=sg-2025' });
    expect(
      await screen.findByText(
        'Vergleich: 1. Spitzengespräch Masterplan Handwerk (21.02.2024) → 2. Spitzengespräch Masterplan Handwerk (03.02.2025)',
      ),
    ).toBeInTheDocument();
    // The deck link pins to the later meeting and comes back to this comparison.
    expect(screen.getByRole('link', { name: /Als Präsentation zeigen/ }).getAttribute('href')).toBe(
      '/praesentation?stand=sg-2025&zurueck=%2Fspitzengespraeche%3Fvon%3Dsg-2024%26bis%3Dsg-2025',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bis' }), 'jetzt');
    expect(last(history)).toBe('/spitzengespraeche?von=sg-2024&bis=jetzt');
    expect(await screen.findByText(/→ Datenstand 16\.11\.2026/)).toBeInTheDocument();
  });

  it('links to a deck that accepts its way back, even with odd characters in the URL', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ path: "/spitzengespraeche?von=sg-2025&ref=Rat(2026)'s" });
    await user.click(await screen.findByRole('link', { name: /Als Präsentation zeigen/ }));
    expect(await screen.findByRole('main', { name: 'Präsentation des Plans' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Masterplan Handwerk Düsseldorf' })).toBeInTheDocument();
    expect(screen.queryByText(/ungültigen Wert/)).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(last(history)).toBe('/spitzengespraeche?von=sg-2025');
  });

  it('shows a notice for an unknown meeting id and falls back to the default', async () => {
    renderApp({ path: '/spitzengespraeche?von=sg-1999' });
    expect(await screen.findByText(/Ein Spitzengespräch aus dem Link gibt es nicht/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Von' })).toHaveValue('sg-2026');
  });

  it('ignores a hostile value in the URL with a notice', async () => {
    renderApp({ path: '/spitzengespraeche?von=%3Cscript%3Ealert(1)%3C%2Fscript%3E' });
    expect(await screen.findByText(/ungültigen Wert für „von“/)).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Von' })).toHaveValue('sg-2026');
  });

  it('shortens long change lists at scale, with a button for all', async () => {
    const user = userEvent.setup();
    setScenario('scale-600');
    renderApp({ path: '/spitzengespraeche?von=sg-2024' });
    const region = await screen.findByRole('region', { name: /^Abgeschlossen: \d+ Maßnahmen$/ });
    const count = Number(/(\d+) Maßnahmen/.exec(region.textContent ?? '')?.[1]);
    expect(count).toBeGreaterThan(12);
    expect(within(region).getAllByRole('link')).toHaveLength(12);
    await user.click(within(region).getByRole('button', { name: `Alle ${count} anzeigen` }));
    expect(within(region).getAllByRole('link')).toHaveLength(count);
  });

  it('has explicit empty states without meetings', async () => {
    setScenario('empty-meetings');
    renderApp({ path: '/spitzengespraeche' });
    expect(await screen.findByText('Es hat noch kein Spitzengespräch stattgefunden.')).toBeInTheDocument();
    expect(await screen.findByText('Für einen Vergleich braucht es mindestens ein Spitzengespräch.')).toBeInTheDocument();
  });

  it('keeps the list working when measures fail', async () => {
    setScenario('error-measures');
    renderApp({ path: '/spitzengespraeche' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Maßnahmen');
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: '1. Spitzengespräch Masterplan Handwerk' })).toBeInTheDocument();
  });
});
