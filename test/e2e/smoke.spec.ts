import { expect, test } from './fixtures';

// The app opens (with the fixture's watch for console errors, CSP violations and foreign
// requests), and data text is bidi-isolated as the page lays it out.

test('the app opens and shows its title', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sourceline' })).toBeVisible();
});

test('an unpaired right-to-left override in a name does not reverse the date after it', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sourceline' })).toBeVisible();
  // A source line as EvidenceList renders it, with a hostile author, measured as laid out: the
  // date's first digit must be drawn left of its last.
  const order = await page.evaluate(() => {
    const line = document.createElement('p');
    const author = document.createElement('span');
    author.textContent = 'Chris Lange\u202E';
    const date = document.createElement('time');
    date.textContent = '11 Mar 2022';
    line.append(author, ' · ', date);
    document.querySelector('main')?.append(line);
    const text = date.firstChild as Text;
    const x = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    const result = { first: x(0), last: x(text.length - 1) };
    line.remove();
    return result;
  });
  expect(order.first).toBeLessThan(order.last);
});
