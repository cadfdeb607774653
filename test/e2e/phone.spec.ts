import { detail, expect, hashOf, screenshotPath, test, timeline } from './fixtures';

// The main journey at a phone viewport with touch (the "phone" project: Pixel 7).

test('@phone filter, open an event, read its sources and share the link, by touch', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expect(timeline(page).getByRole('option').first()).toBeVisible();

  // Filters live in a drawer.
  const drawerToggle = page.getByRole('button', { name: 'Filters', exact: true });
  await drawerToggle.tap();
  await expect(drawerToggle).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('checkbox', { name: /^Sergey Lavrov/ }).tap();
  await page.getByRole('checkbox', { name: /^Antalya/ }).tap();
  await page.getByRole('button', { name: 'Show results' }).tap();
  await expect(drawerToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('.result-summary')).toHaveText(/^Showing \d+ of 77 events$/);
  expect(hashOf(page)).toBe('#/?actor=sergey-lavrov&place=antalya');

  // An event opens as a bottom sheet.
  await timeline(page)
    .getByRole('option', { name: /Kuleba and Lavrov meet in Antalya/ })
    .tap();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    'Kuleba and Lavrov meet in Antalya',
  );
  await expect(detail(page)).toBeInViewport();

  // Its source opens as a sheet, scrolled to the highlighted quote.
  const read = detail(page)
    .getByRole('button', { name: /^Read in source/ })
    .first();
  await read.scrollIntoViewIfNeeded();
  await read.tap();
  const sources = page.getByRole('region', { name: 'Sources', exact: true });
  const focused = sources.locator('mark[data-focus="true"]');
  await expect(focused).toBeInViewport();
  await sources
    .getByRole('button', { name: /^Close/ })
    .first()
    .tap();
  await expect(focused).toBeHidden();

  // The link reopens the same view on another page.
  const link = page.url();
  const other = await context.newPage();
  await other.goto(link);
  await expect(detail(other).getByRole('heading', { level: 2 })).toHaveText(
    'Kuleba and Lavrov meet in Antalya',
  );
  await expect(other.locator('.result-summary')).toHaveText(
    (await page.locator('.result-summary').textContent()) ?? '',
  );
  await other.close();
});

test('@phone the timeline toolbar stays tappable after scrolling', async ({ page }) => {
  await page.goto('/');
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in' }).tap();
  await expect.poll(() => hashOf(page)).toContain('window=');
  await page.evaluate(() => window.scrollBy(0, 200));
  const fit = page.getByRole('button', { name: 'Fit to events' });
  await fit.scrollIntoViewIfNeeded();
  await fit.tap();
  await expect.poll(() => hashOf(page)).not.toContain('window=');
});

test('@phone a bad link gives a notice and a working view', async ({ page }) => {
  await page.goto('/#/event/no-such-event?actor=%ZZ');
  await expect(page.getByText(/could not be used/)).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss notice' }).tap();
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
});

test('@phone screenshot for the README', async ({ page }) => {
  await page.goto('/#/event/antalya-talks');
  await expect(detail(page).getByRole('heading', { level: 2 })).toBeVisible();
  await page.screenshot({ path: screenshotPath('phone.png') });
});
