import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, presetPreferences, scrollThroughPage } from './axe';

/**
 * quality.md: axe reports nothing on every route, in both themes and both languages, at 390, 1280
 * and 1920 px — and every route reflows at 320 px without horizontal page scrolling. Feature specs
 * test their views in depth; this is the sweep over all of them, so a new route cannot slip by.
 */
test.describe.configure({ mode: 'parallel' });

const routes = [
  '/',
  '/handlungsfelder/handwerkerhoefe',
  '/massnahmen',
  '/massnahmen?bereich=mobilitaet&status=delayed',
  '/massnahmen/HH-02',
  '/spitzengespraeche',
  '/praesentation',
  '/praesentation?folie=3',
  '/bericht?bereich=handwerkerhoefe',
  '/ueber',
  '/barrierefreiheit',
  '/leichte-sprache',
  '/gibt-es-nicht',
];

async function openSettled(page: Page, route: string) {
  await page.goto(route);
  await page.waitForLoadState('networkidle');
  await scrollThroughPage(page);
  // Lazy charts and the deck render after the data: wait until no loading status is left.
  await expect(page.locator('.state--loading, .chart-figure__loading')).toHaveCount(0, { timeout: 15_000 });
}

for (const theme of ['light', 'dark'] as const) {
  for (const language of ['de', 'en'] as const) {
    test(`axe on every route at 1280 px (${theme}, ${language})`, async ({ page }) => {
      test.setTimeout(120_000);
      await presetPreferences(page, { theme, language });
      for (const route of routes) {
        await openSettled(page, route);
        await expectNoAxeViolations(page, `${route} ${theme}/${language}`);
      }
    });
  }
}

for (const width of [390, 1920]) {
  test(`axe on every route at ${width} px (light and dark, German)`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: width === 390 ? 844 : 1080 });
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const route of routes) {
        await openSettled(page, route);
        await expectNoAxeViolations(page, `${route} ${width}px ${theme}`);
      }
    }
  });
}

test('every route reflows at 320 px without horizontal page scrolling', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of routes) {
    await openSettled(page, route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${route} scrolls sideways by ${overflow}px at 320 px`).toBeLessThanOrEqual(0);
  }
});

test('hostile and odd URLs never crash a view', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const odd = [
    `/massnahmen?status=${encodeURIComponent('<script>alert(1)</script>')}&bereich=__proto__&sort=constructor`,
    `/massnahmen?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    '/massnahmen/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/handlungsfelder/__proto__',
    '/spitzengespraeche?von=gibtsnicht&bis=%3Cb%3E',
    '/praesentation?folie=99999&auto=-5&bereich=%3Cscript%3E',
    '/praesentation?stand=__proto__',
    `/bericht?stand=__proto__&bereich=${encodeURIComponent('<script>alert(1)</script>')}`,
  ];
  for (const route of odd) {
    await openSettled(page, route);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(await page.locator('script:not([src])').count(), route).toBe(0);
    expect(await page.locator('img[src="x"]').count(), route).toBe(0);
  }
  expect(errors).toEqual([]);
});
