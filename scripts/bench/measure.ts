import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { median, percentile } from './stats';
import { facetCheckbox, type Target } from './targets';

const HARNESS = readFileSync(new URL('./inpage.js', import.meta.url), 'utf8');

/** Frame times of one 60-step drive; null fields when the drive could not run. */
export interface FrameStats {
  median: number | null;
  p95: number | null;
  max: number | null;
  frames: number[];
  /** Why there is no figure, or what was odd (e.g. stopped early). */
  note: string | null;
}

export interface Bytes {
  raw: number;
  gzip: number;
  files: string[];
}

/** Everything measured in one page load. Times in ms; null = n/a (see notes). */
export interface RunResult {
  firstFrameMs: number | null;
  fcpMs: number | null;
  marksAtFirstFrame: number;
  js: Bytes | null;
  css: Bytes | null;
  heapMB: number | null;
  /** The heap again after every interaction (a sharded build then holds the window's shards). */
  heapEndMB: number | null;
  zoom: FrameStats;
  pan: FrameStats;
  selectMs: number | null;
  /** First search (loads the search chunk and builds the index), then a refined one. */
  searchColdMs: number | null;
  searchWarmMs: number | null;
  filterActorMs: number | null;
  filterPlaceMs: number | null;
  /** A link to one event (`#/event/<id>`) opened in a fresh page → its details painted. */
  deepLinkMs: number | null;
  notes: string[];
  /** Page errors and missing elements: any of these fails `npm run bench:quick`. */
  failures: string[];
}

/** What the run needs to know about the dataset: which facets to click, event titles. */
export interface RunInput {
  url: string;
  distDir: string;
  actorName: string;
  placeName: string;
  titles: ReadonlyMap<string, string>;
  /** The event a deep link opens: one late in the story (in a far shard of a sharded build). */
  linked: { id: string; title: string } | null;
  /** Give up on the first frame after this long (the peer can take minutes). */
  loadTimeoutMs: number;
  /** Stop a 60-step drive after this long (partial frames are reported). */
  driveLimitMs: number;
  /**
   * CPU slowdown (CDP `Emulation.setCPUThrottlingRate`): 1 is the machine's own speed, 4 a
   * mid-range phone as DevTools emulates it. Set before navigation, so it covers the load.
   */
  cpuRate: number;
}

interface Harness {
  state: { drawnAt: number | null; marksAtDraw: number; textShownAt: number | null };
  watchFirstDraw(selector: string): void;
  watchText(selector: string, text: string): void;
  settle(quietFrames?: number, limitMs?: number): Promise<void>;
  /** Resolves once the service worker is active, or after `limitMs`. */
  serviceWorkerReady(limitMs: number): Promise<unknown>;
  waitFrames(n: number): Promise<void>;
  drive(options: Record<string, unknown>): Promise<DriveResult>;
  emptyPoint(root: string, avoid: string): { x: number; y: number } | null;
  clickToPaint(selector: string, done?: { selector: string; text: string }): Promise<PaintResult>;
  searchToPaint(input: string, text: string): Promise<PaintResult>;
  marksNearCentre(root: string, attr: string, limit: number): string[];
  tagMark(attr: string, value: string): boolean;
}
interface DriveResult {
  frames?: number[];
  completed?: boolean;
  changed?: boolean;
  target?: string;
  error?: string;
}
interface PaintResult {
  ms: number | null;
  timedOut?: boolean;
  error?: string;
}
type WithHarness = Window & { benchHarness: Harness };

const round = (x: number | null, digits = 1) =>
  x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits;

function frameStats(drive: DriveResult, steps: number): FrameStats {
  if (drive.error || !drive.frames)
    return { median: null, p95: null, max: null, frames: [], note: drive.error ?? 'no frames' };
  const frames = drive.frames.map((f) => round(f)!);
  let note: string | null = null;
  if (!drive.changed)
    return {
      median: null,
      p95: null,
      max: null,
      frames,
      note: `the gesture on ${drive.target} did not change the timeline`,
    };
  if (!drive.completed) note = `stopped after ${frames.length} of ${steps} steps (time limit)`;
  return {
    median: round(median(frames)),
    p95: round(percentile(frames, 95)),
    max: round(Math.max(...frames)),
    frames,
    note,
  };
}

const sizeCache = new Map<string, { raw: number; gzip: number }>();
function fileSize(file: string) {
  let size = sizeCache.get(file);
  if (!size) {
    const buffer = readFileSync(file);
    size = { raw: statSync(file).size, gzip: gzipSync(buffer).length };
    sizeCache.set(file, size);
  }
  return size;
}

/** JS and CSS requested before `before` (ms), sized from the dist files (gzip: zlib default level). */
async function loadedBytes(page: Page, distDir: string, before: number) {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime })),
  );
  const result = {
    js: { raw: 0, gzip: 0, files: [] as string[] },
    css: { raw: 0, gzip: 0, files: [] as string[] },
  };
  for (const entry of entries) {
    if (entry.start > before) continue;
    const pathname = decodeURIComponent(new URL(entry.name).pathname);
    const kind = pathname.endsWith('.css') ? 'css' : /\.m?js$/.test(pathname) ? 'js' : null;
    if (!kind) continue;
    const file = path.join(distDir, pathname);
    try {
      const size = fileSize(file);
      result[kind].raw += size.raw;
      result[kind].gzip += size.gzip;
      result[kind].files.push(pathname);
    } catch {
      // not one of the build's files (cannot happen with vite preview)
    }
  }
  return result;
}

/**
 * Opens a link to `linked` (`#/event/<id>`) in a new page of a new context (an empty cache,
 * as a reader following a shared link) and times navigation start → the frame after the one
 * that showed the event's title in its details.
 */
async function openDeepLink(
  browser: Browser,
  input: RunInput,
  details: string,
  linked: { id: string; title: string },
): Promise<{ ms: number | null; error?: string }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    if (input.cpuRate > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: input.cpuRate });
    }
    await page.addInitScript({
      content: `${HARNESS}\nwindow.benchHarness.watchText(${JSON.stringify(details)}, ${JSON.stringify(linked.title)});`,
    });
    const url = new URL(input.url);
    url.hash = `/event/${encodeURIComponent(linked.id)}`;
    await page.goto(url.href, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(
        () => (window as unknown as WithHarness).benchHarness?.state.textShownAt !== null,
        undefined,
        { timeout: input.loadTimeoutMs, polling: 100 },
      );
    } catch {
      return {
        ms: null,
        error: `"${linked.title}" not shown within ${input.loadTimeoutMs / 1000} s`,
      };
    }
    const ms = await page.evaluate(
      () => (window as unknown as WithHarness).benchHarness.state.textShownAt,
    );
    return { ms };
  } finally {
    await context.close();
  }
}

/** Longest a single step (other than the first load) may keep the page busy. */
const STEP_LIMIT_MS = 90_000;

/**
 * One fresh browser and page load of `target`, then the interactions, in this order: first
 * frame, bytes, heap, 60-step zoom (30 in, 30 out), 60-step pan (after zooming in),
 * selecting an event, a first search and a refined one, filtering by an actor and then by a
 * place; then a link to one event opened in a fresh page.
 *
 * A page can hang its main thread for minutes (vis-timeline at 10,000 items does), and then
 * no in-page time limit fires: a watchdog closes this run's browser when a step overruns,
 * which ends the run with a note naming the step. Hence one browser per run.
 */
export async function measureRun(
  launch: () => Promise<Browser>,
  target: Target,
  input: RunInput,
): Promise<RunResult> {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  if (input.cpuRate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: input.cpuRate });
  }
  const failures: string[] = [];
  const notes: string[] = [];
  let step = 'load';
  let overran: string | null = null;
  let watchdog: NodeJS.Timeout | undefined;
  const begin = (name: string, limitMs = STEP_LIMIT_MS) => {
    clearTimeout(watchdog);
    step = name;
    watchdog = setTimeout(() => {
      overran = `the page was unresponsive for over ${limitMs / 1000} s during "${name}": run stopped`;
      void browser.close();
    }, limitMs);
  };
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  await page.addInitScript({
    content: `${HARNESS}\nwindow.benchHarness.watchFirstDraw(${JSON.stringify(target.marks)});`,
  });
  // Each page.evaluate callback stays a one-liner: see the note at the top of inpage.js.
  const settle = () =>
    page.evaluate(() => (window as unknown as WithHarness).benchHarness.settle(10, 60_000));
  const result: RunResult = {
    firstFrameMs: null,
    fcpMs: null,
    marksAtFirstFrame: 0,
    js: null,
    css: null,
    heapMB: null,
    heapEndMB: null,
    zoom: { median: null, p95: null, max: null, frames: [], note: 'not reached' },
    pan: { median: null, p95: null, max: null, frames: [], note: 'not reached' },
    selectMs: null,
    searchColdMs: null,
    searchWarmMs: null,
    filterActorMs: null,
    filterPlaceMs: null,
    deepLinkMs: null,
    notes,
    failures,
  };
  try {
    begin('load', input.loadTimeoutMs + 15_000);
    await page.goto(input.url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(
        () => (window as unknown as WithHarness).benchHarness?.state.drawnAt !== null,
        undefined,
        {
          timeout: input.loadTimeoutMs,
          polling: 100,
        },
      );
    } catch {
      notes.push(`no event marks (${target.marks}) drawn within ${input.loadTimeoutMs / 1000} s`);
      if (target.name === 'sourceline')
        failures.push(`no event marks within ${input.loadTimeoutMs / 1000} s`);
      return result;
    }
    const drawn = await page.evaluate(() => {
      const s = (window as unknown as WithHarness).benchHarness.state;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { at: s.drawnAt ?? 0, marks: s.marksAtDraw, fcp: fcp ? fcp.startTime : null };
    });
    result.firstFrameMs = round(drawn.at);
    result.fcpMs = round(drawn.fcp);
    result.marksAtFirstFrame = drawn.marks;
    const bytes = await loadedBytes(page, input.distDir, drawn.at);
    result.js = bytes.js;
    result.css = bytes.css;

    begin('idle after load');
    await settle();
    if (target.name === 'sourceline') {
      // After its first frame the app starts work on other threads: the service worker's first
      // install (it precaches the app and its dataset) and the search index read in its worker.
      // On 2 cores that competes with the page, so interactions start once the worker is active,
      // as a reader's first gesture comes after reading the first screen.
      begin('start-up work');
      await page.evaluate(
        (limitMs) => (window as unknown as WithHarness).benchHarness.serviceWorkerReady(limitMs),
        input.loadTimeoutMs,
      );
      await settle();
    }
    begin('heap');
    const cdp = await context.newCDPSession(page);
    const heapMB = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      return round(heap.usedSize / 2 ** 20);
    };
    result.heapMB = await heapMB();

    async function zoomAndPan(point: { x: number; y: number }) {
      const drive = (options: Record<string, unknown>) =>
        page.evaluate((o) => (window as unknown as WithHarness).benchHarness.drive(o), {
          ...point,
          limitMs: input.driveLimitMs,
          ...options,
        });
      begin('zoom');
      result.zoom = frameStats(await drive({ kind: 'zoom', steps: 60 }), 60);
      await settle();
      await page.waitForTimeout(500);
      // Pan where panning shows new events: zoomed in about 9x (12 notches) around the centre.
      begin('zoom in before panning');
      await drive({ kind: 'zoom-in', steps: 12 });
      await settle();
      // Let the zoom gesture end (d3-zoom ends a wheel gesture 150 ms after the last notch).
      await page.waitForTimeout(500);
      begin('pan');
      const panPoint = await page.evaluate(
        ([root, avoid]) => (window as unknown as WithHarness).benchHarness.emptyPoint(root, avoid),
        [target.chart, target.notEmpty] as const,
      );
      result.pan = panPoint
        ? frameStats(
            await page.evaluate((o) => (window as unknown as WithHarness).benchHarness.drive(o), {
              ...panPoint,
              kind: 'pan',
              steps: 60,
              dx: 10,
              limitMs: input.driveLimitMs,
            }),
            60,
          )
        : {
            median: null,
            p95: null,
            max: null,
            frames: [],
            note: 'no empty point after zooming in',
          };
      await settle();
    }

    const point = await page.evaluate(
      ([root, avoid]) => (window as unknown as WithHarness).benchHarness.emptyPoint(root, avoid),
      [target.chart, target.notEmpty] as const,
    );
    if (point) await zoomAndPan(point);
    else {
      // Marks cover the whole chart (vis-timeline stacking 1k events without lanes): zoom and
      // pan stay "not reached"; select, filter and search are still measured.
      const why = `no empty point in the chart (${target.chart}) to drive zoom and pan`;
      if (target.name === 'sourceline') failures.push(why);
      else notes.push(`zoom and pan: n/a (${why})`);
    }
    if (target.partsStatus) {
      // A sharded build reads the window's parts once the window is still: select and filter
      // what a reader would see there, not the parts loaded before the zoom.
      begin('parts of the window');
      await page.waitForFunction(
        (sel) => !/loading/.test(document.querySelector(sel)?.textContent ?? ''),
        target.partsStatus,
        { timeout: 60_000, polling: 100 },
      );
      // Arrived parts are shown once the window has been still for 250 ms (src/state/shardSync.ts).
      await page.waitForTimeout(400);
      await settle();
    }

    if (target.select) {
      begin('select');
      const { attr } = target.select;
      const near = await page.evaluate(
        ([root, a]) =>
          (window as unknown as WithHarness).benchHarness.marksNearCentre(root, a, 200),
        [target.chart, attr] as const,
      );
      // Group marks (clusters) carry other keys: take the nearest mark that is one event.
      const id = near.find((key) => input.titles.has(key));
      if (id) {
        await page.evaluate(
          ([a, v]) => (window as unknown as WithHarness).benchHarness.tagMark(a, v),
          [attr, id] as const,
        );
      }
      const title = id ? input.titles.get(id) : undefined;
      if (!id || !title) {
        notes.push(
          `select: n/a (no event mark with a ${target.select.attr} naming an event in view)`,
        );
      } else {
        const r = await page.evaluate(
          ([sel, done]) => (window as unknown as WithHarness).benchHarness.clickToPaint(sel, done),
          ['[data-bench-pick]', { selector: target.select.details, text: title }] as const,
        );
        if (r.ms === null)
          notes.push(`select: n/a (${r.error ?? `details of "${title}" not shown`})`);
        result.selectMs = round(r.ms);
        await page.keyboard.press('Escape');
        await settle();
      }
    }

    if (target.search) {
      // A word of the actor's name (it is in titles and quotes), then one letter more of it.
      const word = input.actorName.split(/\s+/).find((w) => w.length >= 5) ?? input.actorName;
      const steps = [
        ['searchColdMs', word.slice(0, -1).toLowerCase()],
        ['searchWarmMs', word.toLowerCase()],
      ] as const;
      for (const [field, text] of steps) {
        begin(field);
        const r = await page.evaluate(
          ([sel, t]) => (window as unknown as WithHarness).benchHarness.searchToPaint(sel, t),
          [target.search, text] as const,
        );
        if (r.ms === null) notes.push(`${field}: n/a (${r.error ?? 'no results shown'})`);
        result[field] = round(r.ms);
        await settle();
      }
      await page.locator(target.search).press('Escape');
      await settle();
    }

    for (const [field, groups, name] of [
      ['filterActorMs', ['Actors'], input.actorName],
      ['filterPlaceMs', ['Places', 'Cities', 'Locations'], input.placeName],
    ] as const) {
      begin(field);
      const box = await facetCheckbox(page, groups, name);
      if (!box) {
        notes.push(`${field}: n/a (no checkbox "${name}" in a group named ${groups.join('/')})`);
        if (target.name === 'sourceline')
          failures.push(`missing checkbox "${name}" (${groups.join('/')})`);
        continue;
      }
      await box.evaluate((el) => el.setAttribute('data-bench-click', ''));
      const r = await page.evaluate(
        (sel) => (window as unknown as WithHarness).benchHarness.clickToPaint(sel),
        '[data-bench-click]',
      );
      await box.evaluate((el) => el.removeAttribute('data-bench-click'));
      if (r.ms === null) notes.push(`${field}: n/a (${r.error ?? 'the timeline did not change'})`);
      result[field] = round(r.ms);
      await settle();
    }

    begin('heap at the end');
    result.heapEndMB = await heapMB();

    if (target.select && input.linked) {
      begin('deep link', input.loadTimeoutMs + 15_000);
      const r = await openDeepLink(browser, input, target.select.opened, input.linked);
      if (r.ms === null) notes.push(`deep link: n/a (${r.error})`);
      result.deepLinkMs = round(r.ms);
    }
  } catch (error) {
    if (overran) {
      notes.push(overran);
      if (target.name === 'sourceline') failures.push(overran);
    } else {
      failures.push(`harness (${step}): ${(error as Error).message.split('\n')[0]}`);
    }
  } finally {
    clearTimeout(watchdog);
    await browser.close().catch(() => undefined);
  }
  return result;
}
