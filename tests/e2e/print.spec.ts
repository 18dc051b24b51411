import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { presetPreferences } from './axe';

/**
 * Paper and PDF, as a council member gets them: Chromium's page.pdf() (A4, with outline and tags),
 * read back with Debian's poppler-utils (pdfinfo, pdftotext, pdftoppm). The page images are kept
 * in the test's output folder (test-results/…) for a look by eye.
 */

// Seed plan: "HH-02"; generated plans (?mock=scale-N): "X-00042".
const measureIdPattern = /\b[A-Z]{1,2}-\d{2,5}\b/g;

interface Pdf {
  path: string;
  pages: number;
  bytes: number;
  text: string;
  pageText: (n: number) => string;
  pageSizes: string[];
}

async function savePdf(page: Page, testInfo: TestInfo, name: string): Promise<Pdf> {
  const path = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true, outline: true, tagged: true });
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const pageSizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/gm)].map((m) => m[1] ?? '');
  // Page images for the eye, small enough to keep.
  execFileSync('pdftoppm', ['-r', '40', '-png', path, testInfo.outputPath(name)]);
  return {
    path,
    pages,
    bytes: statSync(path).size,
    text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }),
    pageText: (n) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' }),
    pageSizes,
  };
}

/** Mean grey value (0 black … 255 white) of page `n`, from a small greyscale PGM. */
function pageLightness(pdf: Pdf, n: number): number {
  const pgm = execFileSync('pdftoppm', ['-f', String(n), '-l', String(n), '-r', '20', '-gray', pdf.path]);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const pixels = pgm.subarray(header[0].length);
  let sum = 0;
  for (const value of pixels) sum += value;
  return sum / pixels.length;
}

function expectNoBlankPage(pdf: Pdf): void {
  for (let n = 1; n <= pdf.pages; n += 1) expect(pdf.pageText(n).trim(), `page ${n} has text`).not.toBe('');
}

/** Outline (bookmarks from the headings) and structure tags, as written by Chromium. */
function expectOutlineAndTags(pdf: Pdf): void {
  const raw = readFileSync(pdf.path).toString('latin1');
  expect(raw).toContain('/Outlines');
  expect(raw).toContain('/StructTreeRoot');
}

const controlLabels = [
  'Zum Inhalt springen',
  'Farbschema',
  'English',
  'Hauptnavigation',
  'Erneut versuchen',
  'Als Tabelle anzeigen',
  'Drucken / Als PDF speichern',
  'Handlungsfelder im Bericht',
  'Als CSV herunterladen',
  'Alle zurücksetzen',
  'Filter entfernen',
  'Vorherige Folie',
  'Nächste Folie',
  'Vollbild',
  'Tastenkürzel',
  'Präsentation beenden',
];
function expectNoControls(text: string): void {
  for (const label of controlLabels) expect(text, `no "${label}" on paper`).not.toContain(label);
}

test('the report as PDF: every measure, margins with plan, Datenstand and page x of y, bookmarks, no blank page', async ({
  page,
}, testInfo) => {
  await page.goto('/bericht');
  await expect(page.getByRole('table', { name: 'Maßnahmen: Infrastruktur' })).toBeVisible();
  await expect(page.getByText(/Veränderungen seit dem Spitzengespräch/)).toBeVisible();
  const onScreen = new Set((await page.locator('.report-measures').allInnerTexts()).join('\n').match(measureIdPattern));
  expect(onScreen.size).toBe(65);

  const pdf = await savePdf(page, testInfo, 'bericht');
  testInfo.annotations.push({ type: 'pdf', description: `bericht: ${pdf.pages} pages, ${Math.round(pdf.bytes / 1024)} KiB` });
  expect(pdf.pages).toBeGreaterThanOrEqual(9);
  expect(pdf.pages).toBeLessThanOrEqual(18);
  expect(pdf.bytes).toBeLessThan(2 * 1024 * 1024);
  for (const id of onScreen) expect(pdf.text).toContain(id);
  expectNoControls(pdf.text);
  expectNoBlankPage(pdf);
  expectOutlineAndTags(pdf);
  expect(pdf.pageSizes.every((size) => size.startsWith('594.96 x 841.92'))).toBe(true);
  for (const n of [1, pdf.pages]) {
    const text = pdf.pageText(n);
    expect(text).toContain('Masterplan Handwerk Düsseldorf');
    expect(text).toContain('Datenstand: 16.11.2026 · Beispieldaten');
    expect(text).toContain(`Seite ${n} von ${pdf.pages}`);
  }
  expect(pdf.pageText(1)).toContain('Umsetzungsbericht');
  expect(readdirSync(testInfo.outputDir).filter((f) => /^bericht-\d+\.png$/.test(f))).toHaveLength(pdf.pages);
});

test('the report pinned to a meeting says so on every page', async ({ page }, testInfo) => {
  await page.goto('/bericht?stand=sg-2025&bereich=handwerkerhoefe');
  await expect(page.getByRole('table', { name: 'Maßnahmen: Handwerkerhöfe' })).toBeVisible();
  const pdf = await savePdf(page, testInfo, 'bericht-sg-2025');
  expect(pdf.pages).toBeGreaterThanOrEqual(3);
  expect(pdf.pages).toBeLessThanOrEqual(8);
  for (let n = 1; n <= pdf.pages; n += 1) expect(pdf.pageText(n)).toContain('Stand: Spitzengespräch am 03.02.2025');
  expect(pdf.text).not.toContain('Gewerbeflächen');
});

test('dark theme, English: prints light, in English', async ({ page }, testInfo) => {
  await presetPreferences(page, { theme: 'dark', language: 'en' });
  await page.goto('/bericht');
  await expect(page.getByRole('table', { name: 'Measures: Mobilität' })).toBeVisible();
  const pdf = await savePdf(page, testInfo, 'report-dark-en');
  for (const n of [1, 2, pdf.pages]) expect(pageLightness(pdf, n), `page ${n} is light`).toBeGreaterThan(200);
  expect(pdf.pageText(2)).toContain('Page 2 of');
  expect(pdf.text).toContain('Data as of 16/11/2026');
  expect(pdf.text).not.toContain('Print / save as PDF');
});

test('a filtered measures list prints every row of the filter (not only the virtual window) and names the filters', async ({
  page,
}, testInfo) => {
  // 1,000 measures: the list on screen is virtual (only the rows in view are in the DOM).
  await page.goto('/massnahmen?mock=scale-1000&status=delayed');
  const count = page.locator('.measures-toolbar__count');
  await expect(count).toHaveText(/^\d+ von 1\.000 Maßnahmen$/);
  const shown = Number((await count.innerText()).split(' ')[0]);
  expect(shown).toBeGreaterThan(100);
  expect(await page.locator('.measures-table tbody tr:not(.measures-spacer)').count()).toBeLessThan(shown);

  const pdf = await savePdf(page, testInfo, 'massnahmen-verzoegert');
  testInfo.annotations.push({
    type: 'pdf',
    description: `${shown} rows: ${pdf.pages} pages, ${Math.round(pdf.bytes / 1024)} KiB`,
  });
  expect(new Set(pdf.text.match(measureIdPattern)).size).toBe(shown);
  expect(pdf.text).toContain('Aktive Filter: Status: verzögert');
  expect(pdf.text).toContain(`${shown} von 1.000 Maßnahmen`);
  // About 14–22 rows a page.
  expect(pdf.pages).toBeGreaterThanOrEqual(Math.floor(shown / 25));
  expect(pdf.pages).toBeLessThanOrEqual(Math.ceil(shown / 10) + 1);
  expectNoControls(pdf.text);
  expectNoBlankPage(pdf);
  // The header row repeats on every page.
  for (const n of [2, pdf.pages]) expect(pdf.pageText(n)).toMatch(/Nr\.\s+Titel\s+Handlungsfeld/);
});

test('the seed plan filtered by work area prints exactly its measures', async ({ page }, testInfo) => {
  await page.goto('/massnahmen?bereich=handwerkerhoefe&status=delayed,in_progress');
  await expect(page.locator('.measures-toolbar__count')).toHaveText(/von 65 Maßnahmen/);
  const ids = new Set((await page.locator('.measures-table tbody').innerText()).match(measureIdPattern));
  expect(ids.size).toBeGreaterThan(0);
  const pdf = await savePdf(page, testInfo, 'massnahmen-handwerkerhoefe');
  expect(pdf.pages).toBe(1);
  expect(new Set(pdf.text.match(measureIdPattern))).toEqual(ids);
  expect(pdf.text).toContain('Aktive Filter: Handlungsfeld: Handwerkerhöfe');
  expectNoControls(pdf.text);
});

test('the deck prints as a handout: every slide on its own A4 landscape page', async ({ page }, testInfo) => {
  await page.goto('/praesentation');
  await expect(page.getByRole('heading', { level: 2, name: 'Masterplan Handwerk Düsseldorf' })).toBeVisible();
  const total = Number(/von (\d+)/.exec(await page.locator('.deck-controls__pos').innerText())?.[1]);
  expect(total).toBe(11);
  const pdf = await savePdf(page, testInfo, 'praesentation');
  expect(pdf.pages).toBe(total);
  expect(pdf.pageSizes.every((size) => size.startsWith('841.92 x 594.96'))).toBe(true);
  for (let n = 1; n <= total; n += 1) expect(pdf.pageText(n)).toContain(`${n} / ${total}`);
  for (const title of ['Überblick', 'Gewerbeflächen', 'Infrastruktur', 'Offene Vereinbarungen'])
    expect(pdf.text).toContain(title);
  expectNoControls(pdf.text);
  expectOutlineAndTags(pdf);
});

// axe on the report on screen (both themes and languages) is in the route sweep (a11y-matrix.spec.ts).

test('10,000 measures: the report asks to narrow it by work area instead of hanging the tab', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/bericht?mock=scale-10000');
  // The bound: within 15 s the reader sees the report or the way to narrow it.
  const notice = page.getByText(/Dieser Bericht umfasst 10\.000 Maßnahmen/);
  await expect(notice).toBeVisible({ timeout: 15_000 });
  const narrow = page.getByRole('link', { name: /^Bericht nur für/ });
  await expect(narrow).toHaveCount(5);
  // The tab still answers, and the summary is there.
  expect(await page.evaluate(() => document.title)).toContain('Umsetzungsbericht');
  await expect(page.getByRole('heading', { level: 2, name: 'Zusammenfassung' })).toBeVisible();

  await narrow.first().click();
  await expect(page).toHaveURL(/bereich=/);
  await expect(page.locator('.report-measures tbody tr')).toHaveCount(2000, { timeout: 30_000 });
});
