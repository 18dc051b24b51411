import { formatDate, formatList, formatNumber, formatPercent } from '../lib/format';
import { nextTask } from '../lib/next-task';

/**
 * The Intl objects a first screen uses, in the order it meets them. A page's first Intl object
 * costs 10-40 ms here (Chromium loads the locale data; 4x that on Lighthouse's throttled phone),
 * each further kind a few ms more. Created in the first render, that time sat between the view's
 * code arriving and the first screen; created here, it fills the gap while the page waits for
 * that code. The formatters are cached by language and options (format.ts), so these calls must
 * use the same options as the views do. Once the locale data are loaded, further objects cost
 * ~1 ms (the German collator, created on first use in german-text.ts), so they are not warmed.
 */
function warmUpSteps(language: string): (() => void)[] {
  return [
    () => formatDate('2000-01-01', language), // every view: the Datenstand in the print margins
    () => formatList(['A', 'B'], language), // every view: the partners in the header
    () => formatNumber(1, language), // counts and figures
    () => formatPercent(1, language), // progress
  ];
}

/**
 * Creates the first screen's Intl objects, one per task, while `pending` (the view's code) is on
 * its way, and stops as soon as it has arrived: the warm-up only uses time the page would have
 * spent waiting, and delays the first render by one step at most.
 */
export async function warmIntlWhile(pending: Promise<unknown>, language: string): Promise<void> {
  let arrived = false;
  const done = () => {
    arrived = true;
  };
  pending.then(done, done);
  for (const step of warmUpSteps(language)) {
    await nextTask();
    if (arrived) return;
    step();
  }
}
