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

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    window.matchMedia('print').addEventListener('change', onMedia);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('beforeprint', onBefore);
    window.removeEventListener('afterprint', onAfter);
    window.matchMedia('print').removeEventListener('change', onMedia);
  };
}

export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing || window.matchMedia('print').matches,
    () => false,
  );
}
