import { onlineManager } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { seedMeasures } from '../../mocks/data/seed-plan';
import { server } from '../../mocks/node';
import { setScenario } from '../../mocks/scenario';
import { measuresQuery } from '../../src/api/queries';
import { renderApp } from '../render';
import { recordApiRequests } from '../requests';
import { apiPath } from '../../mocks/handlers/api-path';

/** The requests for one measure's own answer, among all the mock is asked for. */
const measureRequests = (requests: string[]) => requests.filter((path) => path.startsWith('/measures/'));

describe('measure page', () => {
  afterEach(() => {
    server.events.removeAllListeners();
    onlineManager.setOnline(true);
  });

  it('opened from the list, shows the list’s copy at once, without a request of its own', async () => {
    const user = userEvent.setup();
    renderApp({ path: '/massnahmen' });
    // A measure in the list's first screen of rows (decision 037): this test is about the copy, not
    // about the rest of the list, which on a loaded machine took longer than the find's budget (then 10 s).
    const title = 'Reisholzer Hafen: Gewerbeflächen für Handwerk reservieren';
    const [link] = await screen.findAllByRole('link', { name: title });
    const requests = recordApiRequests();
    await user.click(link!);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(within(await screen.findByRole('region', { name: 'Eckdaten' })).getByText('verzögert')).toBeInTheDocument();
    expect(measureRequests(requests)).toEqual([]);
  });

  it('offline, a measure never opened shows from the kept list, and is refreshed when the network is back', async () => {
    const { queryClient, navigate } = renderApp({ path: '/ueber' });
    await screen.findByRole('heading', { level: 1, name: 'Über die Daten' });
    // The list as the persister restores it after a reload: older than staleTime.
    queryClient.setQueryData(measuresQuery().queryKey, seedMeasures, { updatedAt: Date.now() - 60 * 60_000 });
    const requests = recordApiRequests();
    act(() => onlineManager.setOnline(false));
    act(() => navigate('/massnahmen/HH-09'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Handwerkerhof Rath: Grundstück ankaufen' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Eckdaten' })).toBeInTheDocument();
    expect(measureRequests(requests)).toEqual([]);
    act(() => onlineManager.setOnline(true));
    await waitFor(() => expect(measureRequests(requests)).toEqual(['/measures/HH-09']));
  });

  it('shows the measure with facts, milestones, history, indicators and tags', async () => {
    renderApp({ path: '/massnahmen/HH-09' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Handwerkerhof Rath: Grundstück ankaufen' })).toBeInTheDocument();
    // The content draws in a background render after the heading (useDataShown).
    const facts = await screen.findByRole('region', { name: 'Eckdaten' });
    expect(within(facts).getByRole('link', { name: 'Handwerkerhöfe' })).toHaveAttribute(
      'href',
      '/handlungsfelder/handwerkerhoefe',
    );
    expect(within(facts).getByText('verzögert')).toBeInTheDocument();
    expect(within(facts).getByRole('progressbar', { name: 'Fortschritt' })).toHaveAttribute('aria-valuenow', '25');
    expect(within(facts).getByText('25 %')).toBeInTheDocument();
    expect(within(facts).getByText('Landeshauptstadt Düsseldorf')).toBeInTheDocument();
    expect(within(facts).getByText('Liegenschaftsamt')).toBeInTheDocument();
    expect(within(facts).getByText('31.03.2026')).toBeInTheDocument();
    expect(within(facts).getByText('überfällig')).toBeInTheDocument();
    expect(within(facts).queryByText(/Veraltet/)).not.toBeInTheDocument();

    const milestones = screen.getByRole('region', { name: 'Meilensteine' });
    expect(within(milestones).getByText('erledigt am 10.02.2025')).toBeInTheDocument();
    expect(within(milestones).getByText('überfällig seit 31.03.2026')).toBeInTheDocument();

    const history = within(screen.getByRole('region', { name: 'Verlauf' })).getAllByRole('listitem');
    expect(history[0]).toHaveTextContent('25. Juni 2026');
    expect(history[0]).toHaveTextContent(/Status danach:.*verzögert/);
    expect(history[2]).toHaveTextContent('20. März 2024');

    const indicators = screen.getByRole('region', { name: 'Verknüpfte Kennzahlen' });
    expect(await within(indicators).findByText(/Plätze in Handwerkerhöfen/)).toBeInTheDocument();
  });

  it('links tags back to the filtered list', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ path: '/massnahmen/IN-01' });
    const tags = await screen.findByRole('region', { name: 'Schlagworte' });
    await user.click(within(tags).getByRole('link', { name: /Sondervermögen/ }));
    await waitFor(() => expect(history[history.length - 1]).toBe('/massnahmen?tag=Sonderverm%C3%B6gen'));
    expect(await screen.findByText('5 von 65 Maßnahmen')).toBeInTheDocument();
  });

  it('marks a stale measure in work (last updated > 6 months before the Datenstand)', async () => {
    renderApp({ path: '/massnahmen/MO-10' });
    const facts = await screen.findByRole('region', { name: 'Eckdaten' });
    expect(within(facts).getByText('Veraltet: älter als sechs Monate vor dem Datenstand')).toBeInTheDocument();
    expect(within(facts).getByText('12.02.2026')).toBeInTheDocument();
  });

  it('does not call a completed or paused measure stale, however old its last update', async () => {
    const done = seedMeasures.find((m) => m.status === 'completed');
    if (!done) throw new Error('the seed has a completed measure');
    server.use(http.get(`*/api/v1/measures/${done.id}`, () => HttpResponse.json({ ...done, lastUpdated: '2024-01-10' })));
    renderApp({ path: `/massnahmen/${done.id}` });
    const facts = await screen.findByRole('region', { name: 'Eckdaten' });
    expect(within(facts).getByText('10.01.2024')).toBeInTheDocument();
    expect(within(facts).queryByText(/Veraltet/)).not.toBeInTheDocument();
  });

  it('an on-hold measure is not stale either (HH-12 rests since 09.10.2025)', async () => {
    renderApp({ path: '/massnahmen/HH-12' });
    const facts = await screen.findByRole('region', { name: 'Eckdaten' });
    expect(within(facts).getByText('09.10.2025')).toBeInTheDocument();
    expect(within(facts).queryByText(/Veraltet/)).not.toBeInTheDocument();
  });

  it('an unknown id gives the German not-found page with a way back to the list', async () => {
    renderApp({ path: '/massnahmen/XX-99' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Maßnahme nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByText(/„XX-99“/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Maßnahmenliste' })).toHaveAttribute('href', '/massnahmen');
  });

  it('a server error is an error with retry, not a not-found page', async () => {
    setScenario('error-measure');
    renderApp({ path: '/massnahmen/HH-09' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Maßnahme');
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });

  it('renders hostile strings as text and unsafe links as plain text', async () => {
    const base = seedMeasures.find((m) => m.id === 'HH-09');
    if (!base) throw new Error('seed');
    const hostile = '<img src=x onerror=alert(1)>';
    server.use(
      http.get(apiPath('measure'), () =>
        HttpResponse.json({
          ...base,
          title: hostile,
          summary: '<script>alert(2)</script>',
          involvedUnits: [hostile],
          tags: [hostile],
          links: [{ label: 'Böser Link', url: 'javascript:alert(3)' }],
        }),
      ),
    );
    renderApp({ path: '/massnahmen/HH-09' });
    expect(await screen.findByRole('heading', { level: 1, name: hostile })).toBeInTheDocument();
    expect(await screen.findByText('<script>alert(2)</script>')).toBeInTheDocument();
    // An injected element has no role or name to be found by: only a DOM query can prove it absent.
    // eslint-disable-next-line testing-library/no-node-access
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(screen.queryByRole('link', { name: /Böser Link/ })).not.toBeInTheDocument();
    expect(screen.getByText('Böser Link')).toBeInTheDocument();
  });

  it('a failing indicators endpoint leaves the rest of the page working', async () => {
    setScenario('error-indicators');
    renderApp({ path: '/massnahmen/HH-09' });
    const indicators = await screen.findByRole('region', { name: 'Verknüpfte Kennzahlen' });
    expect(await within(indicators).findByRole('alert')).toHaveTextContent('Kennzahlen');
    expect(screen.getByRole('region', { name: 'Meilensteine' })).toBeInTheDocument();
  });

  it('without the plan: no raw partner id, and says that overdue cannot be computed', async () => {
    setScenario('error-plan');
    renderApp({ path: '/massnahmen/GF-06' });
    const facts = await screen.findByRole('region', { name: 'Eckdaten' });
    expect(
      await screen.findByText(/ob die Maßnahme überfällig oder veraltet ist, lässt sich nicht berechnen/),
    ).toBeInTheDocument();
    expect(within(facts).queryByText('stadt')).toBeNull();
    expect(within(facts).getByText('nicht verfügbar')).toBeInTheDocument();
    expect(within(facts).getAllByText('ohne Datenstand nicht berechenbar')).toHaveLength(2);
  });

  it('with the plan, GF-06 is marked overdue and its lead is named', async () => {
    renderApp({ path: '/massnahmen/GF-06' });
    const facts = await screen.findByRole('region', { name: 'Eckdaten' });
    expect(await within(facts).findByText('überfällig')).toBeInTheDocument();
    expect(within(facts).queryByText('ohne Datenstand nicht berechenbar')).toBeNull();
  });
});
