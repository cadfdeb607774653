import { expect, hashOf, test, timeline } from './fixtures';

// Theme, layout and last view are remembered; broken storage never breaks the app.

const KEY = 'sourceline:preferences';

test('the chosen theme is applied and remembered across reloads', async ({ page }) => {
  await page.goto('/#/');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(theme).toHaveValue('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    background,
  );
  await theme.selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('opening the app without a link reopens the last view; a link wins', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: /^Sergey Lavrov/ }).check();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect.poll(() => hashOf(page)).toBe('#/?actor=sergey-lavrov&layout=list');
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k), KEY))
    .toContain('sergey-lavrov');

  await page.goto('about:blank');
  await page.goto('/');
  await expect.poll(() => hashOf(page)).toBe('#/?actor=sergey-lavrov&layout=list');
  await expect(page.getByRole('checkbox', { name: /^Sergey Lavrov/ })).toBeChecked();

  await page.goto('about:blank');
  await page.goto('/#/');
  await expect(page.getByRole('checkbox', { name: /^Sergey Lavrov/ })).not.toBeChecked();
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
});

test('storage that throws on access: defaults, and everything still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('checkbox', { name: /^Sergey Lavrov/ }).check();
  await expect(page.locator('.result-summary')).toHaveText(/^Showing \d+ of 77 events$/);
});

test('full storage: saving fails quietly and the app keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('checkbox', { name: /^Dmytro Kuleba/ }).check();
  await expect(page.locator('.result-summary')).toHaveText(/^Showing \d+ of 77 events$/);
});

for (const [label, raw] of [
  ['corrupt', '{"version":2,"theme":'],
  ['old', '{"version":1,"dark":true,"list":false}'],
  ['hostile', '{"version":2,"theme":"<script>","lastView":"javascript:alert(1)"}'],
]) {
  test(`${label} stored data: the app starts with defaults or a migration`, async ({ page }) => {
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key ?? '', value ?? '');
          sessionStorage.setItem('seeded', '1');
        }
      },
      [KEY, raw],
    );
    await page.goto('/');
    await expect(timeline(page).getByRole('option').first()).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue(
      label === 'old' ? 'dark' : 'system',
    );
    expect(hashOf(page)).toMatch(/^(#\/?)?$/);
  });
}
