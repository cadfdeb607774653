import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { appReady, detail, expect, test, timeline } from './fixtures';

// axe-core on every view and state: no violation of WCAG 2.x A/AA (colour contrast included).

async function expectNoViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations in ${state}`).toEqual([]);
}

const STATES: Array<[string, string]> = [
  ['timeline', '/'],
  ['timeline by actor, linear scale', '/#/?scale=linear&lanes=actor'],
  ['list', '/#/?layout=list'],
  ['event details', '/#/event/antalya-talks'],
  ['filtered list with details', '/#/event/antalya-talks?actor=sergey-lavrov&layout=list'],
  ['empty result', '/#/?actor=sergey-lavrov&kind=aid'],
  ['bad link notice', '/#/event/no-such-event'],
  ['a story step', '/#/story/2'],
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const [state, url] of STATES) {
      test(`axe: ${state}`, async ({ page }) => {
        await page.goto(url);
        // The app's page, not the prerendered first screen it replaces.
        await appReady(page);
        await expect(page.getByRole('heading', { level: 1, name: 'Sourceline' })).toBeVisible();
        await expectNoViolations(page, `${state} (${scheme})`);
      });
    }

    test('axe: sources side by side', async ({ page }) => {
      await page.goto('/#/event/mariupol-maternity-hospital-strike');
      await detail(page)
        .getByRole('button', { name: /^Compare all/ })
        .click();
      await expect(page.locator('section.source-panel mark').first()).toBeVisible();
      await expectNoViolations(page, `sources (${scheme})`);
    });

    test('axe: cite and export panel', async ({ page }) => {
      await page.goto('/#/?actor=sergey-lavrov');
      await page.getByRole('button', { name: 'Cite & export' }).click();
      await expect(page.getByRole('textbox', { name: /Citation of this view/ })).toBeVisible();
      await expectNoViolations(page, `export panel (${scheme})`);
    });

    test('axe: tooltip and expanded cluster on the timeline', async ({ page }) => {
      await page.goto('/');
      await timeline(page).getByRole('option').first().hover();
      await expectNoViolations(page, `timeline hover (${scheme})`);
    });
  });
}

test.describe('phone', () => {
  // Five axe passes on a phone-sized page: well over the default 30 s on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });
  for (const scheme of ['light', 'dark'] as const) {
    test(`@phone axe: filters drawer, event sheet and source sheet (${scheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await expectNoViolations(page, `phone timeline (${scheme})`);
      await page.getByRole('button', { name: 'Filters', exact: true }).tap();
      await expect(page.getByRole('button', { name: 'Show results' })).toBeVisible();
      await expectNoViolations(page, `phone filters drawer (${scheme})`);
      await page.getByRole('button', { name: 'Show results' }).tap();
      await page.goto('/#/event/antalya-talks');
      await expect(detail(page).getByRole('heading', { level: 2 })).toBeVisible();
      await expectNoViolations(page, `phone event sheet (${scheme})`);
      const read = detail(page)
        .getByRole('button', { name: /^Read in source/ })
        .first();
      await read.scrollIntoViewIfNeeded();
      await read.tap();
      await expect(page.locator('mark[data-focus="true"]')).toBeInViewport();
      await expectNoViolations(page, `phone source sheet (${scheme})`);
    });
  }
});
