import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Content that starts below the first screen renders after the first screen is committed: with the
 * overview's charts and key indicators (eight figures, each computed from several queries) in the
 * first render, the cards at the top reached the screen later by their whole render and layout
 * (issue 12, decision 043). The effect runs once the first commit is done; the rest renders in a
 * transition, in slices that yield to the browser, so the first screen paints first. The same idea
 * as the measures list's first screen of rows (decision 037).
 *
 * Only for content a reader cannot see before it arrives: it is missing for the first frame(s).
 * Navigation scrolls a view to its top (layout.tsx), so no scroll position waits for it.
 */
export function AfterFirstScreen({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    startTransition(() => setShown(true));
  }, []);
  return shown ? children : null;
}
