import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, presetPreferences, scrollThroughPage } from './axe';

async function cardsReady(page: Page) {
  await expect(page.getByTestId('area-card')).toHaveCount(5);
  await expect(page.getByTestId('area-card').first()).toContainText('Maßnahmen');
}

async function chartsReady(page: Page) {
  await expect(page.getByTestId('area-card')).toHaveCount(5);
  await scrollThroughPage(page);
  await expect(page.getByTestId('status-by-area-chart').locator('svg .recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.locator('.overview-chart--progress svg .recharts-line').first()).toBeVisible();
}

/** Waits for the page's `count` figures, then brings each into view (scrollThroughPage). */
async function scrollToEachFigure(page: Page, count: number) {
  await expect(page.getByRole('figure')).toHaveCount(count);
  await scrollThroughPage(page);
}

/** The overview's status chart, once its bars are drawn and their number no longer changes. */
async function drawnStatusChart(page: Page): Promise<Locator> {
  const figure = page.getByRole('figure', { name: 'Maßnahmen nach Status und Handlungsfeld' });
  await figure.scrollIntoViewIfNeeded();
  // SVG segments have no role (the table alternative holds the same links): found by recharts' class.
  const bars = figure.locator('.recharts-bar-rectangle');
  let previous = -1;
  await expect
    .poll(async () => {
      const count = await bars.count();
      const settled = count > 0 && count === previous;
      previous = count;
      return settled;
    })
    .toBe(true);
  return figure;
}

test('one card per work area with counts, delayed measures and links', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await cardsReady(page);
  const names = await page.getByTestId('area-card').getByRole('heading', { level: 3 }).allTextContents();
  expect(names).toEqual(['Gewerbeflächen', 'Handwerkerhöfe', 'Mobilität', 'Fachkräfte', 'Infrastruktur']);
  await expect(page.getByTestId('overview-figures')).toContainText('Maßnahmen insgesamt');
  await expect(page.getByText(/\+5 abgeschlossen/).first()).toBeVisible();
  const first = page.getByTestId('area-card').first();
  await first.getByRole('link', { name: /Handlungsfeld öffnen/ }).click();
  await expect(page).toHaveURL(/\/handlungsfelder\/gewerbeflaechen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Gewerbeflächen' })).toBeVisible();
});

test('the charts render as SVG with bars, lines and target lines', async ({ page }) => {
  await page.goto('/');
  await chartsReady(page);
  expect(await page.locator('[data-testid="status-by-area-chart"] .recharts-bar-rectangle').count()).toBeGreaterThan(10);
  await expect(page.locator('.overview-indicators .recharts-reference-line-line')).toHaveCount(6);
  expect(await page.locator('.overview-indicators figure').count()).toBe(6);
  // Tooltips speak German: status labels on the bars, dates and "%" on the progress line.
  await page.locator('[data-testid="status-by-area-chart"] .recharts-bar-rectangle').first().hover();
  await expect(page.locator('[data-testid="status-by-area-chart"] .recharts-tooltip-wrapper')).toContainText('abgeschlossen');
  await page.locator('.overview-chart--progress .recharts-line-dot').nth(2).hover();
  await expect(page.locator('.overview-chart--progress .recharts-tooltip-wrapper')).toContainText(
    '3. Spitzengespräch, 18.02.2026',
  );
});

test('clicking a bar segment opens the measures list filtered to that work area and status', async ({ page }) => {
  await page.goto('/');
  const chart = await drawnStatusChart(page);
  // The first work area's "abgeschlossen" segment (first series, first row).
  await chart.locator('.recharts-bar').first().locator('.recharts-bar-rectangle').first().click();
  await expect(page).toHaveURL(/\/massnahmen\?bereich=gewerbeflaechen&status=completed$/);
});

test('the table alternative links the same filters for keyboard users', async ({ page }) => {
  await page.goto('/');
  await chartsReady(page);
  const figure = page.locator('figure.overview-chart--status');
  await figure.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
  const link = figure.getByRole('link', { name: /verzögert in Handwerkerhöfe/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/massnahmen\?bereich=handwerkerhoefe&status=delayed$/);
});

test('a failing indicators endpoint leaves the cards and other charts working', async ({ page }) => {
  await page.goto('/?mock=error-indicators');
  await cardsReady(page);
  await expect(page.locator('.overview-indicators').getByRole('alert')).toContainText('Kennzahlen');
  await expect(page.locator('.overview-indicators').getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
  await scrollThroughPage(page);
  await expect(page.getByTestId('status-by-area-chart').locator('svg')).toBeVisible();
  await page.goto('/?mock=');
});

test('the overview and its charts run under the strict CSP without violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  await cardsReady(page);
  await scrollToEachFigure(page, 8);
  const progress = page.getByRole('figure', { name: 'Fortschritt des gesamten Plans über die Zeit' });
  await expect(progress.locator('svg .recharts-line').first()).toBeVisible();
  const chart = await drawnStatusChart(page);
  await chart.locator('.recharts-bar-rectangle').first().hover();
  await expect(chart.locator('.recharts-tooltip-wrapper')).toContainText('abgeschlossen');
  await page.goto('/handlungsfelder/mobilitaet');
  await expect(page.getByRole('heading', { level: 2, name: 'Maßnahmen nach Status' })).toBeVisible();
  await scrollToEachFigure(page, 3);
  await expect(page.getByRole('figure').locator('svg .recharts-line').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('a work-area page shows measures by status, indicator charts and milestones', async ({ page }) => {
  await page.goto('/handlungsfelder/handwerkerhoefe');
  await expect(page.getByRole('heading', { level: 1, name: 'Handwerkerhöfe' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Maßnahmen nach Status' })).toBeVisible();
  await scrollThroughPage(page);
  await expect(page.locator('.indicator-figure svg .recharts-line').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Meilensteine' })).toBeVisible();
});

test('an unknown work area shows a not-found page with a way back', async ({ page }) => {
  await page.goto('/handlungsfelder/gibt-es-nicht');
  await expect(page.getByRole('heading', { level: 1, name: 'Handlungsfeld nicht gefunden' })).toBeVisible();
  await page.getByRole('link', { name: 'Zurück zur Übersicht' }).last().click();
  await expect(page).toHaveURL(/\/$/);
});

// One test per state and theme (each axe run takes seconds on a busy machine). The plain overview
// is in the route sweep (a11y-matrix.spec.ts); here the states the sweep does not open.
for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the overview with a chart shown as table (${theme})`, async ({ page }) => {
    await presetPreferences(page, { theme });
    await page.goto('/');
    await cardsReady(page);
    await chartsReady(page);
    await page.locator('figure.overview-chart--status').getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
    await expectNoAxeViolations(page, `overview table ${theme}`);
  });
}

// axe on the English overview (and on a work area with its charts drawn) is in the route sweep.
test('the overview in English: headings, cards and charts speak English', async ({ page }) => {
  await presetPreferences(page, { theme: 'dark', language: 'en' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByTestId('area-card')).toHaveCount(5);
  await expect(page.getByTestId('area-card').first()).toContainText('Open field of action');
  await chartsReady(page);
  await expect(page.getByRole('button', { name: 'Show as table' }).first()).toBeVisible();
});

test('10,000 measures: cards, figures and charts stay intact', async ({ page }) => {
  // The mock builds and validates 10,000 measures in the page: on a loaded machine with three test
  // workers that took more than the default 10 s (a CI run on 2026-12-02), as in scale.spec.ts.
  test.setTimeout(90_000);
  await page.goto('/?mock=scale-10000');
  await expect(page.getByTestId('overview-figures')).toContainText('10.000', { timeout: 45_000 });
  await expect(page.getByTestId('area-card').first()).toContainText('Maßnahmen');
  await chartsReady(page);
  await expectNoSidewaysScroll(page, 'the overview at 10,000 measures');
  await page.goto('/?mock=');
});

// 390, 1280 and 1920 px (and 320) are checked for sideways scrolling on every route by the sweep
// (a11y-matrix.spec.ts); the 4K wall screen of the meeting room only here.
// Screenshots for review: scripts/screenshots.mjs; this keeps the check that can fail.
test('no horizontal scrolling at 3840x2160 dark (overview and work area)', async ({ page }) => {
  await presetPreferences(page, { theme: 'dark' });
  await page.setViewportSize({ width: 3840, height: 2160 });
  await page.goto('/');
  await cardsReady(page);
  await chartsReady(page);
  await expect(page.locator('.overview-indicators .recharts-line').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'the overview at 3840 px');
  await page.goto('/handlungsfelder/fachkraefte');
  await scrollThroughPage(page);
  await expect(page.locator('.indicator-figure svg .recharts-line').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'a work-area page at 3840 px');
});
