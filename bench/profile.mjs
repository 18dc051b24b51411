// `node bench/profile.mjs <mock|real> <path> [N]`: one CPU profile of a page load at N measures
// (after `npm run bench` has built bench/.out). Prints the long tasks before ready and the
// functions with the most self time; writes the .cpuprofile (open it in Chrome's DevTools).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { serve, setData } from './server.mjs';

const root = resolve(import.meta.dirname, '..');
const [kind = 'real', path = '/', n = '10000'] = process.argv.slice(2);
const size = Number(n);
const { module: dataset } = await runnerImport(join(root, 'mocks/dataset.ts'));
setData(dataset.getDataset(size === 65 ? undefined : size));
const server = await serve({
  root: join(root, `bench/.out/${kind}0`),
  host: '127.0.0.1',
  port: 4118,
  withApi: kind === 'real',
  headers: {},
});
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'de-DE' });
await context.addInitScript({ content: readFileSync(join(root, 'bench/probe.js'), 'utf8') });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const scenario = kind === 'mock' && size !== 65 ? `?mock=scale-${size}` : '';
// The probe's console message, not waitForFunction's polling in the page (see open() in run.mjs).
const ready = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench:ready', timeout: 120_000 });
await page.goto(`http://127.0.0.1:4118${path}${scenario}`, { waitUntil: 'commit' });
await ready;
const { profile } = await cdp.send('Profiler.stop');
const bench = await page.evaluate(() => ({ ready: window.__bench.ready, longTasks: window.__bench.longTasks }));
writeFileSync(join(root, `bench/.out/${kind}-${size}.cpuprofile`), JSON.stringify(profile));
await browser.close();
server.close();

console.log(`ready ${Math.round(bench.ready)} ms; long tasks before ready [start, duration]:`);
console.log(
  bench.longTasks
    .filter(([s]) => s < bench.ready)
    .map(([s, d]) => `[${Math.round(s)}, ${Math.round(d)}]`)
    .join(' '),
);
const self = new Map();
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const { callFrame } = byId.get(id);
  const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
for (const [key, msSelf] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
  console.log(`${msSelf.toFixed(0).padStart(6)} ms  ${key}`);
