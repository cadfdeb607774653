import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { appReady, expect, screenshotPath, test } from './fixtures';

// Cite this view, and export the filtered events as CSV, JSON and iCalendar.

async function download(page: Page, name: RegExp): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await file.path();
  return readFile(path, 'utf8');
}

test('cite and export the filtered view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/?actor=sergey-lavrov&place=antalya');
  // Not the prerendered first screen's summary (all events, hidden under a link).
  await appReady(page);
  const count = Number((await page.locator('.result-summary').textContent())?.match(/\d+/)?.[0]);
  await page.getByRole('button', { name: 'Cite & export' }).click();

  const citation = page.getByRole('textbox', { name: /Citation of this view/ });
  await expect(citation).toHaveValue(
    /^Sourceline, events with or about Sergey Lavrov, in or about Antalya\. /,
  );
  const text = await citation.inputValue();
  expect(text).toContain(`${new URL(page.url()).origin}/#/?actor=sergey-lavrov&place=antalya`);
  expect(text).toContain(`${count} events:`);
  expect(text).toContain('Kuleba and Lavrov meet in Antalya');
  expect(text).toContain('FISM News, Chris Lange');
  expect(text).toContain('unknown author');
  await page.getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.getByText('Citation copied')).toBeVisible();
  await page.screenshot({ path: screenshotPath('export.png') });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  const csv = await download(page, /^Download CSV/);
  const rows = csv.trimEnd().split('\r\n');
  expect(rows[0]).toBe(
    'event_id,date,date_precision,title,kind,actors,about_actors,places,about_places,summary,link,source_article,source_title,source_outlet,source_author,source_published,quote',
  );
  expect(csv).toContain('antalya-talks,2022-03-10,day,Kuleba and Lavrov meet in Antalya,talks');

  const json = JSON.parse(await download(page, /^Download JSON/)) as {
    view: string;
    events: Array<{ id: string; sources: unknown[] }>;
  };
  expect(json.events).toHaveLength(count);
  expect(json.view).toMatch(/#\/\?actor=sergey-lavrov&place=antalya$/);

  const ics = await download(page, /^Download calendar/);
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(count);
  expect(ics).toContain('DTSTART;VALUE=DATE:20220310');
});

test('@phone cite and export on a phone', async ({ page }) => {
  await page.goto('/#/?kind=talks');
  await page.getByRole('button', { name: 'Cite & export' }).tap();
  await expect(page.getByRole('textbox', { name: /Citation of this view/ })).toBeInViewport();
  const csv = await download(page, /^Download CSV/);
  expect(csv.split('\r\n')[0]).toMatch(/^event_id,/);
});
