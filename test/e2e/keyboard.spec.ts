import type { Locator, Page } from '@playwright/test';
import { appReady, detail, expect, hashOf, test, timeline } from './fixtures';

// The keyboard-only journey: no mouse, no locator.click(); every step is a key press.

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, { back = false, limit = 80 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`focus never reached ${target.toString()} in ${limit} presses`);
}

/**
 * The focused element shows a focus indicator: an outline, a box-shadow ring, or (timeline marks)
 * a ring stroked on the mark's hit area.
 */
async function expectVisibleFocus(page: Page) {
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | SVGElement | null;
    if (!el) return null;
    const s = getComputedStyle(el);
    const ring = el.querySelector('.tl-hit, .tl-pill');
    const r = ring ? getComputedStyle(ring) : null;
    return {
      outline: s.outlineStyle,
      width: s.outlineWidth,
      shadow: s.boxShadow,
      ring: r && r.stroke !== 'none' && r.strokeWidth !== '0px' ? r.stroke : 'none',
    };
  });
  expect(style).not.toBeNull();
  const outlined = style?.outline !== 'none' && style?.width !== '0px';
  const ringed = (style?.shadow ?? 'none') !== 'none' || style?.ring !== 'none';
  expect(outlined || ringed, JSON.stringify(style)).toBe(true);
}

const selectedDate = async (page: Page) => {
  const name = await timeline(page)
    .getByRole('option', { selected: true })
    .getAttribute('aria-label');
  // The name ends with the date as known: a day, "about" a day, a month or a year.
  const match = name?.match(/, (?:about )?(\d{1,2} \w{3} \d{4}|\w{3} \d{4}|\d{4})$/);
  if (!match?.[1]) return NaN;
  const parts = match[1].split(' ');
  return Date.parse(`${['1', 'Jan'].slice(0, 3 - parts.length).join(' ')} ${match[1]} UTC`);
};

test('keyboard only: skip link, timeline in time order, details, sources, filters, list', async ({
  page,
}) => {
  // Hundreds of key presses, each a round trip to the browser: more time than one click journey.
  test.setTimeout(120_000);
  await page.goto('/');
  await appReady(page);
  await expect(timeline(page).getByRole('option').first()).toBeVisible();

  // The first Tab reaches the skip link, which jumps to the events.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to events' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // Into the timeline; arrow keys walk the events in time order and open each one.
  const firstMark = timeline(page).locator('[role="option"][tabindex="0"]').first();
  await tabTo(page, firstMark);
  await expectVisibleFocus(page);
  await page.keyboard.press('Home');
  await expect(detail(page).getByRole('heading', { level: 2 })).toBeVisible();
  let previous = await selectedDate(page);
  expect(previous).not.toBeNaN();
  const titles = new Set<string>();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hashOf(page)).toMatch(/^#\/event\//);
    titles.add((await detail(page).getByRole('heading', { level: 2 }).textContent()) ?? '');
    const date = await selectedDate(page);
    expect(date).toBeGreaterThanOrEqual(previous);
    previous = date;
  }
  expect(titles.size).toBe(6);
  await expectVisibleFocus(page);

  // Escape closes the details.
  await page.keyboard.press('Escape');
  await expect(detail(page)).toBeHidden();
  await expect.poll(() => hashOf(page)).not.toMatch(/^#\/event\//);

  // Filters: search the actors, tick one with Space.
  const search = page.getByRole('searchbox', { name: 'Search actors' });
  await tabTo(page, search, { back: true, limit: 250 });
  await page.keyboard.type('Lavrov');
  const lavrov = page.getByRole('checkbox', { name: /^Sergey Lavrov/ });
  await tabTo(page, lavrov);
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(lavrov).toBeChecked();
  await expect.poll(() => hashOf(page)).toBe('#/?actor=sergey-lavrov');

  // The list view, the accessible equivalent: arrows move, Enter opens.
  const listButton = page.getByRole('button', { name: 'List', exact: true });
  await tabTo(page, listButton, { back: true });
  await page.keyboard.press('Enter');
  await expect(listButton).toHaveAttribute('aria-pressed', 'true');
  const rows = page.locator('a.event-row');
  await tabTo(page, rows.first());
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(
    (await rows.nth(1).locator('.event-row-title').textContent()) ?? '',
  );

  // From the details, read a source, then close it and the details with Escape.
  const read = detail(page)
    .getByRole('button', { name: /^Read in source/ })
    .first();
  await tabTo(page, read);
  await page.keyboard.press('Enter');
  const sources = page.getByRole('region', { name: 'Sources', exact: true });
  await expect(sources.locator('mark[data-focus="true"]')).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(sources).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(detail(page)).toBeHidden();

  // Cite & export opens with Enter; the citation and the downloads are reachable by Tab.
  const cite = page.getByRole('button', { name: 'Cite & export' });
  await tabTo(page, cite, { back: true, limit: 250 });
  await page.keyboard.press('Enter');
  await expect(cite).toHaveAttribute('aria-expanded', 'true');
  await tabTo(page, page.getByRole('button', { name: /^Download CSV/ }));
  await expectVisibleFocus(page);
  await tabTo(page, cite, { back: true });
  await page.keyboard.press('Enter');
  await expect(cite).toHaveAttribute('aria-expanded', 'false');

  // The theme menu by keyboard.
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await tabTo(page, theme, { back: true, limit: 250 });
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
