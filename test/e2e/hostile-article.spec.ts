import { expect, test } from '@playwright/test';
import { watchPage } from './fixtures';

// The app built around the hostile-article fixture (test/fixtures/hostile; playwright.config.ts
// serves it one port up): markup, script, javascript: and data: URLs, control and bidi characters
// in titles, names, summaries, quotes and article text. Nothing executes, nothing becomes a link,
// and the text shows literally.

const origin = `http://127.0.0.1:${Number(process.env.PORT ?? 4173) + 1}`;

test.use({ baseURL: origin });

test('hostile text shows literally and nothing in it runs', async ({ page }) => {
  const faults = await watchPage(page, origin);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/');
  const timeline = page.getByRole('listbox', { name: 'Timeline' });
  const mark = timeline.getByRole('option', {
    name: /<script>window\.sourcelinePwned = 6<\/script>/,
  });
  await expect(mark).toBeVisible();

  // An actor whose name and role are markup: shown as text in the filters.
  await expect(page.getByText('Officials <b>in</b> Kyiv')).toBeVisible();

  // The event: markup in the title and summary, a quote with a script tag.
  await mark.click();
  const detail = page.getByRole('article');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
    '<script>window.sourcelinePwned = 6</script> Talks continue',
  );
  await expect(detail).toContainText('<img src=x onerror="window.sourcelinePwned=7"> markup');
  await expect(detail).toContainText(
    '<script>window.sourcelinePwned = 1</script> talks would continue',
  );

  // The article text: every hostile line as text, no link, no element made from it.
  await detail
    .getByRole('button', { name: /^Read in source/ })
    .first()
    .click();
  const text = page.locator('.article-text').first();
  await expect(text).toContainText('<img src=x onerror="window.sourcelinePwned = 2">');
  await expect(text).toContainText('javascript:window.sourcelinePwned=3');
  await expect(text).toContainText('data:text/html,<script>window.sourcelinePwned=4</script>');
  await expect(text).toContainText('https://example.com/evil?x=<b>bold</b>');
  await expect(text).toContainText('\u202Egnp.exe\u202C');
  await expect(text).toContainText('🇺🇦');
  expect(await text.locator('a, img, script, b, iframe, object').count()).toBe(0);
  // The 100 kB line is there, wrapped inside the panel rather than widening the page.
  const longest = await text
    .locator('p')
    .evaluateAll((ps) => Math.max(...ps.map((p) => p.textContent?.length ?? 0)));
  expect(longest).toBeGreaterThan(100_000);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  // The other events, including the one whose quote is all links.
  await page.goto('/#/event/links-in-text');
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
    'javascript: and data: links shown as text',
  );
  expect(
    await page.locator('a[href^="javascript:"], a[href^="data:"], a[href^="http"]').count(),
  ).toBe(0);

  const pwned = await page.evaluate(
    () => (window as unknown as Record<string, unknown>).sourcelinePwned,
  );
  expect(pwned).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(faults).toEqual({
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
  });
});
