import { currentAppPath, preloadView } from './route-preload';

/**
 * The first view's code starts loading while the rest of the entry is still being evaluated:
 * main.tsx imports this module first, and modules are evaluated in import order, so these lines run
 * before React DOM's start-up and main.tsx's own code (30-90 ms on this machine's traces). Started
 * from main.tsx's body instead, the request left 30-50 ms after the entry had run (issue 12).
 */
export const firstPath = currentAppPath();

/** Settles (never rejects) when the first view's chunk has loaded or failed. */
export const firstViewLoaded = preloadView(firstPath);
