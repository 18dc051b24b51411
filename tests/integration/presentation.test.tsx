import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { seedWorkAreas } from '../../mocks/data/seed-plan';
import { setScenario } from '../../mocks/scenario';
import { renderApp } from '../render';
import { apiPath } from '../../mocks/handlers/api-path';

const slideHeading = (name: string | RegExp) => screen.findByRole('heading', { level: 2, name });
const last = (history: string[]) => history[history.length - 1];

afterEach(() => {
  vi.useRealTimers();
});

describe('presentation', () => {
  it('steps through the deck with the clicker keys, Home/End and number keys; the URL follows', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ path: '/praesentation' });
    expect(await slideHeading('Masterplan Handwerk Düsseldorf')).toBeInTheDocument();
    // Without the app's header and navigation.
    expect(screen.queryByRole('navigation', { name: 'Hauptnavigation' })).not.toBeInTheDocument();
    expect(screen.getByText('Datenstand 16.11.2026')).toBeInTheDocument();
    // Focus starts on the slide region, which is named by its heading.
    expect(screen.getByRole('region', { name: 'Masterplan Handwerk Düsseldorf' })).toHaveFocus();

    await user.keyboard('{PageDown}');
    expect(await slideHeading('Überblick')).toBeInTheDocument();
    expect(last(history)).toBe('/praesentation?folie=2');

    await user.keyboard('{ArrowRight}');
    expect(await slideHeading('Gewerbeflächen')).toBeInTheDocument();
    expect(last(history)).toBe('/praesentation?folie=3');
    expect(screen.getByText('Folie 3 von 11: Gewerbeflächen')).toBeInTheDocument();

    await user.keyboard('{ArrowLeft}');
    expect(await slideHeading('Überblick')).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    expect(await slideHeading('Masterplan Handwerk Düsseldorf')).toBeInTheDocument();

    await user.keyboard('{End}');
    expect(await slideHeading('Vielen Dank')).toBeInTheDocument();
    expect(last(history)).toBe('/praesentation?folie=11');
    await user.keyboard('{ArrowRight}');
    expect(await slideHeading('Vielen Dank')).toBeInTheDocument();

    await user.keyboard('{Home}');
    expect(await slideHeading('Masterplan Handwerk Düsseldorf')).toBeInTheDocument();
    expect(last(history)).toBe('/praesentation');

    await user.keyboard('8');
    expect(await slideHeading('Seit dem letzten Spitzengespräch')).toBeInTheDocument();
    await user.keyboard('10');
    expect(await slideHeading('Kennzahlen')).toBeInTheDocument();
    expect(last(history)).toBe('/praesentation?folie=10');
  });

  it('replaces the history entry on slide changes, so Esc leaves in one step (to the overview)', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ path: '/praesentation?folie=4' });
    expect(await slideHeading('Handwerkerhöfe')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(await slideHeading('Fachkräfte')).toBeInTheDocument();
    expect(history).toEqual(['/praesentation?folie=6']);
    await user.keyboard('{Escape}');
    expect(last(history)).toBe('/');
    expect(await screen.findByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
  });

  it('Esc goes back to the page the deck was opened from', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ path: '/praesentation?zurueck=%2Fspitzengespraeche%3Fvon%3Dsg-2025' });
    expect(await slideHeading('Masterplan Handwerk Düsseldorf')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(last(history)).toBe('/spitzengespraeche?von=sg-2025');
  });

  it('has mouse controls: previous, next, slide x of n, shortcuts and exit', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ path: '/praesentation' });
    await slideHeading('Masterplan Handwerk Düsseldorf');
    const controls = screen.getByRole('navigation', { name: 'Steuerung der Präsentation' });
    expect(controls).toHaveTextContent('Folie 1 von 11');
    expect(screen.getByRole('button', { name: /Vorherige Folie/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Nächste Folie/ }));
    expect(await slideHeading('Überblick')).toBeInTheDocument();
    expect(controls).toHaveTextContent('Folie 2 von 11');
    expect(screen.getByText('Tastenkürzel')).toBeInTheDocument();
    expect(screen.getByText('Esc: Präsentation beenden')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Präsentation beenden/ }));
    expect(last(history)).toBe('/');
  });

  it('clamps a slide number beyond the deck, with a notice', async () => {
    renderApp({ path: '/praesentation?folie=99' });
    expect(await slideHeading('Vielen Dank')).toBeInTheDocument();
    expect(screen.getByText('Folie 99 gibt es nicht. Die Präsentation hat 11 Folien.')).toBeInTheDocument();
  });

  it('honours the work-area filter', async () => {
    const user = userEvent.setup();
    renderApp({ path: '/praesentation?bereich=fachkraefte&folie=3' });
    expect(await slideHeading('Fachkräfte')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(await slideHeading('Seit dem letzten Spitzengespräch')).toBeInTheDocument();
    expect(screen.getByText('Folie 4 von 7: Seit dem letzten Spitzengespräch')).toBeInTheDocument();
  });

  it('pins the deck to a meeting snapshot and says so', async () => {
    renderApp({ path: '/praesentation?stand=sg-2025' });
    expect(await slideHeading('Masterplan Handwerk Düsseldorf')).toBeInTheDocument();
    expect(screen.getAllByText('Stand: Spitzengespräch 03.02.2025').length).toBeGreaterThan(0);
    expect(screen.getByText(/2\. Spitzengespräch Masterplan Handwerk · 3\. Februar 2025/)).toBeInTheDocument();
  });

  it('says so for an unknown meeting and shows the live data', async () => {
    renderApp({ path: '/praesentation?stand=sg-1999' });
    expect(await screen.findByText(/Das Spitzengespräch aus dem Link gibt es nicht/)).toBeInTheDocument();
    // The notice comes from the URL at once; the slides follow in a background render (decision 022).
    expect((await screen.findAllByText('Datenstand 16.11.2026')).length).toBeGreaterThan(0);
  });

  it('works without any meeting', async () => {
    const user = userEvent.setup();
    setScenario('empty-meetings');
    renderApp({ path: '/praesentation' });
    expect(await slideHeading('Masterplan Handwerk Düsseldorf')).toBeInTheDocument();
    expect(screen.getByText('Noch kein Spitzengespräch')).toBeInTheDocument();
    await user.keyboard('8');
    expect(await slideHeading('Seit dem letzten Spitzengespräch')).toBeInTheDocument();
    expect(screen.getByText(/Es hat noch kein Spitzengespräch stattgefunden/)).toBeInTheDocument();
  });

  it('stops the deck only when the plan or the measures fail, with retry, and recovers', async () => {
    const user = userEvent.setup();
    server.use(http.get(apiPath('measures'), () => HttpResponse.json({ message: 'boom' }, { status: 500 })));
    renderApp({ path: '/praesentation' });
    expect(await slideHeading('Die Präsentation konnte nicht erstellt werden')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Maßnahmen: Laden fehlgeschlagen (Serverfehler 500).');
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await slideHeading('Masterplan Handwerk Düsseldorf')).toBeInTheDocument();
  });

  it('builds the deck without the indicators: their slides say so with retry, the others work', async () => {
    const user = userEvent.setup();
    setScenario('error-indicators');
    renderApp({ path: '/praesentation?folie=3' });
    expect(await slideHeading('Gewerbeflächen')).toBeInTheDocument();
    expect(screen.getByText('Folie 3 von 11: Gewerbeflächen')).toBeInTheDocument();
    // The area's measures are there; only its key figure failed.
    expect(screen.getByText('mittlerer Fortschritt')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Kennzahlen: Laden fehlgeschlagen (Serverfehler 500).');
    await user.keyboard('{End}{ArrowLeft}');
    expect(await slideHeading('Kennzahlen')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Kennzahlen: Laden fehlgeschlagen');
    setScenario('');
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect((await screen.findAllByText(/des Wegs zum Ziel/)).length).toBeGreaterThan(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('builds the deck without the meetings and does not pretend there was none', async () => {
    const user = userEvent.setup();
    setScenario('error-meetings');
    renderApp({ path: '/praesentation' });
    expect(await slideHeading('Masterplan Handwerk Düsseldorf')).toBeInTheDocument();
    expect(screen.queryByText('Noch kein Spitzengespräch')).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('Spitzengespräche: Laden fehlgeschlagen (Serverfehler 500).');
    await user.keyboard('2');
    expect(await slideHeading('Überblick')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.keyboard('8');
    expect(await slideHeading('Seit dem letzten Spitzengespräch')).toBeInTheDocument();
    expect(screen.queryByText(/Es hat noch kein Spitzengespräch stattgefunden/)).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('Spitzengespräche');
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });

  it('builds the deck without the work areas: one slide says so in place of the area slides', async () => {
    setScenario('error-work-areas');
    renderApp({ path: '/praesentation?folie=3' });
    expect(await slideHeading('Handlungsfelder')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Handlungsfelder: Laden fehlgeschlagen (Serverfehler 500).');
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });

  it('renders hostile text from the data as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    server.use(
      http.get(apiPath('workAreas'), () =>
        HttpResponse.json(seedWorkAreas.map((a, i) => (i === 0 ? { ...a, name: hostile } : a))),
      ),
    );
    renderApp({ path: '/praesentation?folie=3' });
    expect(await slideHeading(hostile)).toBeInTheDocument();
    // An injected element has no role or name to be found by: only a DOM query can prove it absent.
    // eslint-disable-next-line testing-library/no-node-access
    expect(document.querySelector('img')).toBeNull();
  });

  it('auto-advances with ?auto, loops at the end, and the visible pause control stops it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const { history } = renderApp({ path: '/praesentation?auto=5&folie=10' });
    expect(await slideHeading('Kennzahlen')).toBeInTheDocument();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5000);
    });
    expect(await slideHeading('Vielen Dank')).toBeInTheDocument();
    expect(last(history)).toBe('/praesentation?folie=11&auto=5');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5000);
    });
    expect(await slideHeading('Masterplan Handwerk Düsseldorf')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Automatischen Wechsel anhalten/ }));
    expect(screen.getByRole('button', { name: /Automatischen Wechsel starten/ })).toBeInTheDocument();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(15_000);
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Masterplan Handwerk Düsseldorf' })).toBeInTheDocument();
  });
});
