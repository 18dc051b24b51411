import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { setScenario } from '../../mocks/scenario';
import { renderApp } from '../render';
import { apiPath } from '../../mocks/handlers/api-path';

describe('app shell', () => {
  it('shows the plan title, the Datenstand from the mock and the sample-data mark', async () => {
    renderApp();
    const banner = screen.getByRole('banner');
    // The title is the plan's own (from the data), so it appears with the plan.
    expect(await within(banner).findByRole('link', { name: /Masterplan Handwerk Düsseldorf/ })).toBeInTheDocument();
    expect(await within(banner).findByText('Datenstand: 16.11.2026')).toBeInTheDocument();
    expect(within(banner).getByText('Beispieldaten')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
  });

  it('has a skip link and navigation to every view', () => {
    renderApp();
    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toHaveAttribute('href', '#main-heading');
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    const names = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(['Übersicht', 'Maßnahmen', 'Spitzengespräche', 'Präsentation', 'Bericht', 'Über die Daten']);
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Barrierefreiheit' })).toBeInTheDocument();
  });

  it('shows a German 404 page with a way back for an unknown address', async () => {
    renderApp({ path: '/gibt-es-nicht' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Übersicht' })).toHaveAttribute('href', '/');
  });

  it('switches to English and back, and updates <html lang>', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByText('Data as of 16/11/2026')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Auf Deutsch umschalten' }));
    expect(screen.getByText('Datenstand: 16.11.2026')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
  });

  it('switches the theme and remembers it', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Farbschema' }), 'Dunkel');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('mh-theme')).toBe('dark');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Farbschema' }), 'System');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });

  it('names the resource and field when the plan violates the schema, and retries', async () => {
    const user = userEvent.setup();
    setScenario('invalid-plan');
    renderApp();
    const alert = await within(screen.getByRole('banner')).findByRole('alert');
    expect(alert).toHaveTextContent('Plan: Die Antwort des Servers ist ungültig (Feld „title“)');
    setScenario('');
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByText('Datenstand: 16.11.2026')).toBeInTheDocument();
  });

  it('shows a server error in German when the plan endpoint fails', async () => {
    server.use(http.get(apiPath('plan'), () => HttpResponse.json({}, { status: 503 })));
    renderApp();
    expect(await screen.findByText('Plan: Laden fehlgeschlagen (Serverfehler 503).')).toBeInTheDocument();
  });

  it('renders hostile text from the data as text, without running it', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    server.use(
      http.get(apiPath('plan'), async () => {
        const { seedPlan } = await import('../../mocks/data/seed-plan');
        return HttpResponse.json({ ...seedPlan, note: hostile, links: [{ label: 'Böser Link', url: 'javascript:alert(1)' }] });
      }),
    );
    renderApp({ path: '/ueber' });
    expect(await screen.findByText(hostile)).toBeInTheDocument();
    // An injected element has no role or name to be found by: only a DOM query can prove it absent.
    // eslint-disable-next-line testing-library/no-node-access
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(screen.queryByRole('link', { name: /Böser Link/ })).toBeNull();
    expect(screen.getByText('Böser Link')).toBeInTheDocument();
  });
});

describe('Leichte Sprache', () => {
  it('is linked from every page and explains the dashboard in short sentences', async () => {
    const user = userEvent.setup();
    renderApp({ path: '/massnahmen' });
    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Leichte Sprache' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Leichte Sprache' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Was ist der Master-Plan Handwerk?' })).toBeInTheDocument();
    expect(await screen.findByText('Die Zahlen auf dieser Seite sind Beispiele.')).toBeInTheDocument();
    expect(screen.getByText('Düsseldorf ist eine Stadt.')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Leichte Sprache – Masterplan Handwerk Düsseldorf'));
  });
});
