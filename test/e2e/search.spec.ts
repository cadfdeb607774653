import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { searchDocuments } from '../../src/domain/search/searchDocs';
import { writePrebuiltIndex } from '../../src/domain/search/prebuiltIndex';
import type { Dataset } from '../../src/domain/types';
import { appReady, detail, expect, hashOf, screenshotPath, test } from './fixtures';

const corpus = JSON.parse(readFileSync('src/generated/dataset.json', 'utf8')) as Dataset;

// Search: typo-tolerant full text over events, quotes and articles, with a deep link.

const searchBox = (page: import('@playwright/test').Page) =>
  page.getByRole('searchbox', { name: 'Search events, quotes and articles' });
const results = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: /^Search results for/ });

test('a search with a typo finds events, quotes and articles, highlighted and filterable', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('.result-summary')).toHaveText('All 77 events');
  // The results are not in the first-load JS (they load after the first frame).
  expect(await (await page.request.get('/')).text()).not.toContain('SearchResults');

  await searchBox(page).fill('Mariupl');
  await expect(results(page)).toBeVisible();
  await expect(page).toHaveURL((url) => url.hash === '#/?q=Mariupl');
  const marks = results(page).locator('mark');
  await expect(marks.first()).toHaveText(/^Mariupol$/i);
  for (const type of ['Events', 'Quotes', 'Articles']) {
    await expect(
      results(page).getByRole('button', { name: new RegExp(`^${type} [1-9]`) }),
    ).toBeVisible();
  }

  // Only quotes: every result is a quote.
  await results(page)
    .getByRole('button', { name: /^Events/ })
    .click();
  await results(page)
    .getByRole('button', { name: /^Articles/ })
    .click();
  await expect(results(page).locator('.search-hit:not(.is-quote)')).toHaveCount(0);
  await expect(results(page).locator('.search-hit.is-quote').first()).toBeVisible();

  // A quote opens its event and its source panel at the quote.
  await results(page).locator('.search-hit.is-quote button').first().click();
  await expect(detail(page)).toBeVisible();
  expect(hashOf(page)).toMatch(/^#\/event\/[^?]+\?q=Mariupl&read=[^&]+$/);
  await expect(page.getByRole('region', { name: /source/i }).first()).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('.search-results').analyze();
  expect(axe.violations).toEqual([]);
});

test('a search link reopens the search; Clear closes it', async ({ page }) => {
  await page.goto('/#/?q=death%20toll');
  await expect(searchBox(page)).toHaveValue('death toll');
  await expect(results(page).getByRole('heading')).toHaveText('Search results for “death toll”');
  await expect(results(page).locator('mark').first()).toBeVisible();
  await results(page).getByRole('button', { name: 'Clear search' }).click();
  await expect(results(page)).toHaveCount(0);
  await expect(searchBox(page)).toHaveValue('');
  await expect(page).toHaveURL((url) => url.hash === '#/');
});

test('nothing found says so', async ({ page }) => {
  await page.goto('/#/?q=zzzzqqqq');
  await expect(results(page).getByRole('status')).toHaveText(/Nothing matches/);
});

test('search screenshot for the README', async ({ page }) => {
  await page.goto('/#/?q=humanitarian%20corridor');
  await expect(results(page).locator('mark').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('search.png') });
});

test('@phone search from the masthead at phone size', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill('kuleba');
  await searchBox(page).press('Enter');
  await expect(results(page).locator('mark').first()).toBeVisible();
  await results(page).locator('.search-hit.is-event button').first().tap();
  await expect(detail(page)).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('.search-results').analyze();
  expect(axe.violations).toEqual([]);
});

test('search results pass axe in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/#/?q=corridor');
  await expect(results(page).locator('mark').first()).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .include('.search-results')
    .include('.masthead')
    .analyze();
  expect(axe.violations).toEqual([]);
});

test('the worker reads the index the build made of the dataset once the page is idle, and the service worker precaches both', async ({
  page,
}) => {
  const workers: string[] = [];
  const requested: string[] = [];
  const warnings: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  const started = page.waitForEvent('worker');
  await page.goto('/');
  await appReady(page);
  // No search yet: the worker starts after the first frame and reads the prebuilt index.
  const worker = new URL((await started).url()).pathname;
  expect(worker).toMatch(/^\/assets\/search\.worker-[\w-]+\.js$/);
  const isIndex = (p: string) => /^\/assets\/search-index-[\w-]+\.json$/.test(p);
  await expect.poll(() => requested.filter(isIndex)).toHaveLength(1);
  const index = requested.find(isIndex) ?? '';

  await searchBox(page).fill('Kiev');
  await searchBox(page).press('Enter');
  await expect(results(page).locator('mark').first()).toHaveText(/^Kyiv$/i);
  await expect(results(page)).not.toHaveAttribute('aria-busy');
  expect(workers).toEqual([worker]);
  // Read, never rebuilt: the page did not fall back to sending the documents.
  expect(warnings.filter((w) => w.startsWith('Search:'))).toEqual([]);
  expect(requested.filter(isIndex)).toEqual([index]);

  // The file is the index of the dataset the build shipped, as the app's options make it.
  const served = (await (await page.request.get(index)).json()) as unknown;
  expect(served).toEqual(JSON.parse(JSON.stringify(writePrebuiltIndex(searchDocuments(corpus)))));
  // Offline after the first visit includes search: the worker and the index are precached.
  const serviceWorker = await page.evaluate(async () => (await fetch('/sw.js')).text());
  expect(serviceWorker).toContain(worker.slice(1));
  expect(serviceWorker).toContain(index.slice(1));
});

test('a search finds a place by another spelling and a name with two letters swapped', async ({
  page,
}) => {
  await page.goto('/');
  // "Kiev" is an alias of Kyiv in the dataset; the articles only write "Kyiv".
  await searchBox(page).fill('Kiev');
  await expect(results(page).locator('mark').first()).toHaveText(/^Kyiv$/i);
  await searchBox(page).fill('Lavorv');
  await expect(results(page)).toHaveAccessibleName('Search results for “Lavorv”');
  await expect(results(page).locator('mark').first()).toHaveText(/^Lavrov$/i);
  await expect(results(page).getByRole('button', { name: /^Events [1-9]/ })).toBeVisible();
});
