import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Dataset } from '../../src/domain/types';
import { detail, expect, hashOf, screenshotPath, test, timeline } from './fixtures';

// The guided story: "Follow the story" on the first screen, Previous/Next by button, arrow key
// and swipe, each step's own link (reload, a fresh browser), back, leaving, a bad step.

const dataset = JSON.parse(readFileSync('src/generated/dataset.json', 'utf8')) as Dataset;
const steps = dataset.story.steps;
const titleOf = (at: number) => dataset.events.find((e) => e.id === steps[at]?.event)?.title;
const eventOf = (at: number) => dataset.events.find((e) => e.id === steps[at]?.event)!;

const card = (page: Page) => page.getByRole('region', { name: /^The story/ });
const stepPath = (page: Page) => hashOf(page).split('?')[0];

/** The step on screen: its progress, the editor's caption and its event's details. */
async function expectStep(page: Page, at: number) {
  await expect(card(page)).toHaveAccessibleName(`The story ${at + 1} of ${steps.length}`);
  await expect(card(page).locator('.story-text')).toHaveText(steps[at]!.caption);
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(titleOf(at)!);
  // Its sources: every quote of the event, each with its outlet line.
  await expect(detail(page).locator('.evidence-quote')).toHaveCount(eventOf(at).evidence.length);
  await expect.poll(() => stepPath(page)).toBe(`#/story/${at + 1}`);
}

/** The step's event is framed: the window written to the link holds its day. */
async function expectFramed(page: Page, at: number) {
  const day = Date.parse(`${eventOf(at).date}T00:00Z`);
  await expect
    .poll(() => {
      const window = new URLSearchParams(hashOf(page).split('?')[1] ?? '').get('window');
      const [a, b] = (window ?? '~').split('~').map((t) => Date.parse(t));
      return a! < day && b! > day + 86_400_000;
    })
    .toBe(true);
  await expect(timeline(page).locator('[aria-selected="true"]')).toBeInViewport();
}

test('follow the story: start, next and previous by button and key, back, reload, leave', async ({
  page,
}) => {
  expect(steps.length).toBeGreaterThan(2);
  await page.goto('/');
  await expect(page.getByText(/select any event to read what each source says/i)).toBeVisible();
  await page.getByRole('button', { name: `Follow the story (${steps.length} steps)` }).click();
  await expectStep(page, 0);
  await expectFramed(page, 0);
  await expect(card(page).getByRole('button', { name: /Previous/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  );

  await card(page).getByRole('button', { name: /Next/ }).click();
  await expectStep(page, 1);
  await expectFramed(page, 1);
  await card(page)
    .getByRole('button', { name: /Previous/ })
    .click();
  await expectStep(page, 0);

  // The arrow keys, wherever focus is (here on the Previous button).
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 1);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 2);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 1);
  await page.screenshot({ path: screenshotPath('story.png') });

  // Back goes to the step before; reload keeps the step.
  await page.goBack();
  await expectStep(page, 2);
  await page.reload();
  await expectStep(page, 2);
  await expectFramed(page, 2);

  // Leaving keeps the reader where they are: the event, the window; the story is offered again.
  const window = new URLSearchParams(hashOf(page).split('?')[1]).get('window');
  await card(page).getByRole('button', { name: 'Leave the story' }).click();
  await expect(card(page)).toBeHidden();
  await expect.poll(() => stepPath(page)).toBe(`#/event/${steps[2]!.event}`);
  expect(new URLSearchParams(hashOf(page).split('?')[1]).get('window')).toBe(window);
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(titleOf(2)!);
  await expect(page.getByRole('button', { name: /Follow the story/ })).toBeVisible();
});

test('a step’s link opens it in a fresh browser; a bad step gives a notice', async ({
  browser,
  baseURL,
}) => {
  const last = steps.length - 1;
  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`/#/story/${last + 1}`);
  await expectStep(page, last);
  await expectFramed(page, last);
  await expect(card(page).getByRole('button', { name: /The end/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  );

  // A hand-edited hash, as a reader might type it.
  await page.goto(`/#/story/${steps.length + 1}`);
  await expect(page.getByText(`The story has no step “${steps.length + 1}”`)).toBeVisible();
  await expect(card(page)).toBeHidden();
  await expect(page.getByRole('button', { name: /Follow the story/ })).toBeVisible();
  expect(hashOf(page)).toBe('#/');
  await context.close();
});

/** A finger dragged sideways across `target` (Chromium's touch input, so real pointer events). */
async function swipe(page: Page, target: Locator, direction: 'left' | 'right') {
  // Where the target has come to rest (a new step scrolls its card into view).
  let box = await target.boundingBox();
  await expect
    .poll(async () => {
      const before = box;
      box = await target.boundingBox();
      return box !== null && JSON.stringify(box) === JSON.stringify(before);
    })
    .toBe(true);
  if (!box) throw new Error('nothing to swipe');
  const y = box.y + box.height / 2;
  const [from, to] =
    direction === 'left'
      ? [box.x + box.width * 0.85, box.x + box.width * 0.15]
      : [box.x + box.width * 0.15, box.x + box.width * 0.85];
  // Timed like a finger: 16 ms between samples, resting at the end so that no fling follows
  // (a fling would swallow the next tap).
  const cdp = await page.context().newCDPSession(page);
  const t0 = Date.now() / 1000;
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', i: number, x: number | null) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: x === null ? [] : [{ x, y }],
      timestamp: t0 + i * 0.016,
    });
  await touch('touchStart', 0, from);
  for (let i = 1; i <= 12; i++)
    await touch('touchMove', i, from + (to - from) * Math.min(1, i / 6));
  await touch('touchEnd', 13, null);
  await cdp.detach();
}

test('@phone the story by touch: tap to start, swipe to the next and back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Follow the story/ }).tap();
  await expectStep(page, 0);
  const caption = card(page).locator('.story-caption');
  await expect(caption).toBeInViewport();
  await swipe(page, caption, 'left');
  await expectStep(page, 1);
  await swipe(page, caption, 'left');
  await expectStep(page, 2);
  await swipe(page, caption, 'right');
  await expectStep(page, 1);
  await card(page).getByRole('button', { name: /Next/ }).tap();
  await expectStep(page, 2);
  await page.screenshot({ path: screenshotPath('story-phone.png') });
  await card(page).getByRole('button', { name: 'Leave the story' }).tap();
  await expect(card(page)).toBeHidden();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(titleOf(2)!);
});
