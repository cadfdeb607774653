import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/domain/types';
import { expect, test, timeline } from './fixtures';

// Printing prints the filtered events with their quotes as a document, and nothing of the
// screen's controls; the print view exists only while printing.

const dataset = JSON.parse(readFileSync('src/generated/dataset.json', 'utf8')) as Dataset;
const ACTOR = 'sergey-lavrov';
// The filter matches an actor in either role: who took part, and whom the event is about.
const expected = dataset.events.filter(
  (e) => e.actors.includes(ACTOR) || e.aboutActors.includes(ACTOR),
);
const quotes = expected.flatMap((e) => e.evidence.map((x) => x.quote));

test('print media shows the filtered events and their quotes, no controls, and makes a PDF', async ({
  page,
}) => {
  await page.goto(`/#/?actor=${ACTOR}`);
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  await expect(page.locator('.print-view')).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  const doc = page.locator('.print-view');
  await expect(doc).toBeVisible();
  await expect(doc.locator('.print-citation')).toContainText(
    `Sourceline, events with or about Sergey Lavrov. http://127.0.0.1:`,
  );
  await expect(doc.locator('.print-event')).toHaveCount(expected.length);
  for (const event of expected) await expect(doc.getByText(event.title)).toBeVisible();
  await expect(doc.locator('blockquote')).toHaveCount(quotes.length);
  await expect(doc.locator('blockquote').first()).toHaveText(`“${quotes[0]}”`);
  // An event without this actor is not printed.
  const other = dataset.events.find((e) => !e.actors.includes(ACTOR))!;
  await expect(doc.getByText(other.title, { exact: true })).toHaveCount(0);

  // Nothing of the screen: chart, filters, masthead, buttons, links.
  await expect(timeline(page)).toBeHidden();
  await expect(page.getByRole('group', { name: 'Actors' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Sourceline' })).toBeVisible();
  await expect(page.locator('.masthead')).toBeHidden();
  await expect(page.locator('button:visible, a:visible, input:visible')).toHaveCount(0);
  // For a person to look at: the page at about an A4 width.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: 'test-results/print-media.png', fullPage: true });

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);

  // Back on screen the print view is gone again (no hidden copy of every event).
  await page.emulateMedia({ media: 'screen' });
  await expect(doc).toHaveCount(0);
  await expect(timeline(page)).toBeVisible();
});

test('"Print" in Cite & export prints the page', async ({ page }) => {
  await page.goto('/');
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  // Headless Chromium has no print dialog: record the call instead of printing.
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed = 1;
    };
  });
  await page.getByRole('button', { name: 'Cite & export' }).click();
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
});
