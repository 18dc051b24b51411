// Screenshots of views at the three sizes we check by eye (and optionally 4K), for reviews. The
// browser tests assert what can fail (axe, overflow, fit); looking at the result is this script's job.
// Usage: node scripts/screenshots.mjs http://127.0.0.1:4173 [/ueber /massnahmen ...] [--dark] [--4k] [--full]
// Without routes it shoots the review set below. Writes screenshots/<path>-<w>x<h>[-dark].png
// (gitignored). Needs a running `vite preview`.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const [base, ...rest] = process.argv.slice(2);
const dark = rest.includes('--dark');
const fourK = rest.includes('--4k');
const full = rest.includes('--full');
// Every view in its typical states, as the former screenshot-only browser tests took them.
const reviewSet = [
  '/',
  '/handlungsfelder/fachkraefte',
  '/massnahmen?bereich=handwerkerhoefe&status=delayed,in_progress&sort=-progress',
  '/massnahmen/HH-09',
  '/spitzengespraeche',
  '/praesentation',
  '/praesentation?folie=2',
  '/praesentation?folie=3',
  '/praesentation?folie=8',
  '/praesentation?stand=sg-2025&folie=8',
  '/praesentation?mock=error-indicators',
];
const given = rest.filter((arg) => !arg.startsWith('--'));
const routes = given.length > 0 ? given : reviewSet;
const sizes = [[1920, 1080], [1280, 720], [390, 844], ...(fourK ? [[3840, 2160]] : [])];

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const route of routes) {
  for (const [width, height] of sizes) {
    const context = await browser.newContext({
      viewport: { width, height },
      locale: 'de-DE',
      colorScheme: dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    await page.goto(`${base}${route}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1200);
    const name = route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'start';
    const file = `screenshots/${name}-${width}x${height}${dark ? '-dark' : ''}.png`;
    await page.screenshot({ path: file, fullPage: full });
    console.log(file);
    await context.close();
  }
}
await browser.close();
