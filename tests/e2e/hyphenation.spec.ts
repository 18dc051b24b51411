import { expect, test } from '@playwright/test';
import { presetPreferences } from './axe';

/**
 * Long German words break at a syllable with a hyphen: `hyphens: auto` on the text, with the UI
 * language on <html lang> so the browser picks the right dictionary, in both languages. (Debian's
 * Chromium here ships no hyphenation dictionaries, so the screenshots show the fallback break; Chrome
 * with its components, Firefox and Safari hyphenate.)
 */
for (const language of ['de', 'en'] as const) {
  test(`work-area names and titles may hyphenate, by the page language (${language})`, async ({ page }) => {
    await presetPreferences(page, { language });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/');
    const title = page.getByTestId('area-card').first().getByRole('heading', { level: 3 });
    await expect(title).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    expect(await title.evaluate((el) => getComputedStyle(el).hyphens)).toBe('auto');
    await page.goto('/massnahmen/HH-02');
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toBeVisible();
    expect(await h1.evaluate((el) => getComputedStyle(el).hyphens)).toBe('auto');
  });
}
