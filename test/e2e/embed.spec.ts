import { expect, test } from '@playwright/test';
import { watchPage } from './fixtures';
import { startStaticHost, type StaticHost } from './staticServer';

// An embed pasted into another site's page: the host page is served from another origin (its
// own port) and holds the snippet copied from Cite & export.

let host: StaticHost;
test.beforeAll(async () => {
  host = await startStaticHost('/nothing/');
});
test.afterAll(async () => host.close());

test('the embed snippet shows the view inside another site, and opens the full view', async ({
  page,
  context,
  baseURL,
}) => {
  const app = new URL(baseURL ?? '').origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/event/antalya-talks?place=antalya');
  await page.getByRole('button', { name: 'Cite & export' }).click();
  const code = page.getByRole('textbox', { name: 'Embed this view in a page' });
  const snippet = await code.inputValue();
  expect(snippet).toBe(
    `<iframe src="${app}/?embed#/event/antalya-talks?place=antalya" title="Sourceline: Kuleba and Lavrov meet in Antalya" width="100%" height="560" loading="lazy"></iframe>`,
  );
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  // The preview frames the same view.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe.export-embed-preview');
  await expect(preview.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
    'Kuleba and Lavrov meet in Antalya',
  );

  host.pages.set(
    '/article.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom article</title><link rel="icon" href="data:,"></head><body><h1>Our story</h1>${snippet}<p>More text.</p></body></html>`,
  );
  const reader = await context.newPage();
  const faults = await watchPage(reader, app);
  // A frame of medium width (about 880 px): the event's details beside the timeline, on screen.
  await reader.setViewportSize({ width: 900, height: 700 });
  await reader.goto(`${host.origin}/article.html`);
  const frame = reader.frameLocator('iframe');
  const title = frame.getByRole('article').getByRole('heading', { level: 2 });
  await expect(title).toHaveText('Kuleba and Lavrov meet in Antalya');
  await expect(title).toBeInViewport();
  await expect(frame.getByRole('banner')).toContainText('Kuleba and Lavrov meet in Antalya');
  // Compact chrome: no masthead, no filter column.
  await expect(frame.getByRole('heading', { level: 1, name: 'Sourceline' })).toHaveCount(0);
  await expect(frame.getByRole('complementary', { name: 'Filters' })).toBeHidden();

  // The keyboard works inside the frame: the timeline takes focus and moves between events.
  const timeline = frame.getByRole('listbox', { name: 'Timeline' });
  await timeline.getByRole('option', { selected: true }).focus();
  await reader.keyboard.press('ArrowRight');
  await expect(timeline.getByRole('option', { selected: true })).not.toHaveAccessibleName(
    /Kuleba and Lavrov meet in Antalya/,
  );
  await expect(reader).toHaveURL(`${host.origin}/article.html`);

  const [full] = await Promise.all([
    context.waitForEvent('page'),
    frame.getByRole('link', { name: 'Open in Sourceline' }).click(),
  ]);
  await expect(full).toHaveURL((url) => url.origin === app && url.search === '');
  await expect(full.getByRole('heading', { level: 1, name: 'Sourceline' })).toBeVisible();
  await expect(full.getByRole('article').getByRole('heading', { level: 2 })).toBeVisible();

  // The host page's own document is the only request to its origin; the embed asks its own.
  const foreign = faults.foreignRequests.filter((url) => url !== `${host.origin}/article.html`);
  expect({ ...faults, foreignRequests: foreign }).toEqual({
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
  });
});
