import { appReady, detail, expect, test, timeline } from './fixtures';

// Link previews: a static, script-free page per event that link unfurlers read and that
// forwards a person to the event; Copy link offers it for an event; the tab names the view.

test('an event preview page has its tags and forwards to the event', async ({ page, request }) => {
  const response = await request.get('/event/antalya-talks.html');
  expect(response.ok()).toBe(true);
  const html = await response.text();
  expect(html).not.toMatch(/<script/i);
  expect(html).toContain(
    '<meta property="og:title" content="Kuleba and Lavrov meet in Antalya" />',
  );
  expect(html).toContain('<meta name="twitter:card" content="summary" />');

  await page.goto('/event/antalya-talks.html');
  await expect(page).toHaveURL(
    (url) => url.pathname === '/' && url.hash === '#/event/antalya-talks',
  );
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    'Kuleba and Lavrov meet in Antalya',
  );
  await expect(page).toHaveTitle('Kuleba and Lavrov meet in Antalya · Sourceline');
});

test('Copy link offers the preview page for an event; the title follows the view', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await appReady(page);
  await expect(page).toHaveTitle(/Sourceline$/);
  const story = await page.title();
  await timeline(page)
    .getByRole('option', { name: /Kuleba and Lavrov meet in Antalya/ })
    .click();
  await expect(page).toHaveTitle('Kuleba and Lavrov meet in Antalya · Sourceline');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/event/antalya-talks.html`,
  );

  await page.goto('/#/actor/sergey-lavrov');
  await expect(page).toHaveTitle('Sergey Lavrov · Sourceline');
  await page.goto('/#/');
  await expect(page).toHaveTitle(story);
});
