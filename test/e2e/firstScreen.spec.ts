import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { appReady, expect, test, timeline } from './fixtures';

// The first screen is prerendered into index.html by the build (scripts/firstScreen.ts): it shows
// without any script, and the app replaces it in place. The expected texts come from the compiled
// dataset the build was made from, not from the app.

interface CorpusFile {
  story: { title: string | null; steps: { event: string }[] };
  events: { id: string; title: string }[];
}
const corpus = JSON.parse(readFileSync('src/generated/dataset.json', 'utf8')) as CorpusFile;
const titleOf = new Map(corpus.events.map((e) => [e.id, e.title]));
const keyEvents = corpus.story.steps.map((s) => s.event);

/** Holds the app's script back until `release` is called: the first screen alone is on view. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Where the parts of the page are, rounded to the pixel. */
const boxes = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      ['.masthead-description', '.masthead-tools', '.result-bar', '.story-intro', '.timeline'].map(
        (selector) => {
          const r = document.querySelector(selector)?.getBoundingClientRect();
          return [selector, r ? [r.left, r.top, r.width].map(Math.round) : null];
        },
      ),
    ),
  );

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first screen shows the story, its summary and the key events on the timeline', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Sourceline' })).toBeVisible();
    expect(corpus.story.title).not.toBeNull();
    await expect(page.locator('.masthead-description')).toContainText(corpus.story.title ?? '');
    await expect(page.getByText(`All ${corpus.events.length} events`)).toBeVisible();
    const chart = timeline(page);
    await expect(chart).toBeVisible();
    // The key events drawn with a label of their own: each label is the start of the title.
    const labels = await page.evaluate((ids) => {
      const found: Record<string, string> = {};
      for (const id of ids) {
        const text = document.querySelector(`[role="option"][data-key="${id}"] .tl-label`);
        if (!text) continue;
        const lines = [...text.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
        found[id] = (lines.length > 0 ? lines : [text.textContent ?? '']).join(' ');
      }
      return found;
    }, keyEvents);
    expect(Object.keys(labels).length).toBeGreaterThanOrEqual(3);
    // Each is an option of the listbox named with its title, as in the app.
    for (const id of Object.keys(labels)) {
      await expect(chart.locator(`[data-key="${id}"]`)).toHaveAttribute(
        'aria-label',
        new RegExp(`^${(titleOf.get(id) ?? '-').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `),
      );
    }
    for (const [id, label] of Object.entries(labels)) {
      // An approximate date is marked "≈" before the label; a long title ends in "…".
      const start = label.replace(/^≈\s*/, '').replace(/…$/, '').replace(/\s+/g, ' ').trim();
      expect(titleOf.get(id)?.replace(/\s+/g, ' ')).toContain(start);
    }
  });
});

for (const [width, height] of [
  [320, 640],
  [360, 740],
  [1024, 768],
  [1440, 900],
] as const) {
  test(`at ${width} px the app replaces the first screen in place, without a shift or a warning`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const warnings: string[] = [];
    page.on('console', (m) => {
      // Playwright itself warns that it blocks the service worker (playwright.config.ts).
      if (/blocked by Playwright/.test(m.text())) return;
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const release = await holdTheApp(page);
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.locator('.masthead-description')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-app', 'loading');
    const before = await boxes(page);

    release();
    await expect(page.locator('html')).not.toHaveAttribute('data-app');
    await expect(timeline(page).getByRole('option').first()).toBeVisible();
    expect(await boxes(page)).toEqual(before);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.001);
    expect(warnings).toEqual([]);
  });
}

test('the first screen is painted before the app starts, and stays the largest paint', async ({
  page,
}) => {
  // Largest-contentful-paint entries and paints of the page, with the time the app took over.
  await page.addInitScript(() => {
    const seen = { lcp: [] as number[], fcp: [] as number[], takeover: 0 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.lcp.push(entry.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName('first-contentful-paint'))
        seen.fcp.push(entry.startTime);
    }).observe({ type: 'paint', buffered: true });
    new MutationObserver(() => {
      if (seen.takeover === 0 && !document.documentElement.hasAttribute('data-app'))
        seen.takeover = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
  });
  await page.goto('/');
  await appReady(page);
  // The app's first frame has been presented (its timeline is on screen).
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const seen = await page.evaluate(
    () => (window as unknown as { seen: { lcp: number[]; fcp: number[]; takeover: number } }).seen,
  );
  expect(seen.takeover).toBeGreaterThan(0);
  expect(seen.fcp).toHaveLength(1);
  expect(seen.fcp[0]).toBeLessThan(seen.takeover);
  // The app's script was asked for only once the page had been parsed (the boot script adds it
  // after the first frame): a module script in index.html is asked for while it is parsed.
  const asked = await page.evaluate(() => ({
    script:
      performance
        .getEntriesByType('resource')
        .find((e) => /\/assets\/index-[\w-]+\.js$/.test(e.name))?.startTime ?? -1,
    parsed:
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
        ?.domContentLoadedEventEnd ?? Infinity,
  }));
  expect(asked.script).toBeGreaterThanOrEqual(asked.parsed);
  // Nothing the app drew when it replaced the first screen is larger than what it had shown.
  expect(seen.lcp.length).toBeGreaterThan(0);
  expect(seen.lcp.filter((t) => t > seen.takeover)).toEqual([]);
});

test('a link to another view shows only the masthead until the app opens that view', async ({
  page,
}) => {
  const release = await holdTheApp(page);
  await page.goto('/#/event/antalya-talks', { waitUntil: 'commit' });
  await expect(page.locator('.masthead-description')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'other');
  await expect(page.getByText(`All ${corpus.events.length} events`)).toBeHidden();
  await expect(timeline(page)).toBeHidden();
  release();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
    titleOf.get('antalya-talks') ?? '',
  );
});

test('an embed shows nothing of the first screen, which has a masthead it has not', async ({
  page,
}) => {
  const release = await holdTheApp(page);
  await page.goto('/?embed#/', { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'embed');
  await expect(page.locator('.masthead')).toBeHidden();
  release();
  await expect(page.getByRole('link', { name: /Open in Sourceline/ })).toBeVisible();
  await expect(page.locator('.masthead')).toHaveCount(0);
});

test('the stored theme and last view apply before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() =>
    localStorage.setItem(
      'sourceline:preferences',
      JSON.stringify({ version: 3, theme: 'dark', lastView: '#/?layout=list' }),
    ),
  );
  const release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.locator('.masthead-description')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'other');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r = 255, g = 255, b = 255] = background.match(/\d+/g)?.map(Number) ?? [];
  expect(r + g + b).toBeLessThan(3 * 80);
  release();
  await expect(page.getByRole('button', { name: 'List', pressed: true })).toBeVisible();
});
