import type { Page } from '@playwright/test';
import { appReady, expect, test } from './fixtures';

interface FrameState {
  canvasShown: boolean;
  marksShown: boolean;
  paintedPixels: number;
  /** Where the axis ticks are, with their labels. */
  ticks: string;
  hash: string;
}

/**
 * During a zoom gesture the marks are painted on a canvas and the SVG marks layer is hidden, the
 * axis follows every frame, and the link (the store's window) waits for the gesture's end; then
 * the SVG marks (focus, accessible names) come back at the new zoom and the link has it.
 */
async function zoomByWheel({ page }: { page: Page }) {
  await page.goto('/');
  await appReady(page);
  const listbox = page.getByRole('listbox', { name: 'Timeline' });
  await expect(listbox.getByRole('option').first()).toBeVisible();
  const canvas = page.locator('canvas.tl-canvas');
  await expect(canvas).toBeHidden();
  // d3-zoom loads after the first paint.
  await expect(page.locator('.tl-plot[data-zoom="ready"]')).toHaveCount(1);

  // The first wheel notch starts the gesture: wait for the frame that shows the canvas. Then ten
  // more notches, one every other animation frame, recording what each of those frames shows.
  const { states: frames, hashBefore: unzoomedHash } = await page.evaluate(async () => {
    const plot = document.querySelector('.tl-plot .tl-bg');
    if (!plot) throw new Error('no plot');
    const box = plot.getBoundingClientRect();
    const notch = () =>
      plot.dispatchEvent(
        new WheelEvent('wheel', {
          clientX: box.left + box.width / 2,
          clientY: box.top + box.height / 2,
          deltaY: -120,
          bubbles: true,
          cancelable: true,
        }),
      );
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const canvasEl = () => document.querySelector<HTMLCanvasElement>('canvas.tl-canvas');
    const canvasShown = () => canvasEl()?.checkVisibility() ?? false;
    const state = (): FrameState => {
      const el = canvasEl();
      const layer = document.querySelector('[role="listbox"][aria-label="Timeline"]');
      const pixels = el?.getContext('2d')?.getImageData(0, 0, el.width, el.height);
      let painted = 0;
      const alpha = pixels?.data ?? new Uint8ClampedArray();
      for (let p = 3; p < alpha.length; p += 4) if (alpha[p]) painted++;
      return {
        canvasShown: canvasShown(),
        // A mark in a display:none layer has an empty box.
        marksShown:
          (layer?.querySelector('[role="option"]')?.getBoundingClientRect().width ?? 0) > 0,
        paintedPixels: painted,
        ticks: [...document.querySelectorAll('.tl-axis .tl-tick')]
          .map((t) => `${t.getAttribute('transform')} ${t.textContent}`)
          .join('|'),
        hash: location.hash,
      };
    };
    const hashBefore = location.hash;
    notch();
    // A bound for a failure message only: the canvas normally shows on the next frame or two.
    for (let waited = 0; !canvasShown(); waited++) {
      if (waited > 120) throw new Error('the canvas never showed after the first wheel notch');
      await nextFrame();
    }
    const states: FrameState[] = [];
    for (let i = 0; i < 10; i++) {
      notch();
      await nextFrame();
      await nextFrame();
      states.push(state());
    }
    return { states, hashBefore };
  });

  // Every frame of the gesture is a canvas frame with marks painted on it.
  expect(frames).toHaveLength(10);
  for (const f of frames) {
    expect(f.canvasShown).toBe(true);
    expect(f.marksShown).toBe(false);
    expect(f.paintedPixels).toBeGreaterThan(100);
    expect(f.hash).toBe(unzoomedHash);
  }
  // The axis moves with the frames (each notch zooms in: every frame shows other ticks).
  for (let i = 1; i < frames.length; i++) expect(frames[i]!.ticks).not.toBe(frames[i - 1]!.ticks);

  // The gesture ends: the canvas goes, the SVG marks return at the new zoom (the URL has it).
  await expect(canvas).toBeHidden();
  await expect(listbox.getByRole('option').first()).toBeVisible();
  await expect(page).toHaveURL(/[?&]window=/);
}

test('zooming by wheel paints the marks on a canvas, then restores the SVG marks', zoomByWheel);
test(
  '@phone zooming on a phone paints the marks on a canvas, then restores the SVG marks',
  zoomByWheel,
);

test('a click on a mark is not a gesture: no canvas, the event opens', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  // An event mark (not a "+N" group, which a click expands).
  await page.locator('.tl-mark').first().click();
  await expect(page.locator('canvas.tl-canvas')).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
});

test('a drag across the overview filters by its days; a link’s days move the brush', async ({
  page,
}) => {
  await page.goto('/');
  await appReady(page);
  const overview = page.getByRole('img', { name: /^Overview of all events/ });
  const brush = page.locator('.tl-brush .selection');
  await expect(page.locator('.tl-brush .overlay')).toHaveCount(1);
  // The strip is below the chart, under the fold at 900 px: the mouse reaches only what is shown.
  await overview.scrollIntoViewIfNeeded();
  const box = await overview.boundingBox();
  if (!box) throw new Error('no overview strip');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.6, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.8, y, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL((u) => /[?&]from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/.test(u.hash));
  const width = Number(await brush.getAttribute('width'));
  expect(width).toBeGreaterThan(box.width * 0.15);

  // A link with other days: the brush follows without reporting back (the link stays).
  await page.goto('/#/?from=2022-03-10&to=2022-03-10');
  await expect(brush).toHaveAttribute('width', /\d/);
  const narrow = Number(await brush.getAttribute('width'));
  expect(narrow).toBeGreaterThan(0);
  expect(narrow).toBeLessThan(width);
  await expect(page).toHaveURL((u) => u.hash === '#/?from=2022-03-10&to=2022-03-10');
});
