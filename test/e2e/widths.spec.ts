import type { Page } from '@playwright/test';
import { detail, expect, hashOf, screenshotPath, test, timeline } from './fixtures';

// Every width: an opened event's details, and compared sources, are where the reader can see
// them; open sources are part of the link, so Back closes them and a link reopens them.

const sources = (page: Page) => page.getByRole('region', { name: 'Sources', exact: true });
const historyLength = (page: Page) => page.evaluate(() => window.history.length);

for (const [width, height] of [
  [320, 640],
  [768, 1024],
  [1024, 768],
  [1440, 900],
  [2560, 1440],
] as const) {
  test(`at ${width} px an event opened on the timeline shows its details on screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await timeline(page)
      .getByRole('option', { name: /^Kuleba and Lavrov meet in Antalya/ })
      .click();
    const title = detail(page).getByRole('heading', { level: 2 });
    await expect(title).toHaveText('Kuleba and Lavrov meet in Antalya');
    await expect(title).toBeInViewport({ ratio: 1 });
    // The selected mark stays on screen beside (or above) the details.
    await expect(
      timeline(page).getByRole('option', { name: /^Kuleba and Lavrov meet in Antalya/ }),
    ).toBeInViewport();
    await page.screenshot({ path: screenshotPath(`width-${width}.png`) });
  });
}

test('at 1024 px an event opened far down the list shows its details on screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/#/?layout=list');
  const row = page.locator('a.event-row').last();
  await row.scrollIntoViewIfNeeded();
  await row.click();
  const title = detail(page).getByRole('heading', { level: 2 });
  await expect(title).toHaveText((await row.locator('.event-row-title').textContent()) ?? '');
  await expect(title).toBeInViewport({ ratio: 1 });
});

test('compared sources come into view, none cut off, the others a pager away', async ({ page }) => {
  await page.goto('/#/event/antalya-talks');
  await detail(page).getByRole('button', { name: 'Compare all 3 side by side' }).click();
  const heading = page.getByRole('heading', { name: /^Reading 3 sources/ });
  await expect(heading).toBeInViewport();
  await expect(heading).toBeFocused();
  await expect.poll(() => hashOf(page)).toMatch(/\?read=[^&]+,[^&]+,[^&]+$/);

  // Each panel is either wholly inside the row or wholly outside it: none is cut.
  const row = sources(page).locator('.source-panels-row');
  const panels = sources(page).locator('section.source-panel');
  await expect(panels).toHaveCount(3);
  const cut = async () => {
    const r = await row.boundingBox();
    const boxes = await Promise.all([0, 1, 2].map((i) => panels.nth(i).boundingBox()));
    return boxes.filter((b) => {
      if (!r || !b) return true;
      const inside = b.x >= r.x - 1 && b.x + b.width <= r.x + r.width + 1;
      const outside = b.x + b.width <= r.x + 1 || b.x >= r.x + r.width - 1;
      return !inside && !outside;
    }).length;
  };
  expect(await cut()).toBe(0);

  const pager = sources(page).getByRole('navigation', { name: 'Open sources' });
  const shown = await sources(page)
    .locator('section.source-panel')
    .evaluateAll((els) => {
      const box = els[0]?.parentElement?.getBoundingClientRect();
      return els.filter((e) => {
        const b = e.getBoundingClientRect();
        return box !== undefined && b.left >= box.left - 1 && b.right <= box.right + 1;
      }).length;
    });
  if (shown < 3) {
    // Not all fit: the pager names every source and moves to the last one.
    await expect(pager.getByRole('button', { name: /^Source \d of 3/ })).toHaveCount(3);
    await pager.getByRole('button', { name: /^Source 3 of 3/ }).click();
    await expect(pager.getByRole('button', { name: /^Source 3 of 3/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(panels.nth(2)).toBeInViewport({ ratio: 0.3 });
    await expect.poll(cut).toBe(0);
    await expect(pager.getByRole('button', { name: 'Next source' })).toBeDisabled();
  } else {
    await expect(pager).toHaveCount(0);
  }
});

test('open sources are in the link: Back closes them, a shared link reopens them', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await timeline(page)
    .getByRole('option', { name: /^Kuleba and Lavrov meet in Antalya/ })
    .click();
  await expect.poll(() => hashOf(page)).toBe('#/event/antalya-talks');
  await detail(page)
    .getByRole('button', { name: /^Read in source/ })
    .first()
    .click();
  await expect(sources(page).locator('section.source-panel')).toHaveCount(1);
  await expect.poll(() => hashOf(page)).toMatch(/^#\/event\/antalya-talks\?read=[^,&]+$/);
  const link = page.url();

  const other = await context.newPage();
  await other.goto(link);
  await expect(sources(other).locator('section.source-panel')).toHaveCount(1);
  await expect(detail(other).getByRole('heading', { level: 2 })).toHaveText(
    'Kuleba and Lavrov meet in Antalya',
  );
  await other.close();

  await page.goBack();
  await expect(sources(page)).toBeHidden();
  await expect(detail(page).getByRole('heading', { level: 2 })).toBeVisible();
  await expect.poll(() => hashOf(page)).toBe('#/event/antalya-talks');
  await page.goForward();
  await expect(sources(page).locator('section.source-panel')).toHaveCount(1);
});

test('six arrow-key steps through the timeline are one history entry', async ({ page }) => {
  await page.goto('/');
  // A click selects (an entry of its own); the arrow keys then step on from it.
  await timeline(page)
    .getByRole('option', { name: /^Kuleba and Lavrov meet in Antalya/ })
    .click();
  await expect.poll(() => hashOf(page)).toBe('#/event/antalya-talks');
  const start = await historyLength(page);
  const seen = new Set(['#/event/antalya-talks']);
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => seen.has(hashOf(page))).toBe(false);
    seen.add(hashOf(page));
  }
  expect(seen.size).toBe(7);
  expect(await historyLength(page)).toBe(start + 1);
  // Back leaves the run for the event it started from.
  await page.goBack();
  await expect.poll(() => hashOf(page)).toBe('#/event/antalya-talks');
});

test('@phone compared sources say how many there are; Back closes the sheet on top first', async ({
  page,
}) => {
  await page.goto('/');
  await timeline(page)
    .getByRole('option', { name: /^Kuleba and Lavrov meet in Antalya/ })
    .tap();
  await expect(detail(page).getByRole('heading', { level: 2 })).toBeInViewport();
  const compare = detail(page).getByRole('button', { name: 'Compare all 3 side by side' });
  await compare.scrollIntoViewIfNeeded();
  await compare.tap();
  await expect(
    page.getByRole('heading', { name: /^Reading 3 sources, 1 of 3 shown/ }),
  ).toBeVisible();
  const pager = sources(page).getByRole('navigation', { name: 'Open sources' });
  await pager.getByRole('button', { name: 'Next source' }).tap();
  await expect(
    page.getByRole('heading', { name: /^Reading 3 sources, 2 of 3 shown/ }),
  ).toBeVisible();
  await expect(sources(page).locator('section.source-panel').nth(1)).toBeInViewport({ ratio: 0.5 });
  await page.screenshot({ path: screenshotPath('phone-sources.png') });

  // Back: the sources sheet closes, the event's sheet stays; Back again closes it.
  await page.goBack();
  await expect(sources(page)).toBeHidden();
  await expect(detail(page)).toBeInViewport();
  await page.goBack();
  await expect(detail(page)).toBeHidden();
  await expect(page).toHaveURL((url) => ['', '#/'].includes(url.hash));
});
