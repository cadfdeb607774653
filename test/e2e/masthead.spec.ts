import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { appReady, expect, test } from './fixtures';

// On a phone held upright the masthead keeps to two rows (the name, then search and a "Menu"
// button); the secondary controls behind that button all work from the keyboard.

/**
 * The rows the masthead's name and visible controls sit in: boxes whose vertical extents overlap
 * share a row (measured in the browser, from the boxes as drawn).
 */
const rowsOfMasthead = (page: Page) =>
  page.locator('.masthead').evaluate((masthead) => {
    const boxes = [...masthead.querySelectorAll('h1, button, input, select')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .sort((a, b) => a.top - b.top);
    const rows: Array<{ top: number; bottom: number }> = [];
    for (const r of boxes) {
      const row = rows.at(-1);
      if (row && r.top < row.bottom) row.bottom = Math.max(row.bottom, r.bottom);
      else rows.push({ top: r.top, bottom: r.bottom });
    }
    return rows.length;
  });

const menu = (page: Page) => page.getByRole('button', { name: 'Menu' });

for (const width of [320, 375]) {
  test(`at ${width} px the masthead is two rows, the rest behind Menu`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/');
    await appReady(page);
    expect(await rowsOfMasthead(page)).toBeLessThanOrEqual(2);
    await expect(menu(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  });
}

test('at 1024 px the controls stand in the masthead and there is no Menu button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  await appReady(page);
  await expect(menu(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();
});

test('at 320 px every control behind Menu works by keyboard; Escape and a click outside close it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/');
  await appReady(page);

  // Tab from the search field reaches Menu; Enter opens it, and Tab goes on into its controls.
  await page.getByRole('searchbox').first().focus();
  await page.keyboard.press('Tab');
  await expect(menu(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  const timelineButton = page.getByRole('button', { name: 'Timeline', exact: true });
  await expect(timelineButton).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page).toHaveURL((url) => url.hash.includes('layout=list'));

  // The theme: a select changed with the arrow keys.
  await page.keyboard.press('Tab');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await expect(theme).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(theme).toHaveValue('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  // Copy link copies the view's link and says so.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('layout=list');

  // Stories opens its dialog; Escape closes the dialog only, focus back on Stories in the menu.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'New story' })).toBeFocused();
  await page.keyboard.press('Tab');
  const stories = page.getByRole('button', { name: 'Stories', exact: true });
  await expect(stories).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(stories).toBeFocused();
  await expect(menu(page)).toHaveAttribute('aria-expanded', 'true');

  // Escape closes the menu and returns focus to its button; Space opens it again.
  await page.keyboard.press('Escape');
  await expect(menu(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(menu(page)).toBeFocused();
  await expect(stories).toBeHidden();
  await page.keyboard.press('Space');
  await expect(menu(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(timelineButton).toBeVisible();

  // A click outside closes it.
  await page.locator('.masthead-description').click();
  await expect(menu(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(timelineButton).toBeHidden();

  // New story, by keyboard, opens a story in the workspace.
  await menu(page).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'New story' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.hash === '#/s/new-story/');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe at 320 px with the menu closed and open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/');
    await appReady(page);
    for (const state of ['closed', 'open']) {
      if (state === 'open') await menu(page).click();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
        `axe, menu ${state}`,
      ).toEqual([]);
    }
  });
}
