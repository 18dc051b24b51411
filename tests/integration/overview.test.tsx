import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { seedMeasures, seedWorkAreas } from '../../mocks/data/seed-plan';
import { server } from '../../mocks/node';
import { setScenario } from '../../mocks/scenario';
import { renderApp } from '../render';
import { listItemWith } from '../queries';
import { apiPath } from '../../mocks/handlers/api-path';

async function cards() {
  const section = await screen.findByRole('region', { name: 'Handlungsfelder' });
  await within(section).findAllByRole('article');
  return within(section).getAllByRole('article');
}

describe('overview: headline figures', () => {
  it('shows total, status counts with shares, progress, Datenstand and the change since the last meeting', async () => {
    renderApp({ path: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
    const figures = await screen.findByTestId('overview-figures');
    // Each figure reads as its label followed by its value.
    expect(figures).toHaveTextContent(/Maßnahmen insgesamt\s*65(?!\d)/);
    const delayed = seedMeasures.filter((m) => m.status === 'delayed').length;
    const share = Math.round((delayed / seedMeasures.length) * 100);
    expect(figures).toHaveTextContent(new RegExp(`verzögert\\s*${delayed}\\s*${share} % aller Maßnahmen`));
    expect(within(figures).getByText('Durchschnittlicher Fortschritt')).toBeInTheDocument();
    expect(await within(figures).findByText('16.11.2026')).toBeInTheDocument();
    expect(await screen.findByText('Seit dem 3. Spitzengespräch am 18.02.2026')).toBeInTheDocument();
    expect(screen.getAllByText('+5 abgeschlossen').length).toBeGreaterThan(0);
  });

  it('says "noch kein Spitzengespräch" when there was no meeting yet', async () => {
    server.use(http.get(apiPath('meetings'), () => HttpResponse.json([])));
    renderApp({ path: '/' });
    expect(await screen.findByText('Noch kein Spitzengespräch – es gibt noch nichts zu vergleichen.')).toBeInTheDocument();
    const [first] = await cards();
    expect(await within(first!).findByText('noch kein Spitzengespräch')).toBeInTheDocument();
  });

  it('shows zeros and no progress, not NaN, when there are no measures', async () => {
    setScenario('empty-measures');
    renderApp({ path: '/' });
    const figures = await screen.findByTestId('overview-figures');
    expect(figures).toHaveTextContent(/Maßnahmen insgesamt\s*0(?!\d)/);
    expect(within(figures).getByText('Noch keine Maßnahmen, daher kein Fortschritt.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN/);
    const all = await cards();
    expect(all).toHaveLength(5);
    expect(within(all[0]!).getByText('Diesem Handlungsfeld sind noch keine Maßnahmen zugeordnet.')).toBeInTheDocument();
  });
});

describe('overview: work-area cards', () => {
  it('shows one card per work area, in API order, with counts as text, delayed names and links', async () => {
    renderApp({ path: '/' });
    const all = await cards();
    expect(all).toHaveLength(seedWorkAreas.length);
    expect(all.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual(
      seedWorkAreas.map((a) => a.name),
    );

    const area = seedWorkAreas[0]!;
    const card = all[0]!;
    const own = seedMeasures.filter((m) => m.workAreaId === area.id);
    expect(within(card).getByText(`${own.length} Maßnahmen`)).toBeInTheDocument();
    const legend = within(card).getByRole('list', { name: `Maßnahmen in ${area.name} nach Status` });
    const completed = own.filter((m) => m.status === 'completed').length;
    expect(listItemWith(legend, /abgeschlossen/)).toHaveTextContent(`${completed} abgeschlossen`);

    const delayed = own.filter((m) => m.status === 'delayed').sort((a, b) => a.id.localeCompare(b.id));
    for (const m of delayed.slice(0, 3)) {
      expect(within(card).getByRole('link', { name: `${m.id} ${m.title}` })).toHaveAttribute('href', `/massnahmen/${m.id}`);
    }
    expect(within(card).getByRole('link', { name: `Handlungsfeld öffnen: ${area.name}` })).toHaveAttribute(
      'href',
      `/handlungsfelder/${area.id}`,
    );
    expect(within(card).getByRole('link', { name: `Maßnahmenliste: ${area.name}` })).toHaveAttribute(
      'href',
      `/massnahmen?bereich=${area.id}`,
    );
    expect(within(card).getByRole('heading', { level: 4, name: 'Seit dem letzten Spitzengespräch' })).toBeInTheDocument();
  });

  it('renders as many cards as the API returns (a 6th work area without measures)', async () => {
    server.use(
      http.get(apiPath('workAreas'), () =>
        HttpResponse.json([
          ...seedWorkAreas,
          { id: 'digital', name: 'Digitalisierung', description: 'Neu', colorToken: 'area-6', order: 6 },
        ]),
      ),
    );
    renderApp({ path: '/' });
    await waitFor(async () => expect(await cards()).toHaveLength(6));
    const last = (await cards())[5]!;
    expect(within(last).getByText('Digitalisierung')).toBeInTheDocument();
    expect(within(last).getByText('Diesem Handlungsfeld sind noch keine Maßnahmen zugeordnet.')).toBeInTheDocument();
  });
});

describe('overview: charts and their tables', () => {
  it('"Als Tabelle anzeigen" shows the status numbers with links to the filtered list', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ path: '/' });
    const figure = await screen.findByRole('figure', { name: 'Maßnahmen nach Status und Handlungsfeld' });
    expect(figure).toHaveAccessibleDescription(/65 Maßnahmen in 5 Handlungsfeldern/);
    await user.click(within(figure).getByRole('button', { name: 'Als Tabelle anzeigen' }));
    const table = within(figure).getByRole('table');
    const area = seedWorkAreas[1]!;
    const delayed = seedMeasures.filter((m) => m.workAreaId === area.id && m.status === 'delayed').length;
    const link = within(table).getByRole('link', { name: `${delayed} verzögert in ${area.name}` });
    expect(link).toHaveAttribute('href', `/massnahmen?bereich=${area.id}&status=delayed`);
    await user.click(link);
    await waitFor(() => expect(history.at(-1)).toBe(`/massnahmen?bereich=${area.id}&status=delayed`));
  });

  it('the progress table lists each meeting and "now"', async () => {
    const user = userEvent.setup();
    renderApp({ path: '/' });
    const figure = await screen.findByRole('figure', { name: 'Fortschritt des gesamten Plans über die Zeit' });
    await user.click(within(figure).getByRole('button', { name: 'Als Tabelle anzeigen' }));
    const rows = within(within(figure).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(5); // header + 3 meetings + now
    expect(rows[4]).toHaveTextContent('Datenstand 16.11.2026');
  });

  it('shows the key indicators as figures with summary and table', async () => {
    const user = userEvent.setup();
    renderApp({ path: '/' });
    const section = await screen.findByRole('region', { name: 'Schlüsselkennzahlen' });
    const figure = await within(section).findByRole('figure', { name: 'Plätze in Handwerkerhöfen (Betriebe)' });
    expect(figure).toHaveAccessibleDescription(/Zuletzt 18 Betriebe \(Q3 2026\); Ziel 2028: 60 Betriebe/);
    await user.click(within(figure).getByRole('button', { name: 'Als Tabelle anzeigen' }));
    expect(within(figure).getByRole('row', { name: 'Ziel 2028 60' })).toBeInTheDocument();
  });

  it('a failing indicators endpoint shows a German error with retry; the cards still render', async () => {
    setScenario('error-indicators');
    renderApp({ path: '/' });
    const section = await screen.findByRole('region', { name: 'Schlüsselkennzahlen' });
    expect(await within(section).findByRole('alert')).toHaveTextContent('Kennzahlen: Laden fehlgeschlagen (Serverfehler 500).');
    expect(within(section).getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    expect(await cards()).toHaveLength(5);
    expect(screen.getByRole('figure', { name: 'Maßnahmen nach Status und Handlungsfeld' })).toBeInTheDocument();
  });

  it('a failing measures endpoint leaves the page, with retry in each widget', async () => {
    server.use(http.get(apiPath('measures'), () => new HttpResponse('nope', { status: 500 })));
    renderApp({ path: '/' });
    await waitFor(() => expect(screen.getAllByRole('alert').length).toBeGreaterThanOrEqual(3));
    expect(screen.getAllByRole('button', { name: 'Erneut versuchen' }).length).toBeGreaterThanOrEqual(3);
    expect(screen.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
  });

  it('a failing plan endpoint: the header names the error once, the cards still render, plan-bound widgets offer retry', async () => {
    server.use(http.get(apiPath('plan'), () => HttpResponse.json({}, { status: 503 })));
    renderApp({ path: '/' });
    expect(await screen.findByText('Plan: Laden fehlgeschlagen (Serverfehler 503).')).toBeInTheDocument();
    expect(await cards()).toHaveLength(5);
    const needsPlan = await screen.findAllByText(/Ohne den Plan \(Datenstand\) lässt sich das nicht berechnen/);
    expect(needsPlan.length).toBe(2); // the change since the last meeting, and the progress chart
    expect(screen.getByRole('figure', { name: 'Maßnahmen nach Status und Handlungsfeld' })).toBeInTheDocument();
  });
});
