import { useCallback, useSyncExternalStore, type RefObject } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}
const isFullscreen = () => document.fullscreenElement != null;

/** Whether the browser allows full screen here (not in some iframes, not in jsdom). */
export const fullscreenSupported = (): boolean => document.fullscreenEnabled === true;

/** Full screen for `target`, following changes made outside the app (the browser's own Esc). */
export function useFullscreen(target: RefObject<HTMLElement | null>): { active: boolean; toggle: () => void } {
  const active = useSyncExternalStore(subscribe, isFullscreen, () => false);
  const toggle = useCallback(() => {
    if (!fullscreenSupported()) return;
    // A refused request (no user gesture, policy) changes nothing; there is nothing to tell.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void target.current?.requestFullscreen?.().catch(() => undefined);
  }, [target]);
  return { active, toggle };
}
