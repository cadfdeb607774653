import type { Page } from '@playwright/test';
import { appReady, detail, expect, hashOf, test, timeline } from './fixtures';

// Opening an event's details narrows the timeline (the details column): the zoom is kept and the
// window shows less time. Closing them, or going Back, shows again the exact window the reader
// had before.

const windowOf = (hash: string) => new URLSearchParams(hash.split('?')[1] ?? '').get('window');

/** The window in the address once it holds still (zoom and resize write it a moment later). */
async function settledWindow(page: Page): Promise<string | null> {
  let last: string | null | undefined;
  await expect
    .poll(
      () => {
        const now = windowOf(hashOf(page));
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [300] },
    )
    .toBe(true);
  return last ?? null;
}

for (const width of [1440, 1024]) {
  test(`at ${width} px, closing an event's details or going Back restores the exact window`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await appReady(page);
    // Each zoom writes its window a moment later: wait for the second one before reading it.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => windowOf(hashOf(page))).not.toBeNull();
    const once = windowOf(hashOf(page));
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => windowOf(hashOf(page))).not.toBe(once);
    const before = await settledWindow(page);

    const open = async () => {
      await timeline(page)
        .getByRole('option', { name: /Kuleba and Lavrov meet in Antalya/ })
        .click();
      await expect(detail(page)).toBeVisible();
      await expect.poll(() => hashOf(page)).toContain('event/antalya-talks');
    };
    await open();
    await detail(page).getByRole('button', { name: 'Close event details' }).click();
    await expect(detail(page)).toBeHidden();
    await expect.poll(() => windowOf(hashOf(page))).toBe(before);

    await open();
    // The narrower chart's window is written a moment after the details show.
    await expect.poll(() => windowOf(hashOf(page))).not.toBe(before);
    const opened = await settledWindow(page);
    await page.goBack();
    await expect(detail(page)).toBeHidden();
    await expect.poll(() => windowOf(hashOf(page))).toBe(before);
    // Forward again: the details, and the window they were shown with.
    await page.goForward();
    await expect(detail(page)).toBeVisible();
    await expect.poll(() => windowOf(hashOf(page))).toBe(opened);
  });
}
