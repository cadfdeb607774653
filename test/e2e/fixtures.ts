import { expect, test as base, type Locator, type Page } from '@playwright/test';

/** What a page did that a clean journey must never do. */
export interface PageFaults {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

declare global {
  interface Window {
    sourcelineTestReportCsp?: (text: string) => void;
  }
}

/** CSP violations are DOM events: an init script in every document reports them to the test. */
const reportCspViolations = () => {
  document.addEventListener('securitypolicyviolation', (e) => {
    window.sourcelineTestReportCsp?.(`${e.violatedDirective} ${e.blockedURI}`);
  });
};

/** Starts recording what a page does wrong: console errors, page errors, CSP violations, foreign requests. */
export async function watchPage(page: Page, origin: string): Promise<PageFaults> {
  const faults: PageFaults = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
  };
  await page.exposeFunction('sourcelineTestReportCsp', (text: string) => {
    faults.cspViolations.push(text);
  });
  await page.addInitScript(reportCspViolations);
  page.on('console', (m) => {
    if (m.type() === 'error') faults.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => faults.pageErrors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      faults.foreignRequests.push(url);
    }
  });
  return faults;
}

export const NO_FAULTS: PageFaults = {
  consoleErrors: [],
  pageErrors: [],
  cspViolations: [],
  foreignRequests: [],
};

/**
 * Waits until the app has replaced the prerendered first screen (src/app/firstScreen.ts): the
 * first screen looks like the app but ignores the pointer, so a drag on it does nothing. The
 * parts whose code arrives after the first frame (src/app/lateParts.tsx) keep the first
 * screen's disabled copies meanwhile (src/shared/FirstScreenPart.tsx): ready once they are in.
 */
export async function appReady(page: Page): Promise<void> {
  await expect(page.locator('html')).not.toHaveAttribute('data-app', /.*/);
  await expect(page.locator('#root fieldset.first-screen')).toHaveCount(0);
}

/**
 * `test` whose `page` is watched: every test fails if the page logged a console error, threw,
 * violated the Content-Security-Policy or requested anything from another origin.
 */
export const test = base.extend<{ faults: PageFaults }>({
  faults: [
    async ({ page, baseURL }, use) => {
      const faults = await watchPage(page, new URL(baseURL ?? 'http://127.0.0.1').origin);
      await use(faults);
      expect(faults, 'console errors, page errors, CSP violations, foreign requests').toEqual(
        NO_FAULTS,
      );
    },
    { auto: true },
  ],
});

export { expect };

/** The timeline's listbox and its event marks. */
export const timeline = (page: Page) => page.getByRole('listbox', { name: 'Timeline' });

/** The open event's detail panel. */
export const detail = (page: Page) => page.getByRole('article');

/** The current hash of the page's URL. */
export const hashOf = (page: Page) => new URL(page.url()).hash;

/**
 * Where a journey saves a picture of what it shows: the README's `docs/screenshots/` when run by
 * `npm run screenshots` (SCREENSHOTS=1), otherwise an ignored folder, so `npm test` leaves the
 * work tree clean.
 */
export function screenshotPath(name: string): string {
  return process.env.SCREENSHOTS === '1'
    ? `docs/screenshots/${name}`
    : `test-results/screenshots/${name}`;
}

/**
 * A masthead button by name, opening the masthead's "Menu" first where the window is narrow
 * enough to keep the button behind it (src/app/MastheadMenu.tsx).
 */
export async function mastheadButton(page: Page, name: string): Promise<Locator> {
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false')
    await menu.click();
  return page.getByRole('button', { name, exact: true });
}
