import { germanCollator } from '../lib/german-text';
import { nextTask } from '../lib/next-task';

/**
 * Loads the collation data while the page waits for its view's code (decision 041). The first
 * comparison by locale on a page, through the German collator or `localeCompare`, costs 10–20 ms
 * here (four times that on a throttled phone): Chromium loads the data then, once for all
 * collators. The list sorts its filter panel's tags on its first screen; done here, it fills time
 * the page would have spent waiting. Views that sort only ids need no collator (compareIds), and
 * main.tsx does not call this for them (decision 044).
 *
 * Skipped when the code has already arrived (or failed): then the view starts at once and the
 * first sort pays instead.
 */
export async function warmUpWhile(pending: Promise<unknown>): Promise<void> {
  let arrived = false;
  const done = () => {
    arrived = true;
  };
  pending.then(done, done);
  await nextTask();
  if (!arrived) germanCollator();
}
