import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onlineManager, useQuery } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { setScenario } from '../../mocks/scenario';
import { ApiError } from '../../src/api/api-error';
import { planQuery } from '../../src/api/queries';
import { ErrorState, QueryState, SLOW_AFTER_MS } from '../../src/components/query-state';
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

afterEach(() => {
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

  it('says "Zeitüberschreitung" with a retry for a timed-out request', async () => {
    const retry = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<ErrorState error={new ApiError('timeout', 'indicators')} what="indicators" onRetry={retry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Zeitüberschreitung beim Laden: Kennzahlen.');
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(retry).toHaveBeenCalledTimes(1);
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
