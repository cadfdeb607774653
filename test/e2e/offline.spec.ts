import type { Page } from '@playwright/test';
import { expect, test, timeline } from './fixtures';

// Offline: after one visit the service worker serves the whole app with no network.

test.use({ serviceWorkers: 'allow' });

/** Waits until a service worker has installed, precached and taken control of the page. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    }
  });
}

test('the app is installable and works offline after the first visit', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link
      ? ((await (await fetch(link.href)).json()) as { name: string; icons: unknown[] })
      : null;
  });
  expect(manifest?.name).toBe('Sourceline');
  expect(manifest?.icons.length).toBeGreaterThanOrEqual(2);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sourceline' })).toBeVisible();
  await expect(page.locator('.result-summary')).toHaveText('All 77 events');
  // A deep link and the lazily loaded map work offline too (both were precached).
  await page.goto('/#/event/antalya-talks?place=antalya');
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
    'Kuleba and Lavrov meet in Antalya',
  );
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(page.getByRole('img', { name: /^Map of/ })).toBeVisible();
  // An open source's text, a file of its own read after the first frame, was precached too.
  await page.goto('/#/?read=putin-positive-shifts');
  await expect(
    page.getByRole('region', { name: /^Putin says some/ }).getByText(/certain positive shifts/),
  ).toBeVisible();
  await context.setOffline(false);
});

test('@phone works offline at phone size', async ({ page, context }) => {
  await page.goto('/');
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.result-summary')).toHaveText('All 77 events');
  await expect(page.getByRole('button', { name: 'Filters' })).toBeVisible();
  await context.setOffline(false);
});
