import { expect, test } from '@playwright/test';
import { detail, hashOf, timeline, watchPage } from './fixtures';
import { builtApp, startStaticHost, type StaticHost } from './staticServer';

// The same dist/ served under a nested path by a plain static host (no rewrites, no fallback):
// every asset, the dataset, the worker, the manifest and the service worker resolve there.

test.use({ serviceWorkers: 'allow' });

let host: StaticHost;
test.beforeAll(async () => {
  host = await startStaticHost('/a/b/');
  host.deploy(builtApp);
});
test.afterAll(async () => host.close());

test('the built app works under /a/b/, offline reload included', async ({ page, context }) => {
  const faults = await watchPage(page, host.origin);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  const app = `${host.origin}/a/b/`;
  await page.goto(app);
  await expect(page.locator('.result-summary')).toHaveText('All 77 events');

  // The manifest keeps the app in its folder.
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    const json = link ? ((await (await fetch(link.href)).json()) as Record<string, string>) : {};
    return link
      ? {
          start: new URL(json.start_url ?? '', link.href).href,
          scope: new URL(json.scope ?? '', link.href).href,
        }
      : null;
  });
  expect(manifest).toEqual({ start: app, scope: app });

  // The main journey: filter, select an event, search (a module worker), the map.
  await page.getByRole('checkbox', { name: /^Sergey Lavrov/ }).check();
  await expect(page.locator('.result-summary')).toHaveText(/^Showing \d+ of 77 events$/);
  await timeline(page)
    .getByRole('option', { name: /Kuleba and Lavrov meet in Antalya/ })
    .click();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    'Kuleba and Lavrov meet in Antalya',
  );
  await expect(page).toHaveURL(`${app}#/event/antalya-talks?actor=sergey-lavrov`);
  await page.getByRole('searchbox', { name: 'Search events, quotes and articles' }).fill('Antalya');
  await expect(
    page
      .getByRole('region', { name: /^Search results for/ })
      .locator('mark')
      .first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(page.getByRole('img', { name: /^Map of/ })).toBeVisible();

  // The service worker registered in the app's folder and precached it: offline, a reload and
  // a deep link still work.
  const scope = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    return registration.scope;
  });
  expect(scope).toBe(app);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.result-summary')).toHaveText(/of 77 events|All 77 events/);
  await page.goto(`${app}#/event/antalya-talks`);
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    'Kuleba and Lavrov meet in Antalya',
  );
  expect(hashOf(page)).toBe('#/event/antalya-talks');
  await context.setOffline(false);

  expect(failed).toEqual([]);
  expect(faults).toEqual({
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
  });
});
