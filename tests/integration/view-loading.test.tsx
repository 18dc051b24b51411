import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onlineManager } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route, Switch } from 'wouter';
import { ViewBoundary } from '../../src/app/view-boundary';
import { ViewLoadFailed } from '../../src/app/view-load-failed';
import { loadAndKeep, retryableLazy, ViewLoadError } from '../../src/lib/retryable-lazy';
import { renderWithProviders } from '../render';

/**
 * A view's code chunk, as the browser loads it: the import rejects while the network is down and
 * resolves once it is back (Chromium retries a failed dynamic import; checked in tests/e2e/offline).
 */
function chunk(name: string) {
  const network = { up: true, loads: 0 };
  function ViewBody() {
    return <h1>{name}</h1>;
  }
  const load = (): Promise<ComponentType<object>> => {
    network.loads += 1;
    return network.up ? Promise.resolve(ViewBody) : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  };
  return { network, load, View: retryableLazy(load) };
}

function Kaputt(): never {
  throw new Error('kaputt');
}

/**
 * React reports every error an error boundary catches on the console. For the expected load
 * failures that is not a test failure; anything else logged still is (checked at the end).
 */
function consoleErrorsOtherThanViewLoad(): unknown[][] {
  const other: unknown[][] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!args.some((arg) => arg instanceof ViewLoadError)) other.push(args);
  });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return other;
}

function goOffline(...networks: Array<{ up: boolean }>) {
  for (const n of networks) n.up = false;
  onlineManager.setOnline(false);
}

function comeBackOnline(...networks: Array<{ up: boolean }>) {
  for (const n of networks) n.up = true;
  act(() => {
    onlineManager.setOnline(true);
    window.dispatchEvent(new Event('online'));
  });
}

let otherConsoleErrors: unknown[][] = [];
beforeEach(() => {
  otherConsoleErrors = consoleErrorsOtherThanViewLoad();
});
afterEach(() => {
  onlineManager.setOnline(true);
  expect(otherConsoleErrors).toEqual([]);
});

describe('a lazy view whose code is already there', () => {
  // main.tsx loads the first view's code before the first render (route-preload.ts, decision 025):
  // the view must then not suspend, or React would show the content only 300 ms after its fallback.
  it('renders in the first commit, without the loading state, when loaded through loadAndKeep', async () => {
    const overview = chunk('Übersicht');
    await loadAndKeep(overview.load);
    renderWithProviders(
      <ViewBoundary>
        <overview.View />
      </ViewBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(overview.network.loads).toBe(1);
  });

  it('keeps a lazily loaded view mounted when its parent renders again (no remount once the code is known)', async () => {
    const user = userEvent.setup();
    function Notes({ title }: { title: string }) {
      return (
        <label>
          {title}
          <input />
        </label>
      );
    }
    const View = retryableLazy(() => Promise.resolve(Notes));
    function Page() {
      const [title, setTitle] = useState('Notizen');
      return (
        <>
          <button type="button" onClick={() => setTitle('Notizen zum Stand')}>
            Umbenennen
          </button>
          <ViewBoundary>
            <View title={title} />
          </ViewBoundary>
        </>
      );
    }
    renderWithProviders(<Page />);
    await user.type(await screen.findByRole('textbox', { name: 'Notizen' }), 'Stand');
    await user.click(screen.getByRole('button', { name: 'Umbenennen' }));
    expect(screen.getByRole('textbox', { name: 'Notizen zum Stand' })).toHaveValue('Stand');
  });

  it('shows the loading state first when its code is still on the way', async () => {
    const overview = chunk('Übersicht');
    renderWithProviders(
      <ViewBoundary>
        <overview.View />
      </ViewBoundary>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Ansicht');
    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
  });
});

describe('a lazy view whose code cannot load', () => {
  it('shows the offline state instead of the crash page and appears by itself when the network is back', async () => {
    const meetings = chunk('Spitzengespräche');
    goOffline(meetings.network);
    renderWithProviders(
      <ViewBoundary>
        <meetings.View />
      </ViewBoundary>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Offline – Ansicht noch nicht geladen' })).toBeInTheDocument();
    expect(screen.queryByText('Etwas ist schiefgelaufen')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Übersicht' })).toBeInTheDocument();

    comeBackOnline(meetings.network);
    expect(await screen.findByRole('heading', { level: 1, name: 'Spitzengespräche' })).toBeInTheDocument();
    expect(meetings.network.loads).toBe(2);
  });

  it('"Erneut versuchen" loads it again; while still offline the offline state stays', async () => {
    const user = userEvent.setup();
    const deck = chunk('Präsentation');
    goOffline(deck.network);
    renderWithProviders(
      <ViewBoundary>
        <deck.View />
      </ViewBoundary>,
    );
    await user.click(await screen.findByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Offline – Ansicht noch nicht geladen' })).toBeInTheDocument();
    expect(deck.network.loads).toBe(2);

    deck.network.up = true;
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Präsentation' })).toBeInTheDocument();
  });

  it('online but the file does not arrive: says so, with retry, still not the crash page', async () => {
    const view = chunk('Maßnahmen');
    view.network.up = false;
    renderWithProviders(
      <ViewBoundary>
        <view.View />
      </ViewBoundary>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Ansicht konnte nicht geladen werden' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    expect(screen.queryByText('Etwas ist schiefgelaufen')).not.toBeInTheDocument();
  });

  it('loads again even when the connection came back before the offline page had started listening', async () => {
    const retry = vi.fn();
    onlineManager.setOnline(false);
    // Renders after the offline page, in the same commit: the connection returns after the page
    // has rendered as offline and before any of its effects (its listeners) ran.
    function ConnectionReturnsNow() {
      onlineManager.setOnline(true);
      window.dispatchEvent(new Event('online'));
      return null;
    }
    renderWithProviders(
      <>
        <ViewLoadFailed error={new ViewLoadError(new TypeError('offline'), () => undefined)} retry={retry} />
        <ConnectionReturnsNow />
      </>,
    );
    await waitFor(() => expect(retry).toHaveBeenCalledTimes(1));
  });
});

describe('the view error boundary across navigation', () => {
  it('does not keep a failed view: after navigating away and back online, the view loads', async () => {
    const meetings = chunk('Spitzengespräche');
    const about = chunk('Über die Daten');
    const { navigate } = renderWithProviders(<Routes meetings={meetings.View} about={about.View} />, { path: '/ueber' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Über die Daten' })).toBeInTheDocument();

    goOffline(meetings.network);
    act(() => navigate('/spitzengespraeche'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Offline – Ansicht noch nicht geladen' })).toBeInTheDocument();
    act(() => navigate('/ueber'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Über die Daten' })).toBeInTheDocument();

    // Back online without the `online` event reaching the view (it was not on screen): navigating
    // to it must load it, not replay the old failure.
    meetings.network.up = true;
    onlineManager.setOnline(true);
    act(() => navigate('/spitzengespraeche'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Spitzengespräche' })).toBeInTheDocument();
  });

  it('forgets a crash when the location changes', async () => {
    // React reports the caught crash on the console; expected here, not a test failure.
    otherConsoleErrors = [];
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const about = chunk('Über die Daten');
    const { navigate } = renderWithProviders(<Routes meetings={Kaputt} about={about.View} />, { path: '/spitzengespraeche' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Etwas ist schiefgelaufen' })).toBeInTheDocument();
    act(() => navigate('/ueber'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Über die Daten' })).toBeInTheDocument();
    expect(screen.queryByText('Etwas ist schiefgelaufen')).not.toBeInTheDocument();
  });
});

/** Two routes inside one boundary, as src/app/routes.tsx nests them. */
function Routes({ meetings: Meetings, about: About }: { meetings: ComponentType<object>; about: ComponentType<object> }) {
  return (
    <ViewBoundary>
      <Switch>
        <Route path="/ueber">
          <About />
        </Route>
        <Route>
          <Meetings />
        </Route>
      </Switch>
    </ViewBoundary>
  );
}
