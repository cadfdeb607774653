import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, mastheadButton, test } from './fixtures';

// Stories made in the workspace: kept on the device, named by their links (#/s/<id>/…),
// exchanged as zips of the data/ format.

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/ingest/data');

/** The ingest fixture's data/ folder as a zip, as a person would make it. */
function fixtureZip(): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(FIXTURE)) {
    if (name.endsWith('.json')) files[name] = readFileSync(path.join(FIXTURE, name));
  }
  for (const name of readdirSync(path.join(FIXTURE, 'articles')))
    files[`articles/${name}`] = readFileSync(path.join(FIXTURE, 'articles', name));
  return Buffer.from(zipSync(files));
}

async function openStories(page: Page) {
  await (await mastheadButton(page, 'Stories')).click();
  const dialog = page.getByRole('dialog', { name: 'Stories' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function importZip(page: Page, name: string, buffer: Buffer) {
  const dialog = await openStories(page);
  await dialog
    .getByLabel('Import a story (zip or dataset)')
    .setInputFiles({ name, mimeType: 'application/zip', buffer });
}

test('a link to a story this device does not have opens the bundled story with a notice', async ({
  page,
}) => {
  await page.goto('/#/s/not-here/event/some-event');
  await expect(page.getByRole('heading', { name: 'Sourceline' })).toBeVisible();
  await expect(page.getByText(/The story “not-here” is not on this device/)).toBeVisible();
  await expect(page).toHaveURL((url) => url.hash === '#/');
});

test('a new story is kept on the device: a reload opens it again', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page).toHaveURL((url) => url.hash === '#/s/new-story/');
  await expect(page.getByText('All 0 events')).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL((url) => url.hash === '#/s/new-story/');
  const dialog = await openStories(page);
  await expect(dialog.getByRole('link', { name: 'Untitled story' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  // The bundled story is one click away, with its links unchanged.
  await dialog.getByRole('link', { name: 'The bundled story' }).click();
  await expect(page).toHaveURL((url) => url.hash === '#/');
  await expect(page.getByText('All 0 events')).toBeHidden();
});

test('an imported zip becomes a story with its events, and its export imports back', async ({
  page,
}) => {
  await page.goto('/');
  await importZip(page, 'antalya.zip', fixtureZip());
  await expect(page).toHaveURL((url) => url.hash === '#/s/antalya/');
  await page.getByRole('button', { name: 'List' }).click();
  const event = page.getByRole('link', { name: /Kuleba and Lavrov meet in Antalya/ });
  await event.click();
  await expect(page).toHaveURL((url) => url.hash.startsWith('#/s/antalya/event/antalya-talks'));
  await page.reload();
  await expect(
    page.getByRole('heading', { name: /Kuleba and Lavrov meet in Antalya/ }),
  ).toBeVisible();

  const dialog = await openStories(page);
  const download = page.waitForEvent('download');
  await dialog
    .getByRole('button', { name: /as a zip$/ })
    .first()
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('antalya.zip');
  const exported = readFileSync(await file.path());
  const names = Object.keys(unzipSync(exported)).sort();
  expect(names).toEqual([
    'actors.json',
    'articles.json',
    'articles/001_talks.txt',
    'articles/002_followup.txt',
    'events.json',
    'places.json',
    'story.json',
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await importZip(page, 'antalya.zip', exported);
  await expect(page).toHaveURL((url) => url.hash === '#/s/antalya-2/');
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('link', { name: /Kuleba and Lavrov meet in Antalya/ })).toBeVisible();
});

test('a bad zip is refused with its problems named, and nothing changes', async ({ page }) => {
  await page.goto('/');
  const files = unzipSync(fixtureZip());
  files['events.json'] = strToU8('[{"id": "x"}]');
  await importZip(page, 'bad.zip', Buffer.from(zipSync(files)));
  const alert = page.getByRole('dialog', { name: 'Stories' }).getByRole('alert');
  await expect(alert).toContainText('data/events.json: event "x" field date');
  await expect(page).toHaveURL((url) => !url.hash.startsWith('#/s/'));
});

test('storage that cannot be used: a clear message, the story stays open, an export offered', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page).toHaveURL((url) => url.hash === '#/s/new-story/');
  const alert = page.getByRole('alert').filter({ hasText: 'does not let Sourceline keep stories' });
  await expect(alert).toBeVisible();
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export this story (zip)' }).click();
  expect((await download).suggestedFilename()).toBe('new-story.zip');
});

test('a full device: the message says so at once, the story stays open with an export', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page).toHaveURL((url) => url.hash === '#/s/new-story/');
  const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Export this story (zip)' })).toBeVisible();
});

test('on a phone, a new story opens and the stories list fits the screen @phone', async ({
  page,
}) => {
  await page.goto('/');
  await (await mastheadButton(page, 'New story')).click();
  await expect(page).toHaveURL((url) => url.hash === '#/s/new-story/');
  // The masthead is rewritten for the new story (a shorter line): its buttons move up, so the
  // next tap waits for the story to be on screen.
  await expect(page.getByRole('heading', { level: 2, name: /^Workspace/ })).toBeVisible();
  const dialog = await openStories(page);
  await expect(dialog.getByRole('link', { name: 'Untitled story' })).toBeVisible();
  const box = await dialog.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Stories', exact: true })).toBeFocused();
});

async function expectNoViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations in ${state}`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the stories dialog and the storage message pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'New story' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'keep stories' })).toBeVisible();
    await expectNoViolations(page, 'the storage message');
    const dialog = await openStories(page);
    await dialog.getByRole('button', { name: /^Delete / }).click();
    await expect(dialog.getByRole('button', { name: 'Keep' })).toBeFocused();
    await expectNoViolations(page, 'the stories dialog, asking to delete');
  });
}

test("two tabs on one story: the later tab's edit is not saved over the other's", async ({
  page,
  context,
}) => {
  const rename = async (tab: Page, title: string) => {
    await tab.getByText('Story title and day one').click();
    const settings = tab.getByRole('form', { name: 'Story settings' });
    await settings.getByLabel('Title', { exact: true }).fill(title);
    await settings.getByRole('button', { name: 'Save story settings' }).click();
    await expect(tab.getByRole('heading', { level: 2, name: `Workspace: ${title}` })).toBeVisible();
  };
  await page.goto('/');
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page).toHaveURL((url) => url.hash === '#/s/new-story/');
  const other = await context.newPage();
  await other.goto('/#/s/new-story/');
  await expect(other.getByRole('heading', { level: 2, name: /^Workspace/ })).toBeVisible();

  await rename(page, 'From the first tab');
  await rename(other, 'From the second tab');
  await expect(other.getByRole('alert')).toContainText('changed in another tab');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The first tab's version is the one kept; the second tab still holds its own, to export.
  await other.reload();
  await expect(
    other.getByRole('heading', { level: 2, name: 'Workspace: From the first tab' }),
  ).toBeVisible();
  await other.close();
});
