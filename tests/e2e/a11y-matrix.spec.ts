import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsAtRest, expectNoSidewaysScroll, presetPreferences, scrollThroughPage } from './axe';

/**
 * docs/quality.md: axe reports nothing on every route, in both themes and both languages, at 390, 1280
 * and 1920 px — and no route scrolls sideways at those widths or at 320 px (reflow, checked in the
 * 390 px run). Feature specs test their views in depth; this is the sweep over all of them, so a new
 * route cannot slip by.
 */
test.describe.configure({ mode: 'parallel' });

const routes = [
  '/',
  '/handlungsfelder/handwerkerhoefe',
  '/massnahmen',
  '/massnahmen?bereich=mobilitaet&status=delayed',
  '/massnahmen/HH-02',
  '/spitzengespraeche?von=sg-2024&bis=sg-2026',
  '/praesentation',
  '/praesentation?folie=3',
  '/bericht?bereich=handwerkerhoefe',
  '/ueber',
  '/barrierefreiheit',
  '/leichte-sprache',
  '/gibt-es-nicht',
];

/** Every figure scrolled into view once, and no loading status left (lazy charts, the deck). */
async function settle(page: Page) {
  await scrollThroughPage(page);
  await expect(page.locator('.state--loading, .chart-figure__loading')).toHaveCount(0, { timeout: 15_000 });
}

async function openSettled(page: Page, route: string) {
  await page.goto(route);
  await settle(page);
}

/**
 * One test per route and theme (26): a failure names it, and a slow route (axe needs 10-15 s for
 * the 65-row measures table on a busy machine) cannot eat the time of the others. Each route is
 * checked in both themes, both languages and at 390, 1280 and 1920 px, but not in every
 * combination: contrast depends on the theme, layout on the width, text length on the language.
 * The light test checks 1280 px, then widens the same page to 1920 px and runs axe again; the dark
 * test checks 390 px in English (the longer labels, the harder case for reflow), then narrows to
 * 320 px. A second width in the same page instead of a page load of its own: a third test per
 * route cost a browser context and a page load (~3 CPU-s here) for one more axe run (decision 030).
 * The feature specs add the states a route does not open by itself: an open filter panel, a chart
 * as table, the deck's help.
 */
const variants = [
  {
    theme: 'light',
    language: 'de',
    first: { width: 1280, height: 720 },
    // Wider: the charts lay out again and the deck scales; axe runs again.
    then: { width: 1920, height: 1080, axe: true },
  },
  {
    theme: 'dark',
    language: 'en',
    first: { width: 390, height: 844 },
    // 320 px (WCAG 1.4.10 reflow): sideways scrolling only, axe at 390 px saw the same layout.
    then: { width: 320, height: 640, axe: false },
  },
] as const;

for (const route of routes) {
  for (const { theme, language, first, then } of variants) {
    test(`axe: ${route} (${theme}, ${language}, ${first.width} and ${then.width} px)`, async ({ page }) => {
      // Reduced motion from the start, so nothing is caught mid-fade (see expectNoAxeViolationsAtRest).
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.setViewportSize(first);
      await presetPreferences(page, { theme, language });
      await openSettled(page, route);
      await expectNoAxeViolationsAtRest(page, `${route} ${theme}/${language} ${first.width}px`);
      await expectNoSidewaysScroll(page, `${route} at ${first.width} px`);

      await page.setViewportSize({ width: then.width, height: then.height });
      await expectNoSidewaysScroll(page, `${route} at ${then.width} px`);
      if (then.axe) {
        await settle(page);
        await expectNoAxeViolationsAtRest(page, `${route} ${theme}/${language} ${then.width}px`);
      }
    });
  }
}

const oddUrls = [
  `/massnahmen?status=${encodeURIComponent('<script>alert(1)</script>')}&bereich=__proto__&sort=constructor`,
  `/massnahmen?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
  '/massnahmen/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/handlungsfelder/__proto__',
  '/spitzengespraeche?von=gibtsnicht&bis=%3Cb%3E',
  '/praesentation?folie=99999&auto=-5&bereich=%3Cscript%3E',
  '/praesentation?stand=__proto__',
  `/bericht?stand=__proto__&bereich=${encodeURIComponent('<script>alert(1)</script>')}`,
];

for (const route of oddUrls) {
  test(`a hostile or odd URL never crashes a view: ${route}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await openSettled(page, route);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
}
