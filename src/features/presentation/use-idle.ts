import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * True after `ms` without a call to `wake` (pointer activity, focus). The deck fades its control
 * bar then, so the slide is clean on the projector.
 */
export function useIdle(ms: number): { idle: boolean; wake: () => void } {
  const [idle, setIdle] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const wake = useCallback(() => {
    setIdle(false);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setIdle(true), ms);
  }, [ms]);
  useEffect(() => {
    timer.current = window.setTimeout(() => setIdle(true), ms);
    return () => window.clearTimeout(timer.current);
  }, [ms]);
  return { idle, wake };
}
