import { expect, test } from '@playwright/test';

// Wide enough that the measures filters stand open in their column (no disclosure to open).
test.use({ viewport: { width: 1600, height: 900 } });

test('measures: Back steps through each filter state, one step for a whole typing burst', async ({ page }) => {
  await page.goto('/massnahmen');
  const status = page.getByRole('status').filter({ hasText: /von 65 Maßnahmen/ });
  await expect(status).toHaveText('65 von 65 Maßnahmen');
  await page.getByRole('checkbox', { name: 'Gewerbeflächen' }).check();
  await page.getByRole('checkbox', { name: /in Umsetzung/ }).check();
  await expect(page).toHaveURL(/\?bereich=gewerbeflaechen&status=in_progress$/);
  await page.getByRole('searchbox', { name: 'Suche' }).pressSequentially('hafen');
  await expect(page).toHaveURL(/\?bereich=gewerbeflaechen&status=in_progress&q=hafen$/);

  await page.goBack();
  await expect(page).toHaveURL(/\?bereich=gewerbeflaechen&status=in_progress$/);
  await expect(page.getByRole('searchbox', { name: 'Suche' })).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: /in Umsetzung/ })).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\?bereich=gewerbeflaechen$/);
  await expect(page.getByRole('checkbox', { name: /in Umsetzung/ })).not.toBeChecked();
});

test("the deck accepts the meetings page's way back, with odd characters in the address", async ({ page }) => {
  await page.goto("/spitzengespraeche?von=sg-2025&ref=Rat(2026)'s");
  await page.getByRole('link', { name: /Als Präsentation zeigen/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Masterplan Handwerk Düsseldorf' })).toBeVisible();
  await expect(page.getByText(/ungültigen Wert/)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/spitzengespraeche\?von=sg-2025$/);
  await expect(page.getByRole('combobox', { name: 'Von' })).toHaveValue('sg-2025');
});
