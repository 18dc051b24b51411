import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe with the WCAG 2.0/2.1/2.2 A and AA rules and fails with a readable list. */
export async function expectNoAxeViolations(page: Page, context = ''): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
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
 * Scrolls down the whole page and back, as a reader would: charts render only when they come near
 * the viewport (src/lib/use-near-viewport.ts), so tests that look at charts scroll first.
 */
export async function scrollThroughPage(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    window.scrollTo(0, 0);
  });
}
