import { detail, expect, hashOf, screenshotPath, test, timeline } from './fixtures';

// The desktop journeys, against the production build with the real corpus.
// Every test also fails on a console error, a page error, a CSP violation or a foreign request.

const summary = (page: import('@playwright/test').Page) => page.locator('.result-summary');

test('opening the app shows every event on the timeline', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sourceline' })).toBeVisible();
  await expect(summary(page)).toHaveText('All 77 events');
  const marks = timeline(page).getByRole('option');
  await expect(marks.first()).toBeVisible();
  expect(await marks.count()).toBeGreaterThan(10);
  await expect(page.getByRole('group', { name: 'Actors', exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Places', exact: true })).toBeVisible();
});

test('filtering by an actor, then by a city, narrows the timeline, the list and the link', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: /^Sergey Lavrov/ }).check();
  await expect(summary(page)).toHaveText(/^Showing \d+ of 77 events$/);
  const withActor = Number((await summary(page).textContent())?.match(/\d+/)?.[0]);
  await expect(page).toHaveURL((url) => url.hash === '#/?actor=sergey-lavrov');

  await page.getByRole('checkbox', { name: /^Antalya/ }).check();
  await expect(summary(page)).not.toHaveText(`Showing ${withActor} of 77 events`);
  const both = Number((await summary(page).textContent())?.match(/\d+/)?.[0]);
  expect(both).toBeGreaterThan(0);
  expect(both).toBeLessThan(withActor);
  await expect(page).toHaveURL((url) => url.hash === '#/?actor=sergey-lavrov&place=antalya');
  await expect(
    timeline(page).getByRole('option', { name: /Kuleba and Lavrov meet/ }),
  ).toBeVisible();

  // The list view shows the same events, each involving Lavrov in Antalya.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const items = page.locator('a.event-row');
  await expect(items).toHaveCount(both);
  await expect(page.getByRole('link', { name: /Kuleba and Lavrov meet in Antalya/ })).toBeVisible();

  // One control clears every filter.
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(summary(page)).toHaveText('All 77 events');
});

test('an event shows its sources, read in context and compared side by side', async ({ page }) => {
  await page.goto('/');
  await timeline(page)
    .getByRole('option', { name: /Kuleba and Lavrov meet in Antalya/ })
    .click();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    'Kuleba and Lavrov meet in Antalya',
  );
  await expect(page).toHaveURL((url) => url.hash === '#/event/antalya-talks');
  const evidence = detail(page).getByRole('region', { name: /What the sources say/ });
  await expect(evidence).toContainText('3 sources');
  // Outlet and author where the article states them, "unknown" where it does not.
  await expect(evidence).toContainText('FISM News');
  await expect(evidence).toContainText('Chris Lange');
  await expect(evidence).toContainText('Unknown author');

  // Read one source: its panel opens, scrolled to the highlighted quote.
  await evidence
    .getByRole('button', { name: /^Read in source/ })
    .first()
    .click();
  const sources = page.getByRole('region', { name: 'Sources', exact: true });
  const focused = sources.locator('mark[data-focus="true"]');
  await expect(focused).toBeInViewport();

  // Compare all three: panels side by side (as many as fit, the rest a pager away), each on
  // its quote.
  await evidence.getByRole('button', { name: 'Compare all 3 side by side' }).click();
  await expect(page.getByRole('heading', { name: /^Reading 3 sources/ })).toBeVisible();
  const panels = sources.locator('section.source-panel');
  await expect(panels).toHaveCount(3);
  const boxes = await Promise.all([0, 1, 2].map((i) => panels.nth(i).boundingBox()));
  const xs = boxes.map((b) => b?.x ?? 0);
  expect(new Set(xs.map(Math.round)).size, 'panels side by side, not stacked').toBe(3);
  for (let i = 0; i < 3; i++) await expect(panels.nth(i).locator('mark').first()).toBeAttached();
  await expect(panels.nth(0).locator('mark').first()).toBeVisible();

  // Escape closes the layer on top: the sources, then the event.
  await page.keyboard.press('Escape');
  await expect(sources).toBeHidden();
  await expect(detail(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail(page)).toBeHidden();
});

test('an actor chip in the event detail filters by that actor', async ({ page }) => {
  await page.goto('/#/event/antalya-talks');
  await detail(page).getByRole('button', { name: 'Filter by actor: Sergey Lavrov' }).click();
  await expect(page.getByRole('checkbox', { name: /^Sergey Lavrov/ })).toBeChecked();
  await expect(page).toHaveURL((url) => url.hash === '#/event/antalya-talks?actor=sergey-lavrov');
});

test('a copied link reopens exactly the same view in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('checkbox', { name: /^Mariupol \(/ }).check();
  await page.getByRole('radio', { name: 'True to scale' }).check();
  await page.getByRole('radio', { name: 'Who', exact: true }).check();
  await timeline(page)
    .getByRole('option', { name: /Russian strike hits Mariupol maternity hospital/ })
    .click();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    'Russian strike hits Mariupol maternity hospital',
  );

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await expect(page).toHaveURL(link);
  expect(new URL(link).hash).toBe(
    '#/event/mariupol-maternity-hospital-strike?place=mariupol&scale=linear&lanes=actor',
  );

  const other = await context.newPage();
  await other.goto(link);
  await expect(detail(other).getByRole('heading', { level: 2 })).toHaveText(
    'Russian strike hits Mariupol maternity hospital',
  );
  await expect(other.getByRole('checkbox', { name: /^Mariupol \(/ })).toBeChecked();
  await expect(other.getByRole('radio', { name: 'True to scale' })).toBeChecked();
  await expect(other.getByRole('radio', { name: 'Who', exact: true })).toBeChecked();
  await expect(other.locator('.result-summary')).toHaveText(
    (await summary(page).textContent()) ?? '',
  );
  await expect(
    timeline(other).getByRole('option', { selected: true, name: /maternity hospital/ }),
  ).toBeVisible();
  expect(other.url()).toBe(link);
  // Reload restores it too.
  await other.reload();
  await expect(detail(other).getByRole('heading', { level: 2 })).toHaveText(
    'Russian strike hits Mariupol maternity hospital',
  );
  await other.close();
});

test('back and forward step through the reader’s actions, not through zooming', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: /^Dmytro Kuleba/ }).check();
  await expect.poll(() => hashOf(page)).toBe('#/?actor=dmytro-kuleba');
  await timeline(page)
    .getByRole('option', { name: /Kuleba and Lavrov meet in Antalya/ })
    .click();
  await expect.poll(() => hashOf(page)).toBe('#/event/antalya-talks?actor=dmytro-kuleba');
  const historyBefore = await page.evaluate(() => history.length);

  // Zooming replaces the current entry: the window changes, history does not grow.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => hashOf(page)).toContain('window=');
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);

  await page.goBack();
  await expect.poll(() => hashOf(page)).toBe('#/?actor=dmytro-kuleba');
  await expect(detail(page)).toBeHidden();
  await expect(page.getByRole('checkbox', { name: /^Dmytro Kuleba/ })).toBeChecked();

  await page.goBack();
  await expect.poll(() => hashOf(page)).toMatch(/^(#\/?)?$/);
  await expect(page.getByRole('checkbox', { name: /^Dmytro Kuleba/ })).not.toBeChecked();
  await expect(summary(page)).toHaveText('All 77 events');

  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /^Dmytro Kuleba/ })).toBeChecked();
  await page.goForward();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    'Kuleba and Lavrov meet in Antalya',
  );
});

const BAD_LINKS = [
  '#/event/no-such-event',
  '#/?actor=nobody-at-all',
  '#/?place=atlantis&kind=talks',
  '#/?from=2022-13-45&to=yesterday',
  '#/?actor=%E0%A4%A',
  '#/?scale=logarithmic&lanes=colour&layout=grid',
  '#/nowhere/at/all',
];

for (const link of BAD_LINKS) {
  test(`a bad link (${link}) gives a notice and a working view`, async ({ page }) => {
    await page.goto(`/${link}`);
    await expect(page.getByText(/could not be used/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Sourceline' })).toBeVisible();
    await expect(timeline(page).getByRole('option').first()).toBeVisible();
    // The app still works: filter, then dismiss the notice.
    await page.getByRole('checkbox', { name: /^Sergey Lavrov/ }).check();
    await expect(summary(page)).toHaveText(/^Showing \d+ of 77 events$/);
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect(page.getByText(/could not be used/)).toBeHidden();
  });
}

test('desktop screenshot for the README', async ({ page }) => {
  await page.goto('/#/event/mariupol-maternity-hospital-strike');
  await detail(page)
    .getByRole('button', { name: /^Compare all \d side by side/ })
    .click();
  await expect(page.locator('section.source-panel mark').first()).toBeVisible();
  // Sources sit under the timeline on a wide screen: show the bottom of the timeline and them.
  await page.getByRole('heading', { name: /^Reading 3 sources/ }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 420));
  // Clicking "Compare all" scrolled the detail column down to it: show the event's top instead.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('.detail, .detail *')) el.scrollTop = 0;
  });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath('desktop.png') });
});
