import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const cpu = () => { const [a] = require_stat(); return a; };
import fs from 'node:fs';
function require_stat() { const l = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number); return [l[0] + l[1] + l[2] + l[5] + l[6] + l[7]]; }
for (const route of ['/', '/massnahmen', '/bericht?bereich=handwerkerhoefe', '/ueber', '/', '/massnahmen']) {
  const ph = []; let c = cpu(), t = performance.now();
  const mark = (n) => { const c2 = cpu(), t2 = performance.now(); ph.push(`${n} ${((t2 - t) / 1000).toFixed(2)}s/${((c2 - c) / 100).toFixed(2)}cpu`); c = c2; t = t2; };
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'de-DE' }); const page = await ctx.newPage(); mark('ctx');
  await page.goto('http://127.0.0.1:4180' + route); await page.waitForLoadState('networkidle'); mark('load');
  for (const f of await page.getByRole('figure').all()) await f.scrollIntoViewIfNeeded();
  await page.locator('.state--loading, .chart-figure__loading').first().waitFor({ state: 'detached' }).catch(() => {}); mark('settle');
  await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze(); mark('axe');
  await page.setViewportSize({ width: 1920, height: 1080 }); await page.waitForTimeout(300); mark('resize');
  await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze(); mark('axe2');
  await ctx.close(); mark('close');
  console.log(route.padEnd(34), ph.join('  '));
}
await browser.close();
