import { AxeBuilder } from '@axe-core/playwright';
import { expect, hashOf, screenshotPath, test, timeline } from './fixtures';

// The map (issue 4): lazy-loaded, places filter, hover and selection linked with the timeline.

const summary = (page: import('@playwright/test').Page) => page.locator('.result-summary');
const places = (page: import('@playwright/test').Page) =>
  page.getByRole('list', { name: 'Places on the map' });

test('the map loads only when opened, and a place filters the events', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  expect(requested.filter((p) => p.includes('MapPanel'))).toEqual([]);

  await page.getByRole('button', { name: 'Map', exact: true }).click();
  const map = page.getByRole('region', { name: 'Places' });
  await expect(map.getByRole('img', { name: /^Map of \d+ places/ })).toBeVisible();
  expect(requested.some((p) => p.includes('MapPanel'))).toBe(true);
  // Cities are pins, countries and regions dashed halos (approximate).
  await expect(map.locator('.map-place.is-exact[data-place="mariupol"]')).toBeVisible();
  await expect(map.locator('.map-place.is-approx[data-place="ukraine"]')).toBeVisible();

  await places(page)
    .getByRole('button', { name: /^Mariupol\W+city: \d+ events?/ })
    .click();
  await expect(places(page).getByRole('button', { name: /^Mariupol/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(hashOf(page)).toBe('#/?place=mariupol');
  await expect(summary(page)).toHaveText(/^Showing \d+ of 77 events$/);

  // Clicking the pin on the drawing toggles the same filter off.
  await map.locator('.map-place[data-place="mariupol"] .map-mark').click();
  await expect(summary(page)).toHaveText('All 77 events');
  expect(hashOf(page)).toBe('#/');

  const axe = await new AxeBuilder({ page }).include('.map-panel').analyze();
  expect(axe.violations).toEqual([]);
});

test('selection and hover are linked both ways with the timeline', async ({ page }) => {
  await page.goto('/#/event/antalya-talks');
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  const map = page.getByRole('region', { name: 'Places' });
  // The selected event's place is highlighted on the map and in the list.
  await expect(map.locator('.map-place[data-place="antalya"]')).toHaveClass(/is-selected/);
  await expect(places(page).getByRole('button', { name: /^Antalya/ })).toHaveClass(/is-selected/);

  // Hovering a place lights its events on the timeline.
  await places(page)
    .getByRole('button', { name: /^Antalya/ })
    .hover();
  await expect(timeline(page).locator('.tl-mark.is-linked').first()).toBeVisible();
  await expect(
    timeline(page).locator('.tl-mark.is-linked[data-key="antalya-talks"]'),
  ).toBeAttached();

  // Hovering an event on the timeline lights its places on the map.
  await page.mouse.move(0, 0);
  await expect(timeline(page).locator('.tl-mark.is-linked')).toHaveCount(0);
  await timeline(page)
    .getByRole('option', { name: /Kuleba and Lavrov meet in Antalya/ })
    .hover();
  await expect(map.locator('.map-place[data-place="antalya"]')).toHaveClass(/is-hovered/);
});

test('map screenshot for the README', async ({ page }) => {
  await page.goto('/#/event/antalya-talks');
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(page.getByRole('img', { name: /^Map of/ })).toBeVisible();
  await page
    .getByRole('region', { name: 'Places' })
    .screenshot({ path: screenshotPath('map.png') });
});

test('@phone the map works by touch, the places as buttons', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Map', exact: true }).tap();
  await expect(page.getByRole('img', { name: /^Map of/ })).toBeVisible();
  await places(page).getByRole('button', { name: /^Kyiv/ }).tap();
  expect(hashOf(page)).toBe('#/?place=kyiv');
  await expect(summary(page)).toHaveText(/^Showing \d+ of 77 events$/);
  const axe = await new AxeBuilder({ page }).include('.map-panel').analyze();
  expect(axe.violations).toEqual([]);
});

test('the map and its places pass axe in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/#/event/mariupol-siege-begins?place=mariupol');
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(page.getByRole('img', { name: /^Map of/ })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('.map-panel').analyze();
  expect(axe.violations).toEqual([]);
});

test('in the list layout, hover is linked with the map too', async ({ page }) => {
  await page.goto('/#/?layout=list');
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await places(page)
    .getByRole('button', { name: /^Antalya/ })
    .hover();
  await expect(page.locator('a.event-row.is-linked[data-event="antalya-talks"]')).toBeVisible();
  await page.mouse.move(0, 0);
  await page.getByRole('link', { name: /Kuleba and Lavrov meet in Antalya/ }).hover();
  await expect(page.locator('.map-place[data-place="antalya"]')).toHaveClass(/is-hovered/);
});
