import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/domain/types';
import { detail, expect, hashOf, screenshotPath, test, timeline } from './fixtures';

// The actor page (#/actor/<id>): opened from an actor's name in the event detail, its events and
// quotes in time order, quotes opening their source, back/forward, reload, a bad id, axe.

const ACTOR = 'sergey-lavrov';
const dataset = JSON.parse(readFileSync('src/generated/dataset.json', 'utf8')) as Dataset;
/** What the page must list, computed from the bundled dataset rather than copied from output. */
const actorEvents = dataset.events.filter(
  (e) => e.actors.includes(ACTOR) || e.aboutActors.includes(ACTOR),
);
const aboutCount = actorEvents.filter((e) => e.aboutActors.includes(ACTOR)).length;
const quoteCount = actorEvents.reduce((n, e) => n + e.evidence.length, 0);

/** A column beside the timeline, or on a phone a sheet (a modal dialog). */
const actorPage = (page: Page) =>
  page
    .getByRole('complementary', { name: 'Person or organisation' })
    .or(page.getByRole('dialog', { name: 'Person or organisation' }));
const sources = (page: Page) => page.getByRole('region', { name: 'Sources', exact: true });

test('an actor’s name opens their page: events and quotes in time order, sources, back, reload', async ({
  page,
}) => {
  await page.goto('/#/event/antalya-talks');
  await detail(page)
    .getByRole('link', { name: 'Sergey Lavrov: all their events and quotes' })
    .click();
  expect(hashOf(page)).toBe(`#/actor/${ACTOR}`);
  const panel = actorPage(page);
  await expect(panel.getByRole('heading', { level: 2, name: 'Sergey Lavrov' })).toBeFocused();
  await expect(panel).toContainText(`${actorEvents.length} events, ${quoteCount} quotes`);

  // Every event of theirs, in time order, then every quote.
  const days = await panel
    .locator('.actor-event h3 time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(days).toHaveLength(actorEvents.length);
  expect(days).toEqual([...days].sort());
  expect(new Set(days)).toEqual(new Set(actorEvents.map((e) => e.date)));
  await expect(panel.locator('.evidence-quote')).toHaveCount(quoteCount);
  // Each event says whether they took part in it or it concerns them.
  await expect(panel.locator('.actor-event-role', { hasText: 'About them' })).toHaveCount(
    aboutCount,
  );
  await expect(panel.locator('.actor-event-role', { hasText: 'Took part' })).toHaveCount(
    actorEvents.length - aboutCount,
  );

  // A quote opens its source panel, highlighted and scrolled to.
  const firstQuote = (await panel.locator('.evidence-quote').first().textContent()) ?? '';
  await panel
    .getByRole('button', { name: /^Read in source/ })
    .first()
    .click();
  const focused = sources(page).locator('mark[data-focus="true"]');
  await expect(focused).toBeInViewport();
  expect(firstQuote.replace(/[“”]/g, '')).toContain((await focused.textContent()) ?? '∅');

  // Back closes the source on top, then returns to the event; forward to the actor page.
  await page.goBack();
  await expect(sources(page)).toBeHidden();
  await expect.poll(() => hashOf(page)).toBe(`#/actor/${ACTOR}`);
  await page.goBack();
  await expect.poll(() => hashOf(page)).toBe('#/event/antalya-talks');
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    'Kuleba and Lavrov meet in Antalya',
  );
  await page.goForward();
  await expect(panel.getByRole('heading', { level: 2, name: 'Sergey Lavrov' })).toBeVisible();

  // The deep link survives a reload.
  await page.reload();
  await expect(panel.getByRole('heading', { level: 2, name: 'Sergey Lavrov' })).toBeVisible();
  expect(hashOf(page)).toBe(`#/actor/${ACTOR}`);

  // An event of theirs opens its detail in place of the page; Escape on the page closes it.
  const last = actorEvents.toSorted((a, b) => a.date.localeCompare(b.date)).at(-1)!;
  await panel.getByRole('button', { name: last.title, exact: true }).click();
  expect(hashOf(page)).toBe(`#/event/${last.id}`);
  await page.goBack();
  await expect(panel.getByRole('heading', { level: 2, name: 'Sergey Lavrov' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(hashOf(page)).toBe('#/');
});

test('the actor page keeps the filters in its link and can filter by the actor', async ({
  page,
}) => {
  await page.goto(`/#/actor/${ACTOR}?kind=talks&layout=list`);
  await expect(actorPage(page).getByRole('heading', { level: 2 })).toHaveText('Sergey Lavrov');
  await actorPage(page)
    .getByRole('button', { name: 'Show only events with Sergey Lavrov in the timeline' })
    .click();
  expect(hashOf(page)).toBe(`#/actor/${ACTOR}?actor=${ACTOR}&kind=talks&layout=list`);
  await expect(page.getByRole('checkbox', { name: /^Sergey Lavrov/ })).toBeChecked();
});

test('by keyboard: the name opens the page, the Filter toggle filters, Escape closes', async ({
  page,
}) => {
  await page.goto('/#/event/antalya-talks');
  const filter = detail(page).getByRole('button', { name: 'Filter by actor: Sergey Lavrov' });
  await filter.focus();
  await page.keyboard.press('Enter');
  await expect(filter).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift+Tab');
  await expect(
    detail(page).getByRole('link', { name: 'Sergey Lavrov: all their events and quotes' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  expect(hashOf(page)).toBe(`#/actor/${ACTOR}?actor=${ACTOR}`);
  await expect(actorPage(page).getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(actorPage(page)).toBeHidden();
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown actor gives a notice and a working app', async ({ page }) => {
  await page.goto('/#/actor/no-such-person?kind=talks');
  await expect(page.getByText(/No person or organisation “no-such-person”/)).toBeVisible();
  expect(hashOf(page)).toBe('#/?kind=talks');
  await expect(actorPage(page)).toBeHidden();
  await timeline(page).getByRole('option').first().click();
  await expect(detail(page).getByRole('heading', { level: 2 })).toBeVisible();
});

test('@phone the actor page by touch: open from the event, read a quote, close', async ({
  page,
}) => {
  await page.goto('/#/event/antalya-talks');
  await detail(page)
    .getByRole('link', { name: 'Sergey Lavrov: all their events and quotes' })
    .tap();
  const panel = actorPage(page);
  await expect(panel.getByRole('heading', { level: 2, name: 'Sergey Lavrov' })).toBeVisible();
  expect(hashOf(page)).toBe(`#/actor/${ACTOR}`);
  await panel
    .getByRole('button', { name: /^Read in source/ })
    .first()
    .tap();
  await expect(sources(page).locator('mark[data-focus="true"]')).toBeInViewport();
  await sources(page)
    .getByRole('button', { name: /^Close/ })
    .first()
    .tap();
  await panel.getByRole('button', { name: 'Close the page of Sergey Lavrov' }).tap();
  await expect(panel).toBeHidden();
  expect(hashOf(page)).toBe('#/');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the actor page (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/#/actor/${ACTOR}`);
    await expect(actorPage(page).getByRole('heading', { level: 2 })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary).toEqual([]);
  });
}

test('actor screenshot for the README', async ({ page }) => {
  // Reduced motion: the quote scrolls into view at once, so the page is still when it is shown.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/#/actor/${ACTOR}?actor=${ACTOR}`);
  await expect(actorPage(page).getByRole('heading', { level: 2 })).toBeVisible();
  await actorPage(page)
    .getByRole('button', { name: /^Read in source/ })
    .first()
    .click();
  await expect(sources(page).locator('mark[data-focus="true"]')).toBeInViewport();
  // Show the page from the top.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.screenshot({ path: screenshotPath('actor.png') });
});
