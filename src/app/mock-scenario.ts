/** Where the scenario of this browser tab is kept, so it survives in-app navigation (which drops unknown URL parameters). */
const STORAGE_KEY = 'mh-mock-scenario';

/**
 * The mock scenario this page load asks for (mock build only): `?mock=…` from the URL, kept in
 * sessionStorage for the tab; `?mock=` (empty) clears it. An empty string is the plain sample plan,
 * which the build publishes as static JSON files, so msw is not started for it (decision 031).
 */
export function requestedMockScenario(search: string = window.location.search): string {
  const fromUrl = new URLSearchParams(search).get('mock');
  try {
    if (fromUrl !== null) sessionStorage.setItem(STORAGE_KEY, fromUrl);
    else return sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    // Storage can be disabled (privacy mode); the URL value still applies to this page load.
  }
  return fromUrl ?? '';
}
