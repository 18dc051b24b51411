// Debian's Chromium and the flags it needs on these machines (no network but the registries):
// shared by playwright.config.ts, scripts/screenshots.mjs and the bench.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Chromium features switched off. Decision 029: headless Chromium is the full browser, and every
 * new window (one per test: each test gets a fresh context) preloads the address bar's suggestion
 * popup, a WebUI page of ~60 script modules, in a renderer of its own. That cost ~1.1 CPU-seconds
 * per context here, about as much as the dashboard's own page load. `WebUIOmniboxPopup` and
 * `WebUIOmniboxAimPopup` turn the preload off: a blank context costs ~0.25 CPU-s instead of ~1.36.
 *
 * Chromium honours only the last `--disable-features` switch, and Playwright passes its own list
 * before ours, so ours must repeat Playwright's (1.65: the names below, from its
 * chromiumSwitches). tests/e2e/browser-flags.spec.ts fails when a Playwright update adds a name
 * that is missing here.
 */
const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];
const disabledFeatures = [...playwrightDisabledFeatures, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${disabledFeatures.join(',')}`,
];
