import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedIndicators, seedMeasures } from '../../mocks/data/seed-plan';
import { setScenario } from '../../mocks/scenario';
import { renderApp } from '../render';

describe('work-area page', () => {
  it('shows the measures grouped by status, each linked to its page', async () => {
    renderApp({ path: '/handlungsfelder/handwerkerhoefe' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Handwerkerhöfe' })).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Maßnahmen nach Status' });
    const own = seedMeasures.filter((m) => m.workAreaId === 'handwerkerhoefe');
    const delayed = own.filter((m) => m.status === 'delayed');
    const group = await within(section).findByRole('list', { name: `verzögert (${delayed.length})` });
    for (const m of delayed) {
      expect(within(group).getByRole('link', { name: `${m.id} ${m.title}` })).toHaveAttribute('href', `/massnahmen/${m.id}`);
    }
    expect(within(section).getAllByRole('link', { name: /^HH-/ })).toHaveLength(own.length);
    expect(within(section).getByRole('link', { name: /In der Maßnahmenliste öffnen/ })).toHaveAttribute(
      'href',
      '/massnahmen?bereich=handwerkerhoefe',
    );
  });

  it('shows its indicators as figures with a table alternative', async () => {
    const user = userEvent.setup();
    renderApp({ path: '/handlungsfelder/handwerkerhoefe' });
    const section = await screen.findByRole('region', { name: 'Kennzahlen' });
    const figures = await within(section).findAllByRole('figure');
    expect(figures).toHaveLength(seedIndicators.filter((i) => i.workAreaId === 'handwerkerhoefe').length);
    await user.click(within(figures[0]!).getByRole('button', { name: 'Als Tabelle anzeigen' }));
    expect(within(figures[0]!).getByRole('row', { name: /Q3 2026/ })).toBeInTheDocument();
  });

  it('shows overdue and upcoming milestones relative to the Datenstand', async () => {
    renderApp({ path: '/handlungsfelder/gewerbeflaechen' });
    const section = await screen.findByRole('region', { name: 'Meilensteine' });
    expect(await within(section).findByText('Offene Meilensteine bezogen auf den Datenstand 16.11.2026.')).toBeInTheDocument();
    expect(within(section).getByRole('heading', { level: 3, name: 'Überfällig' })).toBeInTheDocument();
    expect(within(section).getByRole('heading', { level: 3, name: /Demnächst fällig/ })).toBeInTheDocument();
  });

  it('an unknown id shows a not-found page with a way back to the overview', async () => {
    renderApp({ path: '/handlungsfelder/gibt-es-nicht' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Handlungsfeld nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByText(/„gibt-es-nicht“/)).toBeInTheDocument();
    const back = screen.getAllByRole('link', { name: 'Zurück zur Übersicht' });
    expect(back.at(-1)).toHaveAttribute('href', '/');
  });

  it('a failing indicators endpoint leaves measures and milestones working', async () => {
    setScenario('error-indicators');
    renderApp({ path: '/handlungsfelder/mobilitaet' });
    const indicators = await screen.findByRole('region', { name: 'Kennzahlen' });
    expect(await within(indicators).findByRole('alert')).toHaveTextContent('Kennzahlen');
    expect(within(indicators).getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    const measures = screen.getByRole('region', { name: 'Maßnahmen nach Status' });
    expect(await within(measures).findAllByRole('link', { name: /^MO-/ })).not.toHaveLength(0);
  });

  it('an empty measure list says so', async () => {
    setScenario('empty-measures');
    renderApp({ path: '/handlungsfelder/mobilitaet' });
    expect(await screen.findByText('Diesem Handlungsfeld sind noch keine Maßnahmen zugeordnet.')).toBeInTheDocument();
    expect(await screen.findByText('Keine überfälligen Meilensteine.')).toBeInTheDocument();
  });

  it('keeps its heading, the navigation and a way back when the work areas fail, and recovers', async () => {
    const user = userEvent.setup();
    setScenario('error-work-areas');
    renderApp({ path: '/handlungsfelder/gewerbeflaechen' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Handlungsfelder: Laden fehlgeschlagen (Serverfehler 500).');
    expect(screen.getByRole('heading', { level: 1, name: 'Handlungsfeld' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück zur Übersicht' })).toHaveAttribute('href', '/');
    setScenario('');
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Gewerbeflächen' })).toBeInTheDocument();
  });
});
