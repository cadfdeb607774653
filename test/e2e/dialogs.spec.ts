import type { Locator, Page } from '@playwright/test';
import { detail, expect, test, timeline } from './fixtures';

// Layers: the filter drawer and, on a phone, the event and source sheets are modal dialogs
// (focus stays inside, the page behind is inert); one Escape path closes the top layer only,
// and focus returns to whatever opened it.

const drawer = (page: Page) => page.getByRole('dialog', { name: 'Filters' });
const filtersButton = (page: Page) => page.getByRole('button', { name: 'Filters', exact: true });
const sheet = (page: Page, name: string) => page.getByRole('dialog', { name, exact: true });
const isFocused = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement).catch(() => false);

/**
 * Presses Shift+Tab, then Tab, `presses` times each: focus never reaches an element outside
 * `layer`. (Past either end of a modal dialog Chromium stops once on the browser's own controls,
 * where the page sees <body>, and then comes back into the dialog.)
 */
async function expectTabStaysIn(page: Page, layer: Locator, presses: number) {
  let inside = 0;
  for (const key of ['Shift+Tab', 'Tab']) {
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(key);
      const where = await layer.evaluate((el) => {
        const active = document.activeElement;
        if (el.contains(active)) return 'inside';
        return active === document.body ? 'browser' : `${active?.tagName}.${active?.className}`;
      });
      expect(['inside', 'browser'], `focus after ${i + 1} × ${key}`).toContain(where);
      if (where === 'inside') inside++;
    }
  }
  expect(inside).toBeGreaterThan(presses);
}

test('@phone the filter drawer keeps Tab inside; Escape clears its search, then closes it, focus back on Filters', async ({
  page,
}) => {
  test.slow(); // dozens of key presses, each followed by a look at the focus
  await page.goto('/');
  await filtersButton(page).tap();
  await expect(drawer(page)).toBeVisible();
  await expectTabStaysIn(page, drawer(page), 25);

  const search = drawer(page).getByRole('searchbox', { name: 'Search actors' });
  await search.fill('lavrov');
  await expect(drawer(page).getByRole('checkbox', { name: /^Sergey Lavrov/ })).toBeVisible();
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(drawer(page)).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(drawer(page)).toBeHidden();
  await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'false');
  expect(await isFocused(filtersButton(page))).toBe(true);
});

test('@phone the event and source sheets: Tab stays in the top one, Escape closes only it, focus returns', async ({
  page,
}) => {
  test.slow(); // dozens of key presses, each followed by a look at the focus
  await page.goto('/');
  const mark = timeline(page).getByRole('option', { name: /^Kuleba and Lavrov meet in Antalya/ });
  await mark.focus();
  await page.keyboard.press('Enter');
  const event = sheet(page, 'Event details');
  await expect(event.getByRole('heading', { level: 2 })).toHaveText(
    'Kuleba and Lavrov meet in Antalya',
  );
  await expectTabStaysIn(page, event, 12);

  const read = detail(page)
    .getByRole('button', { name: /^Read in source/ })
    .first();
  await read.focus();
  await page.keyboard.press('Enter');
  const sources = sheet(page, 'Sources');
  await expect(sources.locator('mark[data-focus="true"]')).toBeInViewport();
  await expectTabStaysIn(page, sources, 8);

  await page.keyboard.press('Escape');
  await expect(sources).toBeHidden();
  await expect(event).toBeVisible();
  await expect(page).toHaveURL((u) => u.hash === '#/event/antalya-talks');
  expect(await isFocused(read)).toBe(true);

  await page.keyboard.press('Escape');
  await expect(event).toBeHidden();
  await expect(page).toHaveURL((u) => u.hash === '' || u.hash === '#/');
  expect(await isFocused(mark)).toBe(true);
});

test('@phone a tap outside the event sheet closes it', async ({ page }) => {
  await page.goto('/#/event/antalya-talks');
  const event = sheet(page, 'Event details');
  await expect(event.getByRole('heading', { level: 2 })).toBeVisible();
  await page.touchscreen.tap(200, 40);
  await expect(event).toBeHidden();
  await expect(page).toHaveURL((u) => u.hash === '' || u.hash === '#/');
});

test('at 1024 px with an event open, the filters open as a drawer over it', async ({ page }) => {
  test.slow(); // dozens of key presses, each followed by a look at the focus
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/#/event/antalya-talks');
  await expect(detail(page).getByRole('heading', { level: 2 })).toBeInViewport();
  await expect(filtersButton(page)).toBeInViewport();
  await filtersButton(page).click();
  await expect(drawer(page)).toBeVisible();
  await expectTabStaysIn(page, drawer(page), 20);
  await drawer(page)
    .getByRole('checkbox', { name: /^Sergey Lavrov/ })
    .check();
  await expect(page).toHaveURL((u) => u.hash === '#/event/antalya-talks?actor=sergey-lavrov');

  // Escape closes the drawer only; the event stays open beside the events.
  await page.keyboard.press('Escape');
  await expect(drawer(page)).toBeHidden();
  await expect(detail(page).getByRole('heading', { level: 2 })).toBeInViewport();
  expect(await isFocused(filtersButton(page))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(detail(page)).toBeHidden();
  // Without an event the filters are a column again.
  await expect(page.getByRole('group', { name: /^Actors/ })).toBeInViewport();
  await expect(filtersButton(page)).toHaveCount(0);
});

test('wide: Escape in the search clears it first, then closes the event', async ({ page }) => {
  await page.goto('/#/event/antalya-talks');
  await expect(detail(page).getByRole('heading', { level: 2 })).toBeVisible();
  const search = page.getByRole('searchbox', { name: /^Search events/ });
  await search.fill('kuleba');
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(detail(page)).toBeVisible();
  await search.press('Escape');
  await expect(detail(page)).toBeHidden();
});
