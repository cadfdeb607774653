import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, hashOf, screenshotPath, test, timeline } from './fixtures';

// The map: lazy-loaded, places filter, hover and selection linked with the timeline, zoom and
// pan by wheel, drag, buttons and keys, its view in the URL, every place reachable.

const summary = (page: Page) => page.locator('.result-summary');
const places = (page: Page) => page.getByRole('list', { name: 'Places on the map' });
const drawing = (page: Page) => page.locator('.map-svg');
/** The map's camera from the URL: [lat, lon, zoom], or the string `open` (fitted), or null. */
const mapParam = (page: Page) => {
  const value = new URLSearchParams(hashOf(page).split('?')[1] ?? '').get('map');
  if (value === null || value === 'open') return value;
  return value.split(',').map(Number);
};
const CAMERA = /[?&]map=-?[\d.]+,-?[\d.]+,[\d.]+(&|$)/;
/** The map once d3-zoom is attached (it arrives just after the first paint). */
async function openMap(page: Page, link = '/#/?map=open') {
  await page.goto(link);
  await expect(drawing(page)).toHaveAttribute('data-zoom', 'ready');
}
/** True when the centre of `mark` lies inside the drawing's box on screen. */
async function inFrame(page: Page, mark: Locator) {
  const frame = await drawing(page).boundingBox();
  const box = await mark.boundingBox();
  if (!frame || !box) return false;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  return x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height;
}

test('the map loads only when opened, and a place filters the events', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  expect(requested.filter((p) => p.includes('MapPanel'))).toEqual([]);

  await page.getByRole('button', { name: 'Map', exact: true }).click();
  const map = page.getByRole('region', { name: 'Places' });
  await expect(map.getByRole('img', { name: /^Map of \d+ places/ })).toBeVisible();
  expect(requested.some((p) => p.includes('MapPanel'))).toBe(true);
  await expect(page).toHaveURL((u) => u.hash === '#/?map=open');
  // Cities are pins, countries and regions dashed halos (approximate).
  await expect(map.locator('.map-place.is-exact[data-place="antalya"]')).toBeVisible();
  await expect(map.locator('.map-place.is-approx[data-place="ukraine"]')).toBeVisible();

  await places(page)
    .getByRole('button', { name: /^Antalya\W+city: \d+ events?/ })
    .click();
  await expect(places(page).getByRole('button', { name: /^Antalya/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The map stays where it was (its view is pinned in the link) rather than refitting.
  await expect(page).toHaveURL((u) => u.hash.startsWith('#/?place=antalya&map='));
  expect(hashOf(page)).toMatch(CAMERA);
  await expect(summary(page)).toHaveText(/^Showing \d+ of 77 events$/);
  const pinned = mapParam(page);

  // Clicking the pin on the drawing toggles the same filter off; the map still does not move.
  const antalya = map.locator('.map-place[data-place="antalya"] .map-mark');
  expect(await inFrame(page, antalya)).toBe(true);
  await antalya.click();
  await expect(summary(page)).toHaveText('All 77 events');
  expect(mapParam(page)).toEqual(pinned);

  const axe = await new AxeBuilder({ page }).include('.map-panel').analyze();
  expect(axe.violations).toEqual([]);
});

test('map zoom and its URL: wheel and drag, a reload and Back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(drawing(page)).toHaveAttribute('data-zoom', 'ready');
  const box = (await drawing(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect(page).toHaveURL((u) => CAMERA.test(u.hash));
  const [, , zoomed] = mapParam(page) as number[];
  expect(zoomed).toBeGreaterThan(3);

  // A drag to the left moves the view east.
  const before = mapParam(page) as number[];
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => (mapParam(page) as number[])[1]).toBeGreaterThan(before[1]!);

  // Reload: the same view, the map open.
  const link = hashOf(page);
  await page.reload();
  await expect(drawing(page)).toBeVisible();
  expect(hashOf(page)).toBe(link);
  await expect(page.getByRole('button', { name: 'Map', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Zoom and pan replaced the entry opening the map pushed: Back closes the map.
  await page.goBack();
  await expect(page).toHaveURL((u) => u.hash === '#/' || u.hash === '');
  await expect(drawing(page)).toHaveCount(0);
});

test('keyboard zoom and pan, the buttons, and a cluster opening', async ({ page }) => {
  await openMap(page);
  const frame = page.getByRole('application', { name: /^Map/ });
  await frame.focus();
  await page.keyboard.press('+');
  await expect(page).toHaveURL((u) => CAMERA.test(u.hash));
  const [, , z1] = mapParam(page) as number[];
  await page.keyboard.press('+');
  await expect.poll(() => (mapParam(page) as number[])[2]).toBeCloseTo(z1! + 1, 1);
  const [lat, lon] = mapParam(page) as number[];
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => (mapParam(page) as number[])[1]).toBeGreaterThan(lon!);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => (mapParam(page) as number[])[0]).toBeGreaterThan(lat!);
  await page.keyboard.press('0');
  await expect(page).toHaveURL((u) => u.hash === '#/?map=open');

  await page.getByRole('button', { name: 'Zoom the map out' }).click();
  await expect(page).toHaveURL((u) => CAMERA.test(u.hash));
  await page.getByRole('button', { name: 'Show all places' }).click();
  await expect(page).toHaveURL((u) => u.hash === '#/?map=open');

  // Overlapping places are one numbered cluster; a click zooms in until they part.
  const cluster = page.locator('.map-place.is-cluster.is-exact').first();
  const ids = (await cluster.getAttribute('data-places'))!.split(' ');
  expect(ids.length).toBeGreaterThan(1);
  await cluster.click();
  await expect(page).toHaveURL((u) => CAMERA.test(u.hash));
  for (const id of ids) {
    await expect(page.locator(`.map-place[data-place="${id}"]`)).toHaveCount(1);
  }
});

test('every place with coordinates is reachable: the United States by its edge pointer', async ({
  page,
}) => {
  await openMap(page);
  const us = page.locator('.map-place[data-place="united-states"]');
  // The fit shows the story's cities; the United States lies to the west of it.
  expect(await us.count()).toBe(0);
  await page.getByRole('button', { name: /^Show United States.*off the map to the west/ }).click();
  await expect(us).toHaveCount(1);
  expect(await inFrame(page, us.locator('.map-mark'))).toBe(true);
  // Everything listed is now a pin, a halo or in a cluster on the drawing, or pointed to.
  const listed = await places(page).getByRole('button').count();
  const drawn = await page
    .locator('.map-place')
    .evaluateAll((els) =>
      els.reduce(
        (n, el) =>
          n +
          (el.getAttribute('data-places') ?? el.getAttribute('data-place') ?? '').split(' ').length,
        0,
      ),
    );
  const pointed = await page
    .locator('.map-pointer')
    .evaluateAll((els) =>
      els.reduce(
        (n, el) => n + Number(/(\d+) places?/.exec(el.getAttribute('aria-label') ?? '')?.[1] ?? 0),
        0,
      ),
    );
  expect(drawn + pointed).toBe(listed);
});

test('a bad map view in a link gives a notice and the fitted map', async ({ page }) => {
  await page.goto('/#/?map=somewhere,else');
  await expect(page.getByText(/map view “somewhere,else” was not understood/)).toBeVisible();
  await expect(drawing(page)).toBeVisible();
  await expect(page).toHaveURL((u) => u.hash === '#/?map=open');
});

test("the map's places follow the timeline's visible window", async ({ page }) => {
  await openMap(page, '/#/?window=2022-03-29T00:00Z~2022-03-30T00:00Z&map=open');
  // The Istanbul talks are in view; Antalya's events (10 March) are not.
  await expect(page.locator('.map-place[data-place="istanbul"]')).not.toHaveClass(/is-outside/);
  await expect(page.locator('.map-place[data-place="antalya"]')).toHaveClass(/is-outside/);
  await expect(
    places(page).getByRole('button', { name: /^Antalya.*0 in the timeline’s view/ }),
  ).toBeVisible();
});

test('selection and hover are linked both ways with the timeline', async ({ page }) => {
  await openMap(page, '/#/event/antalya-talks?map=open');
  const map = page.getByRole('region', { name: 'Places' });
  // The selected event's place is highlighted on the map and in the list.
  await expect(map.locator('.map-place[data-place="antalya"]')).toHaveClass(/is-selected/);
  await expect(places(page).getByRole('button', { name: /^Antalya/ })).toHaveClass(/is-selected/);

  // Hovering a place lights its events on the timeline.
  await places(page)
    .getByRole('button', { name: /^Antalya/ })
    .hover();
  await expect(timeline(page).locator('.tl-mark.is-linked').first()).toBeVisible();
  await expect(
    timeline(page).locator('.tl-mark.is-linked[data-key="antalya-talks"]'),
  ).toBeAttached();

  // Hovering an event on the timeline lights its places on the map.
  await page.mouse.move(0, 0);
  await expect(timeline(page).locator('.tl-mark.is-linked')).toHaveCount(0);
  await timeline(page)
    .getByRole('option', { name: /Kuleba and Lavrov meet in Antalya/ })
    .hover();
  await expect(map.locator('.map-place[data-place="antalya"]')).toHaveClass(/is-hovered/);
});

test('map screenshot for the README', async ({ page }) => {
  await openMap(page, '/#/event/antalya-talks?map=open');
  await page
    .getByRole('region', { name: 'Places' })
    .screenshot({ path: screenshotPath('map.png') });
});

/** Every label's font size and box on screen, and whether any two overlap. */
/** The labels' sizes, and how many pairs overlap each other or lie under an edge button. */
async function measureLabels(page: Page) {
  return page.locator('.map-label').evaluateAll((els) => {
    const boxes = els.map((el) => el.getBoundingClientRect());
    const sizes = els.map((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    const pointers = [...document.querySelectorAll('.map-pointer')].map((el) =>
      el.getBoundingClientRect(),
    );
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) if (meet(boxes[i]!, boxes[j]!)) overlaps++;
    }
    const covered = boxes.filter((b) => pointers.some((p) => meet(b, p))).length;
    return { count: els.length, sizes, heights: boxes.map((b) => b.height), overlaps, covered };
  });
}

test('labels are at least 11 px, never overlap and never sit under an edge button, at every width', async ({
  page,
}) => {
  test.slow(); // ten layouts
  for (const link of ['/#/?map=open', '/#/event/antalya-talks?map=open']) {
    for (const width of [320, 768, 1024, 1440, 2560]) {
      await page.setViewportSize({ width, height: 900 });
      await openMap(page, link);
      const labels = await measureLabels(page);
      const at = `at ${width}px (${link})`;
      expect(labels.count, `labels ${at}`).toBeGreaterThan(2);
      expect(Math.min(...labels.sizes), `font ${at}`).toBeGreaterThanOrEqual(11);
      expect(Math.min(...labels.heights), `box ${at}`).toBeGreaterThanOrEqual(11);
      expect(labels.overlaps, `overlaps ${at}`).toBe(0);
      expect(labels.covered, `labels under an edge button ${at}`).toBe(0);
    }
  }
});

test('@phone the map works by touch, its labels readable, the places as buttons', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Map', exact: true }).tap();
  await expect(drawing(page)).toHaveAttribute('data-zoom', 'ready');
  const labels = await measureLabels(page);
  expect(labels.count).toBeGreaterThan(2);
  expect(Math.min(...labels.sizes)).toBeGreaterThanOrEqual(11);
  expect(Math.min(...labels.heights)).toBeGreaterThanOrEqual(11);
  expect(labels.overlaps).toBe(0);
  expect(labels.covered).toBe(0);

  await page.getByRole('button', { name: 'Zoom the map in' }).tap();
  await expect(page).toHaveURL((u) => CAMERA.test(u.hash));
  await places(page).getByRole('button', { name: /^Kyiv/ }).tap();
  await expect(page).toHaveURL((u) => u.hash.startsWith('#/?place=kyiv&map='));
  await expect(summary(page)).toHaveText(/^Showing \d+ of 77 events$/);
  const axe = await new AxeBuilder({ page }).include('.map-panel').analyze();
  expect(axe.violations).toEqual([]);
});

test('the map and its places pass axe in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openMap(page, '/#/event/mariupol-siege-begins?place=mariupol&map=open');
  const axe = await new AxeBuilder({ page }).include('.map-panel').analyze();
  expect(axe.violations).toEqual([]);
});

test('in the list layout, hover is linked with the map too', async ({ page }) => {
  await openMap(page, '/#/?layout=list&map=open');
  await places(page)
    .getByRole('button', { name: /^Antalya/ })
    .hover();
  await expect(page.locator('a.event-row.is-linked[data-event="antalya-talks"]')).toBeVisible();
  await page.mouse.move(0, 0);
  await page.getByRole('link', { name: /Kuleba and Lavrov meet in Antalya/ }).hover();
  await expect(page.locator('.map-place[data-place="antalya"]')).toHaveClass(/is-hovered/);
});
