import { appReady, expect, test } from './fixtures';

// The dataset's articles' text and mentions are a second file, read after the first frame.

test('a link to an open source shows its text once the second file is read, after the first frame', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/#/?read=putin-positive-shifts');
  await appReady(page);
  const panel = page.getByRole('region', { name: /^Putin says some/ });
  await expect(panel.getByText(/certain positive shifts/)).toBeVisible();
  await expect(panel.getByRole('status')).toHaveCount(0);
  const dataset = requests.findIndex((p) => /\/assets\/dataset-[\w-]+\.json$/.test(p));
  const texts = requests.findIndex((p) => /\/assets\/dataset-text-[\w-]+\.json$/.test(p));
  expect(dataset).toBeGreaterThanOrEqual(0);
  expect(texts).toBeGreaterThan(dataset);
  // Not preloaded: the first frame does not wait for it.
  const preloads = await page
    .locator('link[rel="preload"]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
  expect(preloads.some((href) => href.includes('dataset-text'))).toBe(false);
});

test('search answers from the articles’ text', async ({ page }) => {
  await page.goto('/#/?q=positive%20shifts');
  await appReady(page);
  const results = page.getByRole('region', { name: /^Search results for/ });
  await expect(results.getByRole('button', { name: /^Articles [1-9]/ })).toBeVisible();
});
