import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readDatasetLines } from '../../scripts/lib/datasetLines';
import type { DatasetEvent } from '../../src/domain/types';
import { detail, timeline, watchPage } from './fixtures';
import { startStaticHost, type StaticHost } from './staticServer';

// A 100,000-event dataset, made and built here (generate, then a build that splits it into an
// overview and time shards), served by a plain static host: the first screen, a zoom, a filter
// and a deep link work while shards load.

const EVENTS = 100_000;
const ACTOR = 'alena-varga';
let dir: string;
let host: StaticHost;
/** Read from the generated file, not from the app: a late event and the actor's events per week. */
let late: DatasetEvent;
let firstDay = '';
const actorWeeks = new Map<number, number>();

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  dir = mkdtempSync(path.join(tmpdir(), 'sharded-e2e-'));
  const dataset = path.join(dir, 'dataset.json');
  const run = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('npx', args, { env: { ...process.env, ...env }, stdio: 'pipe' });
  run(['tsx', 'scripts/generate-dataset.ts', '--events', String(EVENTS), '--out', dataset]);
  run(['vite', 'build', '--logLevel', 'error'], {
    DATASET: dataset,
    OUT_DIR: path.join(dir, 'dist'),
    SHARD_CACHE: path.join(dir, 'cache'),
  });
  let n = 0;
  for (const line of readDatasetLines(dataset)) {
    if (line.kind !== 'record' || line.collection !== 'events') continue;
    const event = JSON.parse(line.json) as DatasetEvent;
    firstDay ||= event.date;
    if (++n === 90_000) late = event;
    if (event.actors.includes(ACTOR) || event.aboutActors.includes(ACTOR)) {
      const week = Math.floor((Date.parse(event.date) - Date.parse(firstDay)) / (7 * 86_400_000));
      actorWeeks.set(week, (actorWeeks.get(week) ?? 0) + 1);
    }
  }
  host = await startStaticHost('/');
  host.deploy(path.join(dir, 'dist'));
});

test.afterAll(async () => {
  await host?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const status = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'The whole story' }).locator('output');
const bars = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'The whole story' }).getByRole('button');

test('a sharded 100k build: first screen, zoom, filter and deep link while shards load', async ({
  page,
}) => {
  const faults = await watchPage(page, host.origin);
  const shardRequests: string[] = [];
  page.on('request', (r) => {
    if (/\/sharded-[0-9a-f]+\/shards\//.test(r.url())) shardRequests.push(r.url());
  });

  // First screen: the overview's whole story, one shard's events in the timeline.
  await page.goto(`${host.origin}/`);
  await expect(status(page)).toHaveText(/^[\d,]+ of 100,000 events shown \(1 of \d+ parts\)/);
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  expect(await bars(page).count()).toBeGreaterThan(20);
  await expect(bars(page).first()).toHaveAccessibleName(/^Week of 3 Jan 2022: [\d,]+ events, /);
  expect(shardRequests).toHaveLength(1);

  // A zoom sets a window: its shards and a neighbour each side are read.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/window=/);
  await expect(status(page)).toHaveText(/\((2|3) of \d+ parts\)$/);
  expect(shardRequests.length).toBeGreaterThan(1);

  // A filter: the whole story's bars count the actor's events from the pre-aggregated counts.
  await page.getByRole('checkbox', { name: /^Alena Varga/ }).check();
  await expect(page).toHaveURL(new RegExp(`actor=${ACTOR}`));
  const [week, count] = [...actorWeeks].sort((a, b) => b[1] - a[1])[0]!;
  await expect(bars(page).nth(week)).toHaveAccessibleName(
    new RegExp(`: ${count.toLocaleString('en-GB')} events, `),
  );
  await expect(page.locator('.result-summary')).toHaveText(/^Showing [\d,]+ of [\d,]+ events$/);

  // Choosing a late week reads its shards: marked loading, then shown.
  const lateBar = bars(page).nth(28);
  await lateBar.click();
  await expect(lateBar).toHaveAccessibleName(/, shown$/);

  // A link to an event far from what is loaded, followed in the open page and opened afresh:
  // its shard is found through the id index and read.
  await page.goto(`${host.origin}/#/event/${late.id}`); // same document: a hashchange
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(late.title);
  await expect(page).toHaveURL(new RegExp(`#/event/${late.id}`));
  // A reader following the link: a new context, with an empty cache and no service worker.
  const reader = await page.context().browser()!.newContext();
  const fresh = await reader.newPage();
  // Its id bucket and shard are read as the page starts (index.html names the shards' folder),
  // not after the shard loader's chunk has arrived, and each once: the loader takes those reads
  // over when the overview is in.
  const freshLog: string[] = [];
  fresh.on('request', (r) => {
    const m = /\/sharded-[0-9a-f]+\/((ids|shards)\/\d+\.json)$/.exec(r.url());
    if (m) freshLog.push(m[1]!);
  });
  fresh.on('requestfinished', (r) => {
    if (/\/assets\/shardSync-[\w-]+\.js$/.test(r.url())) freshLog.push('loader arrived');
  });
  const t0 = Date.now();
  await fresh.goto(`${host.origin}/#/event/${late.id}`);
  await expect(detail(fresh).getByRole('heading', { level: 2 })).toHaveText(late.title);
  console.log(`deep link opened in ${Date.now() - t0} ms`);
  await expect(status(fresh)).toHaveText(/\(1 of \d+ parts\)$/);
  const reads = freshLog.filter((r) => r !== 'loader arrived');
  expect(reads).toEqual([expect.stringMatching(/^ids\//), expect.stringMatching(/^shards\//)]);
  expect(freshLog.indexOf(reads[0]!)).toBeLessThan(freshLog.indexOf('loader arrived'));
  await reader.close();
  expect(faults).toEqual({
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
  });
});
