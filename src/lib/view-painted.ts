import { useEffect } from 'react';

/**
 * The first view on screen, painted. In the mock build main.tsx starts the msw chunk (~70 KiB
 * gzip) only after this: requested earlier, it shared the slow phone network with the view's own
 * chunk and delayed the view's intro text, the page's largest paint (Lighthouse LCP; issue 12).
 */
let markPainted: () => void = () => undefined;
export const firstViewPainted = new Promise<void>((resolve) => {
  markPainted = resolve;
});

/** Called by every view's heading (and the deck): the view has committed; resolve after its paint. */
export function useMarkViewPainted(): void {
  useEffect(() => {
    // An effect runs after the commit; the frame after it is the one that shows the view.
    requestAnimationFrame(() => setTimeout(markPainted, 0));
  }, []);
}
