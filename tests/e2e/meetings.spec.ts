import { expect, test } from '@playwright/test';

test('the meetings page: list, default comparison, comparison changed via the selects', async ({ page }) => {
  await page.goto('/spitzengespraeche');
  await expect(page.getByRole('heading', { level: 1, name: 'Spitzengespräche' })).toBeVisible();
  await expect(
    page.getByText('Vergleich: 3. Spitzengespräch Masterplan Handwerk (18.02.2026) → Datenstand 16.11.2026'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Abgeschlossen: 5 Maßnahmen' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Von' }).selectOption('sg-2024');
  await expect(page).toHaveURL(/\?von=sg-2024$/);
  await expect(page.getByText(/Vergleich: 1\. Spitzengespräch/)).toBeVisible();
  await page.getByRole('link', { name: /GF-03/ }).first().click();
  await expect(page).toHaveURL(/\/massnahmen\/GF-03$/);
});

// Sideways scrolling at 320, 390, 1280 and 1920 px, and axe with a chosen comparison (both themes
// and languages), are in the route sweep (a11y-matrix.spec.ts).
