import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the browser prints (or saves a PDF). Views that show only a window of their content
 * on screen (the virtual measures list, the deck's one slide) render everything while this is
 * true. `beforeprint` fires synchronously before the print layout, so the render must commit
 * inside the event (flushSync), not in a later task; matchMedia('print') covers emulated print
 * media (tests, devtools).
 */
let printing = false;
const listeners = new Set<() => void>();

function setPrinting(next: boolean): void {
  if (printing === next) return;
  printing = next;
  flushSync(() => {
    for (const listener of listeners) listener();
  });
}

const onBefore = () => setPrinting(true);
const onAfter = () => setPrinting(false);
const onMedia = (event: MediaQueryListEvent) => setPrinting(event.matches);

// The print events are watched from the first use on and never let go (three listeners for the
// page's life): a view that has rendered but not yet subscribed (its effects run a task after a
// background render, decision 022) still reads the right value when it subscribes.
let watching = false;
function watchPrintEvents(): void {
  if (watching) return;
  watching = true;
  window.addEventListener('beforeprint', onBefore);
  window.addEventListener('afterprint', onAfter);
  window.matchMedia('print').addEventListener('change', onMedia);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function usePrinting(): boolean {
  if (typeof window !== 'undefined') watchPrintEvents();
  return useSyncExternalStore(
    subscribe,
    () => printing || window.matchMedia('print').matches,
    () => false,
  );
}
