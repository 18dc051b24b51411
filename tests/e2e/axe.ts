import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe with the WCAG 2.0/2.1/2.2 A and AA rules and fails with a readable list. Only violations
 * are collected in full (`resultTypes`): every rule still runs on every element, but axe does not
 * build selectors and HTML snippets for the thousands of passing nodes, which was ~15 % of its time
 * on the measures list (decision 024).
 *
 * Legacy mode: axe.run() in the page itself. The default mode collects partial results per frame
 * and then opens a second, blank page to merge them (made for cross-origin iframes, which the
 * dashboard has none of); that page and a second copy of axe cost 0.4-1.9 s per call here, 35-45 %
 * of the call. Same rules, same elements, same results.
 */
export async function expectNoAxeViolations(page: Page, context = ''): Promise<void> {
  // options() before withTags(): AxeBuilder's options() replaces the run options set before it, the
  // tags included (legacy mode is not a run option and stays).
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/**
 * axe on a page at rest: no transition under way, the pointer in the middle. The deck's control
 * bar fades out over 0.3 s once the pointer has been still for 3 s (keys do not wake it), and axe
 * caught it half-transparent when a run crossed that moment (color-contrast on the bar, seen on a
 * loaded machine). With reduced motion it is either shown or hidden, never in between; the mouse
 * move shows it, so axe usually checks it. Used wherever the deck can be on screen.
 */
export async function expectNoAxeViolationsAtRest(page: Page, context: string): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.mouse.move(size.width / 2, size.height / 2);
  await expectNoAxeViolations(page, context);
}

/** Sets theme and language the way a reader would persist them, before the app starts. */
export async function presetPreferences(page: Page, { theme, language }: { theme?: 'light' | 'dark'; language?: 'de' | 'en' }) {
  await page.addInitScript(
    ([t, l]) => {
      if (t) localStorage.setItem('mh-theme', t);
      if (l) localStorage.setItem('mh-language', l);
    },
    [theme, language] as const,
  );
}

/**
 * Brings every figure into view in turn and goes back to the top, as a reader scrolling through
 * would: charts render only near the viewport and mount one at a time (use-near-viewport.ts,
 * use-chart-turn.ts), so tests that look at charts scroll first. One Playwright scroll per figure:
 * it waits for the page to settle in between, whereas a fast scroll loop in the page could leave a
 * busy Chromium without a new frame (no IntersectionObserver callback) until the test timed out.
 */
export async function scrollThroughPage(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  for (const figure of await page.getByRole('figure').all()) await figure.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * The page does not scroll sideways (WCAG 1.4.10 reflow; the wall screen). Polled: measured once
 * the browser has laid the page (and its charts) out at the current width. `what` names the page
 * and width in the failure message.
 */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: `${what} scrolls sideways`,
    })
    .toBeLessThanOrEqual(0);
}
