import { rm } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { detail, timeline } from './fixtures';
import { makeNextDeploy } from './nextDeploy';
import { builtApp, startStaticHost, type StaticHost } from './staticServer';

// A redeploy under an open page: v1 is open, the host now serves v2 (every hashed file renamed,
// v1's gone). In the old page the map, the search and an event's details each work, or the page
// offers (or makes) the switch to v2; a panel never shows "Something went wrong".

/** One copy per test worker (ignored by git as dist-*, removed after the tests). */
const nextDeploy = `${builtApp}-next-deploy-${process.pid}`;
let host: StaticHost;
test.beforeAll(async () => {
  await makeNextDeploy(builtApp, nextDeploy);
  host = await startStaticHost('/a/b/');
});
test.afterAll(async () => {
  await host.close();
  await rm(nextDeploy, { recursive: true, force: true });
});

/** v2's marker (nextDeploy.ts); v1 has none. */
const v2Marker = (page: Page) => page.locator('meta[name="sourceline-deploy"][content="2"]');
const failures = (page: Page) => page.locator('.panel-failure');

/** Opens the map, a search and an event's details in turn, as a reader of the old page would. */
async function useEveryLazyPanel(page: Page) {
  // The map's open state is part of the view: after a reload that kept it, it is open already.
  const mapButton = page.getByRole('button', { name: 'Map', exact: true });
  if ((await mapButton.getAttribute('aria-pressed')) !== 'true') await mapButton.click();
  await expect(page.getByRole('img', { name: /^Map of/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search events, quotes and articles' }).fill('Antalya');
  await expect(
    page
      .getByRole('region', { name: /^Search results for/ })
      .locator('mark')
      .first(),
  ).toBeVisible();
  await timeline(page)
    .getByRole('option', { name: /Kuleba and Lavrov meet in Antalya/ })
    .click();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    'Kuleba and Lavrov meet in Antalya',
  );
}

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the old page keeps working on its own version and offers the new one', async ({ page }) => {
    host.deploy(builtApp);
    await page.goto(`${host.origin}/a/b/#/?actor=sergey-lavrov`);
    await expect(page.locator('.result-summary')).toHaveText(/^Showing \d+ of 77 events$/);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
    });

    host.deploy(nextDeploy);
    // The browser looks for a new worker on navigations and when the tab comes back; ask now.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Sourceline' });
    await expect(prompt).toBeVisible();

    // The old version's worker still serves every file of the old page.
    await useEveryLazyPanel(page);
    await expect(failures(page)).toHaveCount(0);
    await expect(v2Marker(page)).toHaveCount(0);

    // Accepting reloads into v2, on the same view.
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(v2Marker(page)).toHaveCount(1);
    await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
      'Kuleba and Lavrov meet in Antalya',
    );
    // The map, opened on the old page, is part of the view.
    await expect(page).toHaveURL(
      (url) => url.hash === '#/event/antalya-talks?actor=sergey-lavrov&map=open&q=Antalya',
    );
    await expect(prompt).toHaveCount(0);
  });
});

test('without a service worker, a chunk that is gone reloads once into the new version, view kept', async ({
  page,
}) => {
  host.deploy(builtApp);
  await page.goto(`${host.origin}/a/b/#/?actor=sergey-lavrov`);
  await expect(page.locator('.result-summary')).toHaveText(/^Showing \d+ of 77 events$/);

  host.deploy(nextDeploy);
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  // v1's map chunk is gone: the page reloads into v2 instead of showing a broken panel.
  await expect(v2Marker(page)).toHaveCount(1);
  await expect(page).toHaveURL((url) => url.hash === '#/?actor=sergey-lavrov&map=open');
  await expect(page.locator('.result-summary')).toHaveText(/^Showing \d+ of 77 events$/);
  await expect(failures(page)).toHaveCount(0);
  await useEveryLazyPanel(page);
  await expect(failures(page)).toHaveCount(0);
});

test('a chunk that failed to load is fetched again by Try again', async ({ page }) => {
  // The network refuses the map's chunk until the failure shows, then serves it.
  let refusing = true;
  let refused = 0;
  await page.route(/\/assets\/MapPanel-[\w-]+\.js$/, async (route) => {
    if (refusing && route.request().method() === 'GET') {
      refused += 1;
      await route.abort('connectionreset');
    } else await route.continue();
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(failures(page)).toContainText('Something went wrong in the map');
  expect(refused).toBeGreaterThan(0);
  refusing = false;
  await failures(page).getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('img', { name: /^Map of/ })).toBeVisible();
  await expect(failures(page)).toHaveCount(0);
});
