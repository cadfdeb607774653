import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { detail, expect, hashOf, test } from './fixtures';

// Comparing figures: the Mariupol civilian death toll as three sources gave it on three days
// (at least 1,700 on 9 March, 1,200 on 10 March, more than 5,000 on 30 March), and responses
// between events (a denial and what it denies).

const TOLL_EVENT = '/#/event/mariupol-death-toll-1700';
const figures = (page: Page) => detail(page).getByRole('region', { name: 'Figures' });
const chart = (page: Page) =>
  figures(page).getByRole('figure', { name: /Civilians killed in Mariupol \(people\) by date/ });

test('an event with differing figures: chart, list, flag; a point opens its quote', async ({
  page,
}) => {
  await page.goto(TOLL_EVENT);
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    'Ukraine says at least 1,700 killed in Mariupol',
  );
  await expect(figures(page)).toContainText(
    'Sources differ: this running total falls from at least 1,700 (9 Mar 2022) to 1,200 (10 Mar 2022)',
  );
  const points = chart(page).getByRole('button');
  await expect(points).toHaveCount(3);
  const list = figures(page).getByRole('list', {
    name: 'Civilians killed in Mariupol: every figure',
  });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').nth(1)).toContainText('1,200 people');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Mariupol city council');
  await expect(list.getByRole('listitem').nth(1)).toContainText('El País');

  await page.locator('.claim-chart').screenshot({ path: '/tmp/claims-chart-e2e.png' });

  await chart(page)
    .getByRole('button', { name: /^1,200 people on 10 Mar 2022, El País/ })
    .click();
  const panel = page.getByRole('region', { name: /Russia rejects discussing a ceasefire/ });
  await expect(panel).toBeVisible();
  const focus = panel.locator('mark.mark-focus');
  await expect(focus).toHaveText(
    'The local council claims that 1,200 civilians have died in recent days in Mariupol',
  );
  await expect(focus).toBeFocused();
});

test('a response link selects the answered event, which links back', async ({ page }) => {
  await page.goto('/#/event/peskov-denies-hospital-strike');
  const denies = detail(page).getByRole('link', {
    name: 'Russian strike hits Mariupol maternity hospital',
  });
  const item = (name: string) =>
    detail(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name }) });
  await expect(item('Russian strike hits Mariupol maternity hospital')).toContainText('Denies:');
  await denies.click();
  await expect(page).toHaveURL((u) => u.hash === '#/event/mariupol-maternity-hospital-strike');
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    'Russian strike hits Mariupol maternity hospital',
  );
  const back = detail(page).getByRole('link', {
    name: 'Peskov denies the hospital attack to Reuters',
  });
  await expect(item('Peskov denies the hospital attack to Reuters')).toContainText('Denied by:');
  // The hospital's figures: two sources agree on three dead.
  await expect(figures(page)).toContainText('2 sources agree: 3');
  await back.click();
  expect(hashOf(page)).toBe('#/event/peskov-denies-hospital-strike');
});

test('@phone figures and a point by touch', async ({ page }) => {
  await page.goto(TOLL_EVENT);
  await expect(chart(page)).toBeVisible();
  await chart(page)
    .getByRole('button', { name: /^more than 5,000 people on 30 Mar 2022/ })
    .tap();
  const focus = page.locator('mark.mark-focus');
  await expect(focus).toContainText('Local officials have put the civilian death toll');
  await expect(focus).toBeInViewport();
});

for (const scheme of ['light', 'dark'] as const) {
  for (const url of [TOLL_EVENT, '/#/event/mariupol-maternity-hospital-strike']) {
    test(`axe: ${url} with figures and responses (${scheme})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await expect(figures(page).getByRole('figure').first()).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary, `axe violations on ${url} (${scheme})`).toEqual([]);
    });
  }
}
