import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onlineManager, useQuery } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { setScenario } from '../../mocks/scenario';
import { REQUEST_TIMEOUT_MS } from '../../src/api/fetch-json';
import { measuresQuery, planQuery } from '../../src/api/queries';
import { QueriesState } from '../../src/components/queries-state';
import { SLOW_AFTER_MS } from '../../src/components/loading-error';
import { QueryState } from '../../src/components/query-state';
import { renderWithProviders } from '../render';
import { apiPath } from '../../mocks/handlers/api-path';

function PlanWidget() {
  const plan = useQuery(planQuery());
  return (
    <QueryState query={plan} what="plan">
      {(data) => <p>Titel: {data.title}</p>}
    </QueryState>
  );
}

function PlanAndMeasuresWidget() {
  const plan = useQuery(planQuery());
  const measures = useQuery(measuresQuery());
  return (
    <QueriesState queries={{ plan, measures }}>
      {(data) => (
        <p>
          {data.plan.title}: {data.measures.length} Maßnahmen
        </p>
      )}
    </QueriesState>
  );
}

/** Resolves when a request to `path` reaches the mock, so the timeout clock is known to be running. */
function requestReached(path: string): Promise<void> {
  return new Promise((resolve) => {
    const listener = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.endsWith(path)) {
        server.events.removeListener('request:start', listener);
        resolve();
      }
    };
    server.events.on('request:start', listener);
  });
}

afterEach(() => {
  server.events.removeAllListeners();
  onlineManager.setOnline(true);
  vi.useRealTimers();
});

describe('QueryState', () => {
  it('shows a loading state that says when it is taking long', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    setScenario('hang-plan');
    renderWithProviders(<PlanWidget />);
    expect(screen.getByRole('status')).toHaveTextContent('Lade Plan …');
    expect(screen.queryByText(/dauert länger als gewohnt/)).toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(SLOW_AFTER_MS + 100);
    });
    expect(screen.getByText('Das dauert länger als gewohnt. Wir warten weiter auf die Antwort.')).toBeInTheDocument();
  });

  it('says "Zeitüberschreitung" within the promised 20 s when the endpoint hangs, retries included', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    setScenario('hang-plan');
    const reached = requestReached('/plan');
    renderWithProviders(<PlanWidget />);
    await reached;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 500);
    });
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Zeitüberschreitung beim Laden: Plan.');
  });

  it('"Erneut versuchen" after a timeout waits one request, not another minute, and shows the data', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    setScenario('hang-plan');
    const first = requestReached('/plan');
    renderWithProviders(<PlanWidget />);
    await first;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS + 100);
    });
    const second = requestReached('/plan');
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(screen.getByRole('status')).toHaveTextContent('Lade Plan …');
    await second;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS + 100);
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Zeitüberschreitung beim Laden: Plan.');
    setScenario('');
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByText('Titel: Masterplan Handwerk Düsseldorf')).toBeInTheDocument();
  });

  it('retries a server error twice before it shows the error', async () => {
    let calls = 0;
    server.use(
      http.get(apiPath('plan'), () => {
        calls += 1;
        return HttpResponse.json({ error: 'boom' }, { status: 503 });
      }),
    );
    renderWithProviders(<PlanWidget />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Plan: Laden fehlgeschlagen (Serverfehler 503).');
    expect(calls).toBe(3);
  });

  it('recovers by itself when a retry of a server error succeeds', async () => {
    let calls = 0;
    server.use(
      http.get(apiPath('plan'), () => {
        calls += 1;
        return calls === 1 ? HttpResponse.json({ error: 'boom' }, { status: 503 }) : undefined;
      }),
    );
    renderWithProviders(<PlanWidget />);
    expect(await screen.findByText('Titel: Masterplan Handwerk Düsseldorf')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does not retry an answer that violates the contract', async () => {
    let calls = 0;
    server.use(
      http.get(apiPath('plan'), () => {
        calls += 1;
        return HttpResponse.json([1, 2]);
      }),
    );
    renderWithProviders(<PlanWidget />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Plan: Die Antwort des Servers hat nicht die erwartete Form.');
    expect(calls).toBe(1);
  });

  it('says in English, without German words, that the whole answer has the wrong shape', async () => {
    server.use(http.get(apiPath('plan'), () => HttpResponse.json([1, 2])));
    renderWithProviders(<PlanWidget />, { language: 'en' });
    // English messages load on demand: the alert may first render in German, then switch.
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(alert).toHaveTextContent('Plan: the server answer does not have the expected shape. The data is not shown.'),
    );
    expect(alert).not.toHaveTextContent('Wurzel');
  });

  it('names the resource when the body is HTML instead of JSON', async () => {
    setScenario('html-plan');
    renderWithProviders(<PlanWidget />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Plan: Die Antwort des Servers ist kein gültiges JSON.');
  });

  it('shows an offline notice instead of an endless spinner when offline', async () => {
    onlineManager.setOnline(false);
    renderWithProviders(<PlanWidget />);
    expect(await screen.findByText('Keine Verbindung – Plan: Laden, sobald die Verbindung zurück ist.')).toBeInTheDocument();
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByText('Titel: Masterplan Handwerk Düsseldorf')).toBeInTheDocument();
  });

  it('keeps data on screen, marked as not current, when a refresh fails', async () => {
    const user = userEvent.setup();
    const { queryClient } = renderWithProviders(<PlanWidget />);
    expect(await screen.findByText('Titel: Masterplan Handwerk Düsseldorf')).toBeInTheDocument();
    server.use(http.get(apiPath('plan'), () => HttpResponse.error()));
    await act(async () => {
      await queryClient.refetchQueries({ queryKey: ['plan'] }).catch(() => undefined);
    });
    expect(await screen.findByText(/Nicht aktuell: Die Aktualisierung ist fehlgeschlagen/)).toBeInTheDocument();
    expect(screen.getByText('Titel: Masterplan Handwerk Düsseldorf')).toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(screen.queryByText(/Nicht aktuell/)).toBeNull());
    expect(screen.getByText('Titel: Masterplan Handwerk Düsseldorf')).toBeInTheDocument();
  });
});

describe('QueriesState', () => {
  it('shows the content once every query has data', async () => {
    renderWithProviders(<PlanAndMeasuresWidget />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Lade (Plan|Maßnahmen) …$/);
    expect(await screen.findByText('Masterplan Handwerk Düsseldorf: 65 Maßnahmen')).toBeInTheDocument();
  });

  it('shows every failed query with its own retry, and recovers', async () => {
    const user = userEvent.setup();
    setScenario('error-plan,error-measures');
    renderWithProviders(<PlanAndMeasuresWidget />);
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const [planError, measuresError] = screen.getAllByRole('alert');
    expect(planError).toHaveTextContent('Plan: Laden fehlgeschlagen (Serverfehler 500).');
    expect(measuresError).toHaveTextContent('Maßnahmen: Laden fehlgeschlagen (Serverfehler 500).');
    setScenario('');
    for (const button of screen.getAllByRole('button', { name: 'Erneut versuchen' })) await user.click(button);
    expect(await screen.findByText('Masterplan Handwerk Düsseldorf: 65 Maßnahmen')).toBeInTheDocument();
  });

  it('shows only the failure when one query fails and the other loaded', async () => {
    setScenario('error-measures');
    renderWithProviders(<PlanAndMeasuresWidget />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Maßnahmen: Laden fehlgeschlagen');
    expect(screen.queryByText(/Masterplan Handwerk Düsseldorf:/)).toBeNull();
  });
});
