import type { Page } from '@playwright/test';
import { expect, test, timeline } from './fixtures';

// A reader who sets a larger default font (browser settings, 32 px here) gets the whole
// interface larger, controls included, with nothing running off the side and no word broken.

/** Sets the browser's default font size, as a reader's settings do. */
async function defaultFont(page: Page, px: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } });
}

const TEXTS = {
  masthead: '.masthead-description',
  'filter name': '.facet-name',
  'event title': '.event-detail h2',
  'toolbar choice': '.tl-segmented label span',
  'toolbar button': '.tl-toolbar button',
  'kind badge': '.event-detail .kind-badge',
  'date basis': '.date-basis',
};

async function textSizes(page: Page) {
  await page.goto('/#/event/antalya-talks');
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  await expect(page.locator('.event-detail h2')).toBeVisible();
  const sizes: Record<string, number> = {};
  for (const [name, selector] of Object.entries(TEXTS)) {
    sizes[name] = await page
      .locator(selector)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  }
  return sizes;
}

test('a 32 px default font doubles the text, controls included; nothing overflows or breaks mid-word', async ({
  page,
}) => {
  const normal = await textSizes(page);
  await defaultFont(page, 32);
  const large = await textSizes(page);
  for (const name of Object.keys(TEXTS)) {
    expect(large[name], name).toBeCloseTo(2 * normal[name]!, 0);
  }

  // Nothing wider than the window.
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  expect(overflow.page).toBeLessThanOrEqual(0);

  // Every word of every filter name and chip sits on one line (a word split over two lines
  // has two boxes).
  const words = await page.evaluate(() => {
    const out = { checked: 0, broken: [] as string[] };
    for (const el of document.querySelectorAll(
      '.facet-name, .event-detail .chip, .event-detail h2',
    )) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!(text instanceof Text) || text.parentElement?.closest('.visually-hidden')) continue;
        // A line may end after a hyphen; a break anywhere else splits a word.
        for (const m of text.data.matchAll(/[^\s\-‐]+/g)) {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          out.checked++;
          if (lines.size > 1) out.broken.push(m[0]);
        }
      }
    }
    return out;
  });
  expect(words.checked).toBeGreaterThan(100);
  expect(words.broken).toEqual([]);
});

/**
 * Text inside the chart (SVG): its drawn size, the font size in user units times the SVG's scale
 * on screen (a font size read from CSS alone would not show the scale).
 */
const CHART_TEXTS = {
  'event label': '.tl-label',
  'tick label': '.tl-tick text',
  'lane name': '.tl-lane-labels text',
};

async function chartTextHeights(page: Page) {
  await page.goto('/');
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  const heights: Record<string, number> = {};
  for (const [name, selector] of Object.entries(CHART_TEXTS)) {
    heights[name] = await page
      .locator(selector)
      .first()
      .evaluate(
        (el) =>
          parseFloat(getComputedStyle(el).fontSize) * (el as SVGGraphicsElement).getScreenCTM()!.a,
      );
  }
  const chart = await page.evaluate(() => {
    const svg = document.querySelector('.tl-svg')!.getBoundingClientRect();
    const box = document.querySelector('.tl-chart')!.getBoundingClientRect();
    return { svg: svg.width, box: box.width };
  });
  return { heights, chart };
}

test('a 32 px default font doubles the text inside the chart: event labels, ticks, lane names', async ({
  page,
}) => {
  // A 32 px font on a 1280 px window reads as a 16 px font on a 640 px one, twice as large:
  // compared so, the chart's layout (narrow or wide) is the same in both.
  await page.setViewportSize({ width: 640, height: 800 });
  const normal = await chartTextHeights(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await defaultFont(page, 32);
  const large = await chartTextHeights(page);
  for (const name of Object.keys(CHART_TEXTS)) {
    expect(normal.heights[name], name).toBeGreaterThan(0);
    expect(large.heights[name]! / normal.heights[name]!, name).toBeCloseTo(2, 1);
  }
  // The chart still fits its box: it reflows as a narrower chart would.
  expect(large.chart.svg).toBeLessThanOrEqual(large.chart.box);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('copying the link moves nothing on the page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  const boxes = () =>
    page.evaluate(() =>
      ['.masthead', '.masthead-tools', 'main', '.sidebar'].map((s) => {
        const r = document.querySelector(s)?.getBoundingClientRect();
        return r ? [s, r.x, r.y, r.width, r.height] : [s];
      }),
    );
  const before = await boxes();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await boxes()).toEqual(before);
});
