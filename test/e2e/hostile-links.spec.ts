import { PARAM_ORDER } from '../../src/domain/view/url';
import { expect, test, timeline } from './fixtures';

// 50 hostile deep links, built deterministically: after each the app is usable and says what it
// ignored. The fixture also fails on any console error, page error or CSP violation.

const NASTY_VALUES = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%E0%A4%A',
  '%',
  '%%%',
  '__proto__',
  'constructor',
  'prototype',
  '\u202Eevil\u202C',
  '\u200B\u200B',
  '💥'.repeat(50),
  'x'.repeat(5_000),
  '9'.repeat(400),
  '-1',
  'NaN',
  '2022-02-30',
  '0000-00-00',
  '2022-03-09T99:99Z~nope',
  'a,b,,c,,,',
];

/**
 * Keys every nasty value above is refused for, so a link with one of them always gets a notice.
 * `q` takes any text as a search (it is normalised, never refused), so it only joins a link as an
 * extra part: hostile search text must be shown safely too.
 */
const REFUSING_KEYS = PARAM_ORDER.filter((key) => key !== 'q');

/** A small seeded generator so the 50 links are the same on every run. */
function* links(count: number): Generator<string> {
  let seed = 20220310;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const fixed = [
    '#/event/<script>alert(1)</script>',
    '#/event/%E0%A4%A',
    '#/event/__proto__',
    '#/?__proto__[polluted]=1&constructor.prototype.polluted=1',
    '#/?actor=x&actor=y&actor=__proto__',
    `#/?window=${'9'.repeat(300)}~${'9'.repeat(300)}`,
    `#/${'a/'.repeat(2_000)}`,
    `#/?${'actor=nobody&'.repeat(600)}`,
    '#/event/antalya-talks?from=2022-03-31&to=2022-03-01',
    '#/?layout=list&scale=%00%01%02',
    '#/?map=91,181,99&map=open&q=%3Cb%3Ebold%3C%2Fb%3E',
  ];
  const seen = new Set(fixed);
  yield* fixed;
  while (seen.size < count) {
    const parts = Array.from({ length: 1 + next(3) }, (_, index) => {
      const keys = index === 0 ? REFUSING_KEYS : PARAM_ORDER;
      const key = keys[next(keys.length)] ?? 'actor';
      const value = NASTY_VALUES[next(NASTY_VALUES.length)] ?? '';
      return `${key}=${next(2) ? encodeURIComponent(value) : value}`;
    });
    const path = next(3) === 0 ? `event/${NASTY_VALUES[next(NASTY_VALUES.length)]}` : '';
    const link = `#/${path}?${parts.join('&')}`;
    if (seen.has(link)) continue;
    seen.add(link);
    yield link;
  }
}

const ALL = [...links(50)];
const BATCH = 10;

test('there are 50 distinct hostile links', () => {
  expect(new Set(ALL).size).toBe(50);
  // Every key of the URL scheme is exercised, the search text included.
  for (const key of PARAM_ORDER) expect(ALL.some((link) => link.includes(`${key}=`))).toBe(true);
});

for (let b = 0; b < ALL.length; b += BATCH) {
  test(`hostile deep links ${b + 1}–${b + BATCH}: notice, working app, no pollution`, async ({
    page,
  }) => {
    for (const link of ALL.slice(b, b + BATCH)) {
      await page.goto(`/${link}`);
      await expect(page.getByText(/could not be used/), link.slice(0, 80)).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: 'Sourceline' })).toBeVisible();
      // Usable: the events are there and a filter still works.
      const list = page.locator('a.event-row');
      await expect(timeline(page).getByRole('option').first().or(list.first())).toBeVisible();
      await page.getByRole('checkbox', { name: /^Sergey Lavrov/ }).check();
      await expect(page.locator('.result-summary')).toHaveText(/of 77 events$|^All 77 events$/);
      const pollution = await page.evaluate(() => [
        (Object.prototype as Record<string, unknown>).polluted,
        ({} as Record<string, unknown>).polluted,
      ]);
      expect(pollution).toEqual([undefined, undefined]);
    }
  });
}
