import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsAtRest } from './axe';

/**
 * The network drops in the meeting room (issue 8.1, docs/decisions/008). Runs against the mock
 * build (dist/) and, with E2E_DIST=.offline-real-api-dist, against a real-API build that reads the
 * sample plan as static JSON (`npm run data -- build <sample.xlsx>`; .ci/run builds both).
 */
const dist = process.env.E2E_DIST ?? 'dist';
const mockBuild = existsSync(join(dist, 'mockServiceWorker.js'));

/** The files sw.js keeps (vite.config.ts: every js, css, html and svg but the two workers). */
const appFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
  (f) => /\.(js|css|html|svg)$/.test(f) && !/(^|\/)(sw|mockServiceWorker)\.js$/.test(f),
).length;

const crashTitle = 'Etwas ist schiefgelaufen';
const offlineNotice = (page: Page) => page.getByText(/^Offline – Daten vom \d\d\.\d\d\.\d{4}, \d\d:\d\d$/);

/**
 * Opens the overview on the network and waits until its data are on screen, sw.js controls the
 * page and has kept every file of the build (in the mock build it fetches them once the page is idle).
 */
async function openOnNetwork(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByText('Datenstand: 16.11.2026')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Gewerbeflächen' })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/sw.js') === true);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const name = (await caches.keys()).find((key) => key.startsWith('workbox-precache'));
          return name ? (await (await caches.open(name)).keys()).length : 0;
        }),
      { timeout: 20_000 },
    )
    .toBe(appFiles);
}

/** Waits until the query cache has been written to IndexedDB with the five lists every view needs. */
async function waitForKeptData(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('keyval-store');
              open.onerror = () => resolve(0);
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('keyval')) return resolve(0);
                const get = db.transaction('keyval').objectStore('keyval').get('mh-query-cache');
                get.onsuccess = () => {
                  const kept =
                    typeof get.result === 'string'
                      ? (JSON.parse(get.result) as { clientState: { queries: unknown[] } })
                      : undefined;
                  resolve(kept?.clientState.queries.length ?? 0);
                };
                get.onerror = () => resolve(0);
              };
            }),
        ),
      { timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(5);
}

async function stepThroughDeckOffline(page: Page): Promise<void> {
  const position = page.locator('.deck-controls__pos');
  await expect(position).toHaveText(/^Folie 1 von \d+$/);
  const total = Number(/von (\d+)/.exec((await position.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(5);
  for (let n = 2; n <= total; n += 1) {
    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText(`Folie ${n} von ${total}`);
    await expect(page.locator('.deck__slide h2')).not.toHaveText('');
  }
}

/** Comes back online and waits until the page has fetched `path` from the network again. */
async function comeBackOnline(context: BrowserContext, page: Page, path: string): Promise<void> {
  const since = await page.evaluate(() => performance.now());
  await context.setOffline(false);
  await expect
    .poll(() =>
      page.evaluate(
        ([p, t]) =>
          performance
            .getEntriesByType('resource')
            .some((e) => e.name.endsWith(p) && e.startTime > t && (e as PerformanceResourceTiming).responseStatus === 200),
        [path, since] as const,
      ),
    )
    .toBe(true);
}

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(false);
}

test.describe('mock build', () => {
  test.skip(!mockBuild, 'needs the mock build (dist/)');

  test('views never opened and the whole deck keep working offline, and come back live by themselves', async ({
    page,
    context,
  }) => {
    await openOnNetwork(page);
    // The sample plan comes from the network as static JSON (decision 031), as in a real-API build:
    // views not opened yet show the lists the app kept after the first view.
    await waitForKeptData(page);
    await goOffline(context, page);
    await expect(offlineNotice(page)).toBeVisible();

    await page.getByRole('link', { name: 'Spitzengespräche' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Spitzengespräche' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: /^Abgeschlossen: \d+ Maßnahmen$/ })).toBeVisible();
    await expect(offlineNotice(page)).toBeVisible();
    await expect(page.getByText(crashTitle)).toHaveCount(0);

    await page.getByRole('link', { name: 'Präsentation', exact: true }).click();
    await expect(page.locator('.deck__slide h2')).toHaveText('Masterplan Handwerk Düsseldorf');
    await expect(offlineNotice(page)).toBeVisible();
    await stepThroughDeckOffline(page);
    await expect(page.getByText(crashTitle)).toHaveCount(0);
    await expectNoAxeViolationsAtRest(page, 'deck offline');

    await comeBackOnline(context, page, '/api/v1/plan.json');
    await expect(offlineNotice(page)).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  });

  test('a reload while offline shows the app with its last data', async ({ page, context }) => {
    await openOnNetwork(page);
    await waitForKeptData(page);
    await goOffline(context, page);
    await page.goto('/massnahmen');
    await expect(page.getByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeVisible();
    await expect(offlineNotice(page)).toBeVisible();
    const measureLink = page.getByRole('link', { name: /Handwerkerhof/ }).first();
    await expect(measureLink).toBeVisible();
    // A measure whose own page was never opened shows the kept list's copy.
    const title = (await measureLink.textContent()) ?? '';
    await measureLink.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Eckdaten' })).toBeVisible();
    await expect(offlineNotice(page)).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeVisible();
    await comeBackOnline(context, page, '/api/v1/measures.json');
    await expect(offlineNotice(page)).toHaveCount(0);
  });
});

test.describe('a view whose code cannot load', () => {
  test.skip(!mockBuild, 'needs the mock build (dist/)');
  // Without the service worker's precache, a view never opened cannot load offline: the fallback
  // that is left when the worker is missing (first visit still installing, or unsupported).
  test.use({ serviceWorkers: 'block' });

  test('shows the offline state, not the crash page, and appears by itself when the network is back', async ({
    page,
    context,
  }) => {
    await page.goto('/ueber');
    await expect(page.getByRole('heading', { level: 1, name: 'Über die Daten' })).toBeVisible();
    await goOffline(context, page);
    await page.getByRole('link', { name: 'Spitzengespräche' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Offline – Ansicht noch nicht geladen' })).toBeVisible();
    await expect(page.getByText(crashTitle)).toHaveCount(0);
    await expectNoAxeViolations(page, 'view offline');

    // Navigation forgets the failure: a view already loaded shows again.
    await page.getByRole('link', { name: 'Über die Daten' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Über die Daten' })).toBeVisible();
    await page.getByRole('link', { name: 'Präsentation', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Offline – Ansicht noch nicht geladen' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Zur Übersicht' })).toBeVisible();

    // The deck's code arrives, and with it the view.
    await context.setOffline(false);
    await expect(page.getByRole('navigation', { name: 'Steuerung der Präsentation' })).toBeVisible();
    await expect(page.getByText('Offline – Ansicht noch nicht geladen')).toHaveCount(0);
    await expect(page.getByText(crashTitle)).toHaveCount(0);
  });
});

test.describe('real-API build', () => {
  test.skip(mockBuild, 'needs a real-API build (E2E_DIST=.offline-real-api-dist)');

  test('a reload while offline shows the app with its last data; back online it is live again', async ({ page, context }) => {
    await openOnNetwork(page);
    await waitForKeptData(page);
    await goOffline(context, page);
    await page.reload();
    await expect(page.getByText('Datenstand: 16.11.2026')).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Gewerbeflächen' })).toBeVisible();
    await expect(offlineNotice(page)).toBeVisible();

    await page.getByRole('link', { name: 'Präsentation', exact: true }).click();
    await stepThroughDeckOffline(page);

    await comeBackOnline(context, page, '/api/v1/plan.json');
    await expect(offlineNotice(page)).toHaveCount(0);
    await expect(page.locator('.deck__slide h2')).not.toHaveText('');
  });
});
