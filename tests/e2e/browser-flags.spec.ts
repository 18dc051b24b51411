import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/**
 * Decision 029: scripts/chromium.mjs switches off the address bar's popup preload with its own
 * `--disable-features`. Chromium keeps only the last such switch, so ours repeats Playwright's list;
 * this fails when a Playwright update adds a feature our list lacks (the browser would silently run
 * with it switched on again). Reads the command line of the browsers Playwright started.
 */
function browserCommandLines(): string[][] {
  const lines: string[][] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // the process ended while we looked
    }
    // The browser process itself: started over Playwright's pipe, no --type= (that is a child).
    if (args.includes('--remote-debugging-pipe') && !args.some((arg) => arg.startsWith('--type='))) lines.push(args);
  }
  return lines;
}

test('the browser runs with Playwright’s disabled features and ours (one list wins, so it must hold both)', async ({
  browser,
}) => {
  test.skip(process.platform !== 'linux', 'reads /proc');
  expect(browser.isConnected()).toBe(true);
  const lines = browserCommandLines();
  expect(lines.length, 'a Playwright-started Chromium is running').toBeGreaterThan(0);
  for (const args of lines) {
    const lists = args
      .filter((arg) => arg.startsWith('--disable-features='))
      .map((arg) => arg.slice('--disable-features='.length).split(','));
    const effective = lists.at(-1) ?? [];
    expect(effective).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']));
    for (const earlier of lists.slice(0, -1))
      expect(effective, 'the last --disable-features keeps every earlier name').toEqual(expect.arrayContaining(earlier));
  }
});
