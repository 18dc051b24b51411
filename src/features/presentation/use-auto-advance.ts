import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

interface AutoAdvance {
  /** Seconds per slide; 0 = off. */
  seconds: number;
  /** False while the deck is not built yet (nothing to advance). */
  ready: boolean;
  index: number;
  total: number;
  go: (slide: number) => void;
}

/**
 * Kiosk mode: the next slide after `seconds`, looping to the first after the last. It starts
 * playing when `seconds` > 0; the page stops it on any key and with its pause button (WCAG 2.2.2).
 */
export function useAutoAdvance({ seconds, ready, index, total, go }: AutoAdvance): {
  playing: boolean;
  setPlaying: Dispatch<SetStateAction<boolean>>;
} {
  const [playing, setPlaying] = useState(seconds > 0);
  // The latest `go` without restarting the timer each time it changes identity.
  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  });
  useEffect(() => {
    if (!playing || seconds <= 0 || !ready) return undefined;
    const timer = window.setTimeout(() => goRef.current(index >= total ? 1 : index + 1), seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [playing, seconds, ready, index, total]);
  return { playing, setPlaying };
}
