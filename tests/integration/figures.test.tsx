import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setScenario } from '../../mocks/scenario';
import { renderApp } from '../render';

describe('figures over no measures follow one rule: "–"', () => {
  it('the deck overview shows "–" for the completed share as for the progress', async () => {
    setScenario('empty-measures');
    renderApp({ path: '/praesentation?folie=2' });
    const slide = await screen.findByRole('region', { name: 'Überblick' });
    expect(within(slide).getByText('abgeschlossen')).toBeInTheDocument();
    expect(within(slide).getByText('mittlerer Fortschritt')).toBeInTheDocument();
    // No share and no mean of nothing: neither "0 %" nor any other percentage.
    expect(slide).not.toHaveTextContent(/\d\s?%/);
    expect(within(slide).getAllByText('–').length).toBeGreaterThanOrEqual(2);
  });

  it('the overview headline shows "–" for the shares without measures', async () => {
    setScenario('empty-measures');
    renderApp({ path: '/' });
    expect(await screen.findAllByText('– aller Maßnahmen')).toHaveLength(3);
    expect(screen.queryByText('0 % aller Maßnahmen')).not.toBeInTheDocument();
  });
});

describe('the meetings comparison counts new measures apart', () => {
  it('has a column of new measures per work area and says the progress is like for like', async () => {
    renderApp({ path: '/spitzengespraeche?von=sg-2024' });
    const table = await screen.findByRole('table', { name: /gleiche|beiden Zeitpunkten/ });
    expect(within(table).getByRole('columnheader', { name: 'Neu' })).toBeInTheDocument();
  });
});
