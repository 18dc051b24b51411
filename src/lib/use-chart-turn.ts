import { startTransition, useCallback, useEffect, useState } from 'react';
import { nextTask } from './next-task';

/**
 * Charts take turns to mount, one per task. Why: recharts' first render of a chart (measuring
 * text, its store's sync re-renders) costs 50–100 ms; when the charts chunk arrived, every chart
 * near the viewport mounted in one commit, a 150–250 ms task on the work-area page (issue 8: no
 * task over 200 ms). A chart holds the turn until it has mounted (`done`), fails, or unmounts;
 * after at most HOLD_MS the next one goes ahead anyway, so a chart that never finishes cannot
 * stop the others.
 */
const HOLD_MS = 1000;

interface Waiter {
  grant: () => void;
}

const queue: Waiter[] = [];
let holder: { waiter: Waiter; timer: ReturnType<typeof setTimeout> } | undefined;

function grantNext(): void {
  if (holder) return;
  const waiter = queue.shift();
  if (!waiter) return;
  holder = { waiter, timer: setTimeout(() => release(waiter), HOLD_MS) };
  waiter.grant();
}

function release(waiter: Waiter): void {
  const index = queue.indexOf(waiter);
  if (index >= 0) queue.splice(index, 1);
  if (holder?.waiter !== waiter) return;
  clearTimeout(holder.timer);
  holder = undefined;
  // The next chart in a new task: its render must not join the commit that just finished.
  void nextTask().then(grantNext);
}

/**
 * `[granted, done]`: ask for a turn while `wanted`; render the chart once granted and call `done`
 * when it has mounted. Where charts are not rendered lazily (no IntersectionObserver: old
 * browsers, jsdom) every chart is granted at once, as before.
 */
export function useChartTurn(wanted: boolean): [boolean, () => void] {
  const queued = typeof IntersectionObserver !== 'undefined';
  const [granted, setGranted] = useState(!queued);
  // Granted in a transition: the chart's render yields to the browser every few milliseconds, so
  // only its commit (and recharts' own synchronous updates after it) is one piece.
  const [waiter] = useState<Waiter>(() => ({ grant: () => startTransition(() => setGranted(true)) }));
  useEffect(() => {
    if (!queued || !wanted) return undefined;
    queue.push(waiter);
    grantNext();
    return () => release(waiter);
  }, [queued, wanted, waiter]);
  const done = useCallback(() => release(waiter), [waiter]);
  return [granted, done];
}
