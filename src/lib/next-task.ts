/**
 * Ends the current task and resumes in a new one, so the browser can paint and handle input in
 * between. Long work split at these points shows as several short tasks instead of one long one.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
