import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../mocks/handlers/api-path';
import { server } from '../../mocks/node';
import { sixAreaPlan } from '../fixtures/six-area-plan';
import { renderApp } from '../render';

/** Another city's plan: six work areas, two partners, real (not sample) data. */
function serveOtherPlan(): void {
  const data = sixAreaPlan;
  server.use(
    http.get(apiPath('plan'), () => HttpResponse.json(data.plan)),
    http.get(apiPath('workAreas'), () => HttpResponse.json(data.workAreas)),
    http.get(apiPath('measures'), () => HttpResponse.json(data.measures)),
    http.get(apiPath('indicators'), () => HttpResponse.json(data.indicators)),
    http.get(apiPath('meetings'), () => HttpResponse.json(data.meetings)),
  );
}

describe('the plan’s own words', () => {
  it('names the plan, its city and its two partners in header, tab title, footer and about page – and never Düsseldorf', async () => {
    serveOtherPlan();
    const user = userEvent.setup();
    renderApp({ path: '/ueber' });
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByRole('link', { name: /Handwerksoffensive Musterstadt 2030/ })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Über die Daten – Handwerksoffensive Musterstadt 2030'));
    expect(
      within(screen.getByRole('contentinfo')).getByText('Partner des Plans: Stadt Musterstadt und Handwerkskammer Musterland.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        '„Handwerksoffensive Musterstadt 2030“ wurde am 20. November 2025 beschlossen und am 1. Dezember 2025 von Stadt Musterstadt und Handwerkskammer Musterland unterzeichnet. Einmal im Jahr prüfen die Partner im Spitzengespräch den Stand der Umsetzung.',
        {},
      ),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).queryByText('Beispieldaten')).not.toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Düsseldorf|Kreishandwerkerschaft|Oberbürgermeister/);

    for (const [link, heading] of [
      ['Spitzengespräche', 'Spitzengespräche'],
      ['Leichte Sprache', 'Leichte Sprache'],
      ['Barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
    ] as const) {
      await user.click(screen.getAllByRole('link', { name: link })[0]!);
      await screen.findByRole('heading', { level: 1, name: heading });
      expect(document.body.textContent).not.toMatch(/Düsseldorf|duesseldorf|Kreishandwerkerschaft|Oberbürgermeister/);
    }
  });

  it('introduces the meetings with the plan’s partners', async () => {
    serveOtherPlan();
    renderApp({ path: '/spitzengespraeche' });
    expect(
      await screen.findByText(
        /^Einmal im Jahr prüfen die Partner des Plans – Stadt Musterstadt und Handwerkskammer Musterland – im Spitzengespräch/,
        {},
      ),
    ).toBeInTheDocument();
  });
});
