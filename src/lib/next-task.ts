/**
 * Ends the current task and resumes in a new one, so the browser can paint and handle input in
 * between. Long work split at these points shows as several short tasks instead of one long one.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Resolves when the browser has nothing else to do (requestIdleCallback), at the latest after
 * `timeoutMs`; where there is no requestIdleCallback (Safari, Node), after `fallbackMs`. For work
 * ahead of need that must not slow a render in progress: a plain next task would take turns with
 * React's render slices and stretch them.
 */
export const nextIdle = (timeoutMs = 2000, fallbackMs = 50): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, fallbackMs);
  });
