/**
 * How every tool here starts Chromium: Playwright's browser tests, the bench, the profiler and
 * Lighthouse. Debian's Chromium (CHROME_PATH overrides), no sandbox (containers), no GPU, and none
 * of the browser's own network traffic (updates, sync, QUIC), so a test sees only the app's requests.
 */

/** The Chromium binary: CHROME_PATH, else Debian's. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Command-line flags for every launch. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright's `launchOptions` for that Chromium. */
export const chromiumLaunchOptions = { executablePath: CHROME_PATH, args: [...CHROMIUM_ARGS] };
