import type { Page } from '@playwright/test';
import { appReady, expect, test, timeline } from './fixtures';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/domain/types';

/** A box on screen, measured by the browser from the rendered text and shapes. */
interface Rect {
  what: string;
  owner: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A leader line on screen, from its mark to its label. */
interface Line {
  owner: string;
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

/**
 * Every event label (the real text as laid out by the browser), every leader line, every mark's
 * shape, pill, gap label and lane name on screen. The oracle is the browser's own text layout,
 * not the app's width estimate.
 */
async function measure(
  page: Page,
): Promise<{ labels: Rect[]; others: Rect[]; lines: Line[]; titles: string[] }> {
  return page.evaluate(() => {
    const rect = (el: Element, what: string, owner: string) => {
      const r = el.getBoundingClientRect();
      return { what, owner, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const plot = document.querySelector('.tl-plot rect.tl-bg')!.getBoundingClientRect();
    const visible = (r: { x0: number; x1: number }) => r.x1 > plot.left && r.x0 < plot.right;
    const ownerOf = (el: Element) => el.closest('[data-key]')?.getAttribute('data-key') ?? '';
    const labels = [...document.querySelectorAll('.tl-label')].map((el) =>
      rect(el, `label "${el.textContent}"`, ownerOf(el)),
    );
    const others = [
      ...[...document.querySelectorAll('.tl-mark .tl-shape')].map((el) =>
        rect(el, 'mark', ownerOf(el)),
      ),
      ...[...document.querySelectorAll('.tl-pill')].map((el) => rect(el, 'pill', ownerOf(el))),
      ...[...document.querySelectorAll('.tl-gap text')].map((el) =>
        rect(el, `gap "${el.textContent}"`, ''),
      ),
      ...[...document.querySelectorAll('.tl-lane-labels text')].map((el) =>
        rect(el, `lane "${el.textContent}"`, ''),
      ),
    ];
    // A leader line is a path of straight stretches ("M x,y L x,y …"), one Line each.
    const lines = [...document.querySelectorAll<SVGPathElement>('.tl-leader')].flatMap((el) => {
      const m = el.getScreenCTM()!;
      const numbers = (el.getAttribute('d') ?? '').match(/-?[\d.]+(e-?\d+)?/g)!.map(Number);
      const points: DOMPoint[] = [];
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        points.push(new DOMPoint(numbers[i], numbers[i + 1]).matrixTransform(m));
      }
      return points.slice(1).map((b, i) => {
        const a = points[i]!;
        return { owner: ownerOf(el), ax: a.x, ay: a.y, bx: b.x, by: b.y };
      });
    });
    return {
      labels: labels.filter(visible),
      others: others.filter(visible),
      lines,
      titles: [...document.querySelectorAll('.tl-label')].map((el) => el.textContent ?? ''),
    };
  });
}

const where = (r: Rect) => `${r.what} [${[r.x0, r.y0, r.x1, r.y1].map(Math.round).join(' ')}]`;
const overlap = (a: Rect, b: Rect) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 &&
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;

/** Whether a line passes through a box (sampled every half pixel; its ends may touch it). */
const crosses = (l: Line, r: Rect) => {
  const steps = Math.ceil(Math.hypot(l.bx - l.ax, l.by - l.ay) * 2);
  for (let i = 1; i < steps; i++) {
    const x = l.ax + ((l.bx - l.ax) * i) / steps;
    const y = l.ay + ((l.by - l.ay) * i) / steps;
    if (x > r.x0 + 0.5 && x < r.x1 - 0.5 && y > r.y0 + 0.5 && y < r.y1 - 0.5) return true;
  }
  return false;
};

/**
 * Pairs that share area: a label with another label or with anything that is not its mark, and
 * a leader line with anything but its own mark and label.
 */
function collisions({ labels, others, lines }: { labels: Rect[]; others: Rect[]; lines: Line[] }) {
  const found: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (overlap(a, b)) found.push(`${where(a)} × ${where(b)}`);
    for (const b of others) {
      if (b.owner !== a.owner && overlap(a, b)) found.push(`${where(a)} × ${where(b)}`);
    }
  });
  for (const l of lines) {
    for (const r of [...labels, ...others]) {
      if (r.owner !== l.owner && crosses(l, r)) found.push(`leader of ${l.owner} × ${where(r)}`);
    }
  }
  return found;
}

/** The app at the fitted view, `width` px wide, once it has replaced the prerendered screen. */
async function open(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto('/');
  await appReady(page);
  await expect(timeline(page)).toBeVisible();
}

for (const width of [320, 360, 375, 768, 1024, 1280, 1440, 1760, 1920, 2560]) {
  test(`no label covers another label, a mark, a gap label or a lane name at ${width} px`, async ({
    page,
  }) => {
    await open(page, width);
    await page.screenshot({ path: `test-results/screenshots/labels-${width}.png`, fullPage: true });
    const boxes = await measure(page);
    expect(boxes.labels.length).toBeGreaterThan(0);
    expect(collisions(boxes)).toEqual([]);
  });
}

test('@phone on a phone, no label covers another label, a mark, a gap label or a lane name', async ({
  page,
}) => {
  await page.goto('/');
  await appReady(page);
  await expect(timeline(page)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/labels-phone.png', fullPage: true });
  const boxes = await measure(page);
  expect(boxes.labels.length).toBeGreaterThan(0);
  expect(collisions(boxes)).toEqual([]);
});

const KEY_EVENTS = [/Antalya/, /maternity/, /Istanbul/];
/** The story's headline events, by id. */
const HEADLINES = ['antalya-talks', 'mariupol-maternity-hospital-strike', 'istanbul-talks'];

/** The story's steps' events, from the dataset the app is built from. */
const dataset = JSON.parse(readFileSync('src/generated/dataset.json', 'utf8')) as Dataset;
const STEPS = dataset.story.steps.map((step) => step.event);

/** The keys of the events whose title is written on screen. */
const labelled = async (page: Page) => new Set((await measure(page)).labels.map((l) => l.owner));

for (const width of [360, 768, 1024, 2560]) {
  test(`the headline events are named on the first screen at ${width} px`, async ({ page }) => {
    await open(page, width);
    const owners = await labelled(page);
    for (const id of HEADLINES) expect(owners.has(id), id).toBe(true);
  });
}

// 320 px leaves the chart 288 px; 1920 px, a 1450 px plot beside the filters; 1680 to 1840 px,
// 1210 to 1370 px, where one Statement mark is hemmed in on its lane's last row.
for (const width of [320, 768, 1024, 1440, 1680, 1760, 1840, 1920, 2560]) {
  test(`at ${width} px the first screen names every one of the story’s steps`, async ({ page }) => {
    await open(page, width);
    expect(STEPS.length).toBeGreaterThanOrEqual(10);
    const owners = await labelled(page);
    expect(STEPS.filter((id) => !owners.has(id))).toEqual([]);
  });
}

test('@phone on a phone the first screen names every one of the story’s steps', async ({
  page,
}) => {
  await page.goto('/');
  await appReady(page);
  await expect(timeline(page)).toBeVisible();
  const owners = await labelled(page);
  expect(STEPS.filter((id) => !owners.has(id))).toEqual([]);
});

test('the first screen at 1440 px names the story’s key events', async ({ page }) => {
  await open(page, 1440);
  const { titles } = await measure(page);
  for (const key of KEY_EVENTS) expect(titles.some((t) => key.test(t))).toBe(true);
});

test('@phone the first screen on a phone names the story’s key events', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(timeline(page)).toBeVisible();
  const { titles } = await measure(page);
  for (const key of KEY_EVENTS) expect(titles.some((t) => key.test(t))).toBe(true);
});

test('a selected title is not drawn over its neighbours', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/#/event/antalya-talks');
  await appReady(page);
  await expect(timeline(page)).toBeVisible();
  const boxes = await measure(page);
  expect(collisions(boxes)).toEqual([]);
});

test('true to scale, the first screen shows the main cluster named; a pointer reaches the 2014 event and leads back', async ({
  page,
}) => {
  await open(page, 1440);
  await page.getByRole('radio', { name: 'True to scale' }).check();
  const plot = page.locator('.tl-plot rect.tl-bg');
  // Marks far outside the window are not drawn at all.
  const onScreen = async (name: RegExp) => {
    const option = timeline(page).getByRole('option', { name }).first();
    if ((await option.count()) === 0) return false;
    const [mark, area] = await Promise.all([option.boundingBox(), plot.boundingBox()]);
    return !!mark && !!area && mark.x >= area.x && mark.x + mark.width <= area.x + area.width;
  };
  await expect
    .poll(() => measure(page).then((b) => b.titles.some((t) => /Antalya/.test(t))))
    .toBe(true);
  const boxes = await measure(page);
  for (const key of KEY_EVENTS) expect(boxes.titles.some((t) => key.test(t))).toBe(true);
  expect(collisions(boxes)).toEqual([]);
  expect(await onScreen(/Russia annexes Crimea/)).toBe(false);

  await page.getByRole('button', { name: /1 earlier event \(2014\)/ }).click();
  await expect.poll(() => onScreen(/Russia annexes Crimea/)).toBe(true);
  expect(await onScreen(/Kuleba and Lavrov meet in Antalya/)).toBe(false);

  await page.getByRole('button', { name: /76 later events \(2022\)/ }).click();
  await expect.poll(() => onScreen(/Kuleba and Lavrov meet in Antalya/)).toBe(true);
  await expect(page.getByRole('button', { name: /later events/ })).toHaveCount(0);
});
