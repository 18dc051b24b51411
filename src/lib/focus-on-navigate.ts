/**
 * After an in-app navigation, focus moves to the new view's h1 so screen readers announce it and
 * keyboard users start at the content. Not on the first load: there the browser's default applies.
 */
let pending = false;

export function markNavigated(): void {
  pending = true;
}

export function takePendingFocus(): boolean {
  const value = pending;
  pending = false;
  return value;
}
