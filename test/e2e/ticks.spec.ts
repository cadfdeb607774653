import type { Page } from '@playwright/test';
import { appReady, expect, test, timeline } from './fixtures';

// The time axis's date labels never overlap: measured on the browser's own text layout of the
// built app (the axis spaces labels by an estimate of their width; this is the check on it),
// at widths from a phone to a wide screen, on both scales, fitted and zoomed in.

interface TickBox {
  text: string;
  x0: number;
  x1: number;
}

/** The axis's tick labels inside the plot, left to right, as the browser laid them out. */
async function tickBoxes(page: Page): Promise<TickBox[]> {
  return page.evaluate(() => {
    const plot = document.querySelector('.tl-plot rect.tl-bg')!.getBoundingClientRect();
    return [...document.querySelectorAll('.tl-axis .tl-tick text')]
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', x0: r.left, x1: r.right };
      })
      .filter((b) => b.x1 > plot.left && b.x0 < plot.right)
      .sort((a, b) => a.x0 - b.x0);
  });
}

/** Labels that run past either end of the plot (half a pixel of antialiasing allowed). */
async function outside(page: Page, boxes: TickBox[]): Promise<string[]> {
  const plot = await page.locator('.tl-plot rect.tl-bg').boundingBox();
  const [left, right] = [plot!.x, plot!.x + plot!.width];
  return boxes
    .filter((b) => b.x0 < left - 0.5 || b.x1 > right + 0.5)
    .map((b) => `"${b.text}" [${Math.round(b.x0)}–${Math.round(b.x1)}] in [${left}–${right}]`);
}

/** Neighbouring labels that share any width (half a pixel of antialiasing allowed). */
function overlaps(boxes: TickBox[]): string[] {
  const found: string[] = [];
  for (let i = 1; i < boxes.length; i++) {
    const [a, b] = [boxes[i - 1]!, boxes[i]!];
    if (a.x1 - b.x0 > 0.5) {
      found.push(
        `"${a.text}" [${Math.round(a.x0)}–${Math.round(a.x1)}] × "${b.text}" [${Math.round(b.x0)}–${Math.round(b.x1)}]`,
      );
    }
  }
  return found;
}

async function open(page: Page, width: number, hash: string) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`/${hash}`);
  await appReady(page);
  await expect(timeline(page)).toBeVisible();
  await expect(page.locator('.tl-axis .tl-tick text').first()).toBeVisible();
}

for (const [scale, hash] of [
  ['gaps shortened', ''],
  ['true to scale', '#/?scale=linear'],
] as const) {
  for (const width of [320, 390, 768, 1024, 1440, 1920, 2560]) {
    test(`axis labels never overlap at ${width} px, ${scale}, fitted and zoomed in`, async ({
      page,
    }) => {
      await open(page, width, hash);
      const fitted = await tickBoxes(page);
      expect(fitted.length).toBeGreaterThan(1);
      expect(overlaps(fitted)).toEqual([]);
      expect(await outside(page, fitted)).toEqual([]);
      // Three steps in: the ticks change unit (months → weeks → days).
      for (let step = 1; step <= 3; step++) {
        await page.getByRole('button', { name: 'Zoom in' }).click();
        await expect(page).toHaveURL((url) => url.hash.includes('window='));
        await expect.poll(async () => overlaps(await tickBoxes(page))).toEqual([]);
        expect(await outside(page, await tickBoxes(page))).toEqual([]);
        expect((await tickBoxes(page)).length).toBeGreaterThan(0);
      }
    });
  }
}

test('@phone on a phone, axis labels never overlap', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(timeline(page)).toBeVisible();
  await expect(page.locator('.tl-axis .tl-tick text').first()).toBeVisible();
  const boxes = await tickBoxes(page);
  expect(boxes.length).toBeGreaterThan(1);
  expect(overlaps(boxes)).toEqual([]);
  expect(await outside(page, boxes)).toEqual([]);
});
