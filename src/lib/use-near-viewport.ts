import { useCallback, useState } from 'react';

/**
 * True once the element has come within `margin` of the viewport, and from then on. Used to render
 * charts only when someone scrolls towards them: on a phone most charts are below the fold, and
 * rendering them all at start cost ~0.5 s of main-thread time on Lighthouse's throttled CPU.
 * Without IntersectionObserver (old browsers, jsdom) everything renders at once.
 */
export function useNearViewport<T extends Element>(margin = '400px'): [(node: T | null) => (() => void) | undefined, boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useCallback(
    (node: T | null) => {
      if (!node || near) return undefined;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            setNear(true);
            observer.disconnect();
          }
        },
        { rootMargin: `${margin} 0px` },
      );
      observer.observe(node);
      return () => observer.disconnect();
    },
    [near, margin],
  );
  return [ref, near];
}
