import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { setScenario } from '../../mocks/scenario';
import { renderApp } from '../render';
import { apiPath } from '../../mocks/handlers/api-path';

async function table() {
  return screen.findByRole('table', { name: /Maßnahmen, sortierbar/ });
}

function rowIds(tableEl: HTMLElement): string[] {
  return within(tableEl)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

const lastPath = (history: string[]) => history[history.length - 1];

describe('measures list', () => {
  it('restores the view from the URL: only delayed Handwerkerhöfe measures', async () => {
    renderApp({ path: '/massnahmen?bereich=handwerkerhoefe&status=delayed' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeInTheDocument();
    const t = await table();
    await waitFor(() => expect(rowIds(t)).toEqual(['HH-06', 'HH-09']));
    // The result count is the live region that announces each filter change.
    const count = screen.getByText('2 von 65 Maßnahmen');
    expect(screen.getAllByRole('status')).toContain(count);
    expect(count).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('checkbox', { name: 'Handwerkerhöfe' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /verzögert/ })).toBeChecked();
  });

  it('removes a chip with one click and changes the URL (push)', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ path: '/massnahmen?bereich=handwerkerhoefe&status=delayed' });
    const chips = await screen.findByRole('group', { name: /Aktive Filter/ });
    await user.click(within(chips).getByRole('button', { name: 'Filter entfernen: Status: verzögert' }));
    await waitFor(() => expect(lastPath(history)).toBe('/massnahmen?bereich=handwerkerhoefe'));
    expect(history).toContain('/massnahmen?bereich=handwerkerhoefe&status=delayed');
    expect(await screen.findByText('13 von 65 Maßnahmen')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Aktive Filter/ })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Alle zurücksetzen' }));
    await waitFor(() => expect(lastPath(history)).toBe('/massnahmen'));
    expect(await screen.findByText('65 von 65 Maßnahmen')).toBeInTheDocument();
  });

  it('filters by checkbox (push) and searches with umlaut folding (replace)', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ path: '/massnahmen' });
    await table();
    await user.click(await screen.findByRole('checkbox', { name: 'Handwerkskammer Düsseldorf' }));
    await waitFor(() => expect(lastPath(history)).toBe('/massnahmen?partner=hwk'));
    const before = history.length;
    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'euroskills');
    await waitFor(() => expect(lastPath(history)).toBe('/massnahmen?partner=hwk&q=euroskills'));
    // The first key of the burst adds one entry (Back returns to the filter), the others replace it.
    expect(history.length).toBe(before + 1);
    await waitFor(() => expect(rowIds(screen.getByRole('table'))).toEqual(['FK-02', 'FK-13']));

    await user.clear(screen.getByRole('searchbox', { name: 'Suche' }));
    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'Handwerkerhoefe');
    expect(await screen.findByText('1 von 65 Maßnahmen')).toBeInTheDocument();
    expect(rowIds(screen.getByRole('table'))).toEqual(['HH-02']);
  });

  it('Back steps through each filter state: typing after ticking filters keeps them in history', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ path: '/massnahmen' });
    await table();
    await user.click(await screen.findByRole('checkbox', { name: 'Gewerbeflächen' }));
    await user.click(screen.getByRole('checkbox', { name: /in Umsetzung/ }));
    await waitFor(() => expect(lastPath(history)).toBe('/massnahmen?bereich=gewerbeflaechen&status=in_progress'));
    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'hafen');
    await waitFor(() => expect(lastPath(history)).toBe('/massnahmen?bereich=gewerbeflaechen&status=in_progress&q=hafen'));
    // The entries Back walks through: one per filter state, one for the whole typing burst.
    expect(history).toEqual([
      '/massnahmen',
      '/massnahmen?bereich=gewerbeflaechen',
      '/massnahmen?bereich=gewerbeflaechen&status=in_progress',
      '/massnahmen?bereich=gewerbeflaechen&status=in_progress&q=hafen',
    ]);
    // A new burst after another filter change adds its own entry again.
    await user.click(screen.getByRole('checkbox', { name: /verzögert/ }));
    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'x');
    await waitFor(() => expect(history).toHaveLength(6));
  });

  it('an empty result says so and offers a reset', async () => {
    const user = userEvent.setup();
    renderApp({ path: '/massnahmen?q=gibtsnicht' });
    expect(await screen.findByText('Keine Maßnahme passt zu diesen Filtern.')).toBeInTheDocument();
    expect(screen.getByText('0 von 65 Maßnahmen')).toBeInTheDocument();
    const resets = screen.getAllByRole('button', { name: 'Alle zurücksetzen' });
    await user.click(resets[resets.length - 1] as HTMLElement);
    expect(await screen.findByText('65 von 65 Maßnahmen')).toBeInTheDocument();
  });

  it('a short list holds every measure once its first screen of rows is drawn (find in page, browse mode)', async () => {
    renderApp({ path: '/massnahmen' });
    const t = await table();
    expect(t).toHaveAttribute('aria-rowcount', '66');
    // All 65 measures, each once: none is left behind after the first screen of rows (decision 037).
    await waitFor(() => expect(rowIds(t)).toHaveLength(65));
    expect(new Set(rowIds(t)).size).toBe(65);
    expect(within(t).getAllByRole('row').at(-1)).toHaveAttribute('aria-rowindex', '66');
  });

  it('sorts by a column header with aria-sort and keeps the sort in the URL', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ path: '/massnahmen?bereich=handwerkerhoefe' });
    const t = await table();
    await waitFor(() => expect(rowIds(t)[0]).toBe('HH-01'));
    const due = within(t).getByRole('columnheader', { name: /Fällig/ });
    expect(due).toHaveAttribute('aria-sort', 'none');
    await user.click(within(due).getByRole('button'));
    await waitFor(() => expect(lastPath(history)).toBe('/massnahmen?bereich=handwerkerhoefe&sort=due'));
    expect(due).toHaveAttribute('aria-sort', 'ascending');
    await waitFor(() => expect(rowIds(t)[0]).toBe('HH-02'));
    await user.click(within(due).getByRole('button'));
    expect(due).toHaveAttribute('aria-sort', 'descending');
    expect(lastPath(history)).toBe('/massnahmen?bereich=handwerkerhoefe&sort=-due');
  });

  it('an invalid parameter shows a notice, is ignored and never rendered', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({
      path: `/massnahmen?status=${encodeURIComponent('<script>alert(1)</script>')}&bereich=handwerkerhoefe`,
    });
    expect(await screen.findByText(/ungültigen Wert für „status“/)).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('<script>alert');
    expect(document.body.textContent).not.toContain('alert(1)');
    expect(await screen.findByText('13 von 65 Maßnahmen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hinweis schließen' }));
    await waitFor(() => expect(lastPath(history)).toBe('/massnahmen?bereich=handwerkerhoefe'));
  });

  it('a well-formed but unknown work area shows the notice and is ignored', async () => {
    renderApp({ path: '/massnahmen?bereich=gibtsnicht&tag=Sonderverm%C3%B6gen' });
    expect(await screen.findByText(/ungültigen Wert für „bereich“/)).toBeInTheDocument();
    expect(await screen.findByText('5 von 65 Maßnahmen')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Handlungsfeld: gibtsnicht/ })).not.toBeInTheDocument();
  });

  it('overdue only uses the data date', async () => {
    renderApp({ path: '/massnahmen?ueberfaellig=1' });
    expect(await screen.findByText('7 von 65 Maßnahmen')).toBeInTheDocument();
    expect(screen.getAllByText('überfällig').length).toBe(7);
  });

  it('hostile strings in the data render as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { seedMeasures } = await import('../../mocks/data/seed-plan');
    server.use(
      http.get(apiPath('measures'), () =>
        HttpResponse.json(seedMeasures.map((m, i) => (i === 0 ? { ...m, title: hostile } : m))),
      ),
    );
    renderApp({ path: '/massnahmen?q=onerror' });
    expect(await screen.findByRole('link', { name: hostile })).toBeInTheDocument();
    // An injected element has no role or name to be found by: only a DOM query can prove it absent.
    // eslint-disable-next-line testing-library/no-node-access
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('has an explicit empty state when there are no measures at all', async () => {
    setScenario('empty-measures');
    renderApp({ path: '/massnahmen' });
    expect(await screen.findByText('Es sind noch keine Maßnahmen erfasst.')).toBeInTheDocument();
  });

  it('a failing measures endpoint shows the error with retry; the page stays', async () => {
    setScenario('error-measures');
    renderApp({ path: '/massnahmen' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Maßnahmen');
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeInTheDocument();
  });

  it('virtualises 10,000 measures but announces the full count', async () => {
    setScenario('scale-10000');
    renderApp({ path: '/massnahmen' });
    // Generating, serving and validating 10,000 measures in jsdom: a generous budget, so a busy
    // machine (a side `npm test` next to the browser tests) does not fail it on time.
    expect(await screen.findByText('10.000 von 10.000 Maßnahmen', {}, { timeout: 30_000 })).toBeInTheDocument();
    const t = screen.getByRole('table');
    expect(t).toHaveAttribute('aria-rowcount', '10001');
    const rows = within(t).getAllByRole('row');
    expect(rows.length).toBeLessThan(200);
    expect(rows[1]).toHaveAttribute('aria-rowindex', '2');
  });

  it('says above the list when the work areas failed, so the ids in the list are explained, and retries', async () => {
    const user = userEvent.setup();
    setScenario('error-work-areas');
    renderApp({ path: '/massnahmen' });
    const list = await table();
    const notice = await screen.findByText(
      /Handlungsfelder: Laden fehlgeschlagen \(Serverfehler 500\)\. Die Liste zeigt deshalb/,
    );
    // Above the list, not inside the closed "Handlungsfeld" dropdown.
    expect(notice.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('group', { name: /Handlungsfeld/ })).not.toContainElement(notice);
    expect(within(list).getAllByText('fachkraefte').length).toBeGreaterThan(0);
    setScenario('');
    const retry = screen.getAllByRole('button', { name: 'Erneut versuchen' })[0];
    if (!retry) throw new Error('no retry button');
    await user.click(retry);
    await waitFor(() => expect(screen.queryByText(/Die Liste zeigt deshalb/)).toBeNull());
    expect(within(list).queryByText('fachkraefte')).toBeNull();
    expect(within(list).getAllByText('Fachkräfte').length).toBeGreaterThan(0);
  });

  it('says above the list when the plan failed: leads as ids, overdue not computable', async () => {
    setScenario('error-plan');
    renderApp({ path: '/massnahmen' });
    await table();
    expect(
      await screen.findByText(
        /Plan: Laden fehlgeschlagen.*Ob eine Maßnahme überfällig ist, lässt sich ohne den Datenstand des Plans nicht berechnen\.$/,
      ),
    ).toBeInTheDocument();
  });
});
