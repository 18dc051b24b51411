import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { endpointUrl, endpoints, listEndpointNames } from '../../src/api/endpoints';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { writeWorkbook } from '../../scripts/data/write-workbook';
import { SIX_AREA_TITLE, sixAreaPlan } from '../fixtures/six-area-plan';
import { expectNoAxeViolations } from './axe';

/**
 * The maintainer's path end to end: a workbook → `npm run build:data` → a plain static server
 * (no vite, no mock) → the dashboard in Chromium speaks the workbook's plan.
 */
const PORT = Number(process.env.STATIC_PORT ?? 4125);
const origin = `http://127.0.0.1:${PORT}`;
const work = mkdtempSync(join(tmpdir(), 'mh-published-'));
const out = join(work, 'site');
let server: Server | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const workbook = join(work, 'plan.xlsx');
  await writeWorkbook(sixAreaPlan, workbook);
  const build = spawnSync('node', ['scripts/data/cli.mjs', 'build', workbook, '--out', out, '--quiet'], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: process.cwd() },
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  server = await startStaticServer(out, PORT);
});

test.afterAll(async () => {
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  rmSync(work, { recursive: true, force: true });
});

const noSamplePlan = /Düsseldorf|duesseldorf|Kreishandwerkerschaft|Beispieldaten/;

async function bodyText(page: Page): Promise<string> {
  return (await page.locator('body').textContent()) ?? '';
}

test('the build holds the app and its data, and no mock', () => {
  expect(existsSync(join(out, 'index.html'))).toBe(true);
  expect(existsSync(join(out, 'mockServiceWorker.js'))).toBe(false);
  expect(readdirSync(join(out, 'api/v1/measures'))).toHaveLength(12);
  const scripts = readdirSync(join(out, 'assets')).filter((name) => name.endsWith('.js'));
  for (const name of scripts) {
    expect(readFileSync(join(out, 'assets', name), 'utf8'), name).not.toMatch(/setupWorker|mockServiceWorker|Handwerkerhöfe/);
  }
});

test('the overview shows six cards with the plan’s own names, fetched as plain files', async ({ page }) => {
  const dataResponses: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/v1/')) dataResponses.push(`${r.status()} ${new URL(r.url()).pathname} ${r.fromServiceWorker()}`);
  });
  await page.goto(`${origin}/`);
  await expect(page.getByRole('banner').getByRole('link', { name: new RegExp(SIX_AREA_TITLE) })).toBeVisible();
  await expect(page.getByTestId('area-card')).toHaveCount(6);
  const names = await page.getByTestId('area-card').getByRole('heading', { level: 3 }).allTextContents();
  expect(names).toEqual(sixAreaPlan.workAreas.map((a) => a.name));
  await expect(page).toHaveTitle(`Übersicht – ${SIX_AREA_TITLE}`);
  await expect(page.getByRole('contentinfo')).toContainText(
    'Partner des Plans: Stadt Musterstadt und Handwerkskammer Musterland.',
  );
  expect(await bodyText(page)).not.toMatch(noSamplePlan);
  expect(dataResponses).toContain('200 /api/v1/plan.json false');
  expect(dataResponses).toContain('200 /api/v1/work-areas.json false');
  await expectNoAxeViolations(page, 'published overview');
});

test('the page requests each shared list once, from its HTML before the script has run', async ({ page }) => {
  // decision 025: <link rel="preload" as="fetch"> starts them; fetchJson must take that answer, not
  // download the list a second time (a preload it does not match would show up here as two).
  const lists = listEndpointNames.map((name) => endpointUrl('/api/v1', endpoints[name].path, true));
  const requested: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/v1/')) requested.push(pathname);
  });
  await page.goto(`${origin}/`);
  await expect(page.getByTestId('area-card')).toHaveCount(6);
  // The app warms every list for offline use once the first view has settled: wait for that too.
  await page.waitForLoadState('networkidle');
  await expect.poll(() => lists.map((list) => requested.filter((r) => r === list).length)).toEqual([1, 1, 1, 1, 1]);
  const preloads = await page
    .locator('link[rel="preload"][as="fetch"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  expect(preloads).toEqual(lists);
});

test('a measure page loads its own file; an unknown one says “nicht gefunden”', async ({ page }) => {
  await page.goto(`${origin}/massnahmen/BN-01`);
  await expect(page.getByRole('heading', { level: 1, name: /Betriebsnachfolge: Vorhaben 1/ })).toBeVisible();
  await page.goto(`${origin}/massnahmen/XX-99`);
  await expect(page.getByText(/nicht gefunden/).first()).toBeVisible();
});

test('the deck steps through every slide with the plan’s title and areas', async ({ page }) => {
  await page.goto(`${origin}/praesentation`);
  const heading = page.locator('.deck__slide h2');
  await expect(heading).toHaveText(SIX_AREA_TITLE);
  const position = (await page.locator('.deck-controls__pos').textContent()) ?? '';
  const total = Number(/von (\d+)/.exec(position)?.[1] ?? 0);
  expect(total).toBeGreaterThanOrEqual(8); // title, overview, six areas, …
  const seen: string[] = [];
  for (let n = 1; n <= total; n += 1) {
    if (n > 1) {
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`folie=${n}(&|$)`));
    }
    seen.push((await heading.textContent()) ?? '');
    expect(await bodyText(page), `slide ${n}`).not.toMatch(noSamplePlan);
  }
  for (const area of sixAreaPlan.workAreas) expect(seen).toContain(area.name);
});

test('the CSV export downloads the measures, and the open-data files are served', async ({ page }) => {
  await page.goto(`${origin}/massnahmen`);
  await expect(page.getByText('12 von 12 Maßnahmen')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Als CSV herunterladen' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('massnahmen-2026-11-02.csv');
  const csv = readFileSync((await file.path())!, 'utf8');
  expect(csv.trimEnd().split('\r\n')).toHaveLength(13);
  expect(csv).toContain('Betriebsnachfolge: Vorhaben 1;Betriebsnachfolge;abgeschlossen;100;Stadt;');

  const openData = await page.request.get(`${origin}/open-data/massnahmen.csv`);
  expect(openData.status()).toBe(200);
  expect((await openData.text()).trimEnd().split('\r\n')).toHaveLength(13);
  const json = await page.request.get(`${origin}/open-data/massnahmen.json`);
  expect(await json.json()).toHaveLength(12);
});
