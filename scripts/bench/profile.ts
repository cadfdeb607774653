/**
 * `npx tsx scripts/bench/profile.ts --events 10000`: where the time goes in each benchmark
 * interaction. Builds the app unminified (so profiles keep function names, and Rolldown's
 * `//#region <file>` comments map each line back to its source file), then for each phase
 * (load, zoom, pan, select, select another, filter by actor, then by place too) records a CDP CPU profile and a
 * Chromium trace of the renderer main thread. Prints, per phase: wall time, main-thread CPU time
 * (the thread clock of its tasks: steadier than wall time on a busy machine), main-thread time by
 * trace event (scripting, style, layout, paint...), and the top functions by self and by
 * inclusive time with their source files. Writes bench/results/profile-<N>.md and, with the CPU
 * ms per phase, profile-<N>.json. `--dist <dir>` profiles another build (e.g. an older commit's,
 * to compare), `--out <path>` names the report (no extension), `--trace-only` leaves the
 * sampler off (it slows JavaScript several times), `--cpu 4` slows the page's CPU 4× (CDP
 * `Emulation.setCPUThrottlingRate`, DevTools' mid-range phone), `--dataset <file>` profiles
 * another compiled dataset (e.g. src/generated/dataset.json, the real corpus), `--only load`
 * stops after the first frame, `--only gestures` after the zoom and the pan, `--only deep-link`
 * measures the load and then a link to a late event opened in a fresh page (the last phase of
 * a full run too), PROFILE_TRACES=1 keeps each phase's trace, PROFILE_CATEGORIES=a,b adds trace
 * categories (disabled-by-default-devtools.timeline.frame: the compositor's frames).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';
import { readDatasetFacts, type DatasetFacts } from './datasetFacts';
import { run, startPreview } from './processes';
import { facetCheckbox, SOURCELINE } from './targets';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    'skip-build': { type: 'boolean', default: false },
    dist: { type: 'string' },
    'trace-only': { type: 'boolean', default: false },
    out: { type: 'string' },
    cpu: { type: 'string', default: '1' },
    dataset: { type: 'string' },
    only: { type: 'string' },
  },
});
const n = Number(values.events);
const cpuRate = Number(values.cpu);
if (!(cpuRate >= 1)) throw new Error(`--cpu must be a number >= 1, got "${values.cpu}"`);
const root = process.cwd();
const datasetPath = path.resolve(values.dataset ?? `bench/data/events-${n}.json`);
const datasetLabel = values.dataset ? path.basename(values.dataset, '.json') : String(n);
const distDir = path.resolve(values.dist ?? `bench/dist-profile-${datasetLabel}`);
/** Where the report goes, without extension (`.md`, and `.json` with CPU ms per phase). */
const outBase = path.resolve(
  values.out ?? `bench/results/profile-${datasetLabel}${cpuRate > 1 ? `-cpu${cpuRate}` : ''}`,
);
const HARNESS = readFileSync(new URL('./inpage.js', import.meta.url), 'utf8');

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { message?: string } };
}

const regionCache = new Map<string, Array<[number, string]>>();
/** Source file of a line of the unminified bundle, from Rolldown's `//#region` comments. */
function sourceOf(url: string, line: number): string {
  if (!url.startsWith('http')) return url || '(native)';
  const pathname = new URL(url).pathname;
  let regions = regionCache.get(pathname);
  if (!regions) {
    regions = [];
    const lines = readFileSync(path.join(distDir, pathname), 'utf8').split('\n');
    lines.forEach((text, i) => {
      const m = /^\/\/#region (.+)$/.exec(text);
      if (m) regions!.push([i, m[1]!]);
    });
    regionCache.set(pathname, regions);
  }
  let file = pathname;
  for (const [start, name] of regions) {
    if (start > line) break;
    file = name;
  }
  return file.replace(/^.*node_modules\//, 'node_modules/');
}

function analyseProfile(profile: CpuProfile, top = Number(process.env.PROFILE_TOP ?? 12)) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const key = (node: ProfileNode) => {
    const f = node.callFrame;
    const name = f.functionName || '(anonymous)';
    return f.url ? `${name} — ${sourceOf(f.url, f.lineNumber)}:${f.lineNumber + 1}` : name;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const node = byId.get(id);
    if (!node) return;
    self.set(key(node), (self.get(key(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k) || k === '(root)') continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return {
    total,
    self: sorted(self),
    inclusive: sorted(inclusive).filter(([k]) => k.includes('—')),
  };
}

/**
 * Main-thread time by trace event, and the main thread's CPU time: the thread clock (`tdur`)
 * of its top-level tasks, which other processes on a busy machine do not inflate.
 */
function analyseTrace(buffer: Buffer, top = 10) {
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // The page's renderer main thread: of the renderer main threads, the one with the most tasks.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasks = (t: TraceEvent) =>
    events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask').length;
  const mainThread = mains.sort((a, b) => tasks(b) - tasks(a))[0];
  // The phase's own window, between the page's `console.timeStamp` marks around it.
  const mark = (m: string) =>
    events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === m)?.ts;
  const [from, to] = [mark('phase-start') ?? -Infinity, mark('phase-end') ?? Infinity];
  const byName = new Map<string, number>();
  let cpu = 0;
  for (const e of events) {
    if (
      !mainThread ||
      e.pid !== mainThread.pid ||
      e.tid !== mainThread.tid ||
      e.ph !== 'X' ||
      !e.dur
    )
      continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    if (e.name === 'RunTask' && e.ts >= from && e.ts <= to) cpu += (e.tdur ?? e.dur) / 1000;
  }
  return { byName: [...byName].sort((a, b) => b[1] - a[1]).slice(0, top), cpu };
}

/** Main-thread CPU ms per phase, written beside the Markdown for scripts that compare runs. */
const cpuByPhase: Record<string, number> = {};

async function phase(page: Page, cdp: CDPSession, label: string, act: () => Promise<unknown>) {
  const browser = page.context().browser()!;
  // The sampler slows JavaScript down several times: --trace-only leaves it off for CPU figures.
  const sampling = !values['trace-only'];
  if (sampling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      ...(process.env.PROFILE_CATEGORIES?.split(',') ?? []),
    ],
  });
  if (sampling) await cdp.send('Profiler.start');
  await page.evaluate(() => console.timeStamp('phase-start'));
  const t0 = Date.now();
  const result = await act();
  const wall = Date.now() - t0;
  await page.evaluate(() => console.timeStamp('phase-end'));
  const { profile } = sampling
    ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile })
    : { profile: { nodes: [], samples: [], timeDeltas: [] } };
  const trace = await browser.stopTracing();
  const cpu = analyseProfile(profile);
  const thread = analyseTrace(trace);
  if (process.env.PROFILE_TRACES) {
    const slug = label.replace(/[^a-z]+/gi, '-').slice(0, 24);
    writeFileSync(`${outBase}-${slug}.trace.json`, trace);
    if (sampling) writeFileSync(`${outBase}-${slug}.cpuprofile`, JSON.stringify(profile));
  }
  cpuByPhase[label] = Math.round(thread.cpu * 10) / 10;
  const lines = [
    `## ${label}`,
    '',
    `Wall time ${wall} ms; main-thread CPU ${thread.cpu.toFixed(1)} ms; sampled JS+native ${cpu.total.toFixed(0)} ms. Result: \`${JSON.stringify(result).slice(0, 300)}\``,
    '',
  ];
  lines.push('Main thread by trace event (ms, nested events overlap):', '');
  lines.push(...thread.byName.map(([name, ms]) => `- ${name}: ${ms.toFixed(1)}`), '');
  lines.push(
    'Top self time (ms):',
    '',
    ...cpu.self.map(([k, ms]) => `- ${ms.toFixed(1)}  ${k}`),
    '',
  );
  lines.push(
    'Top inclusive time, app and library functions (ms):',
    '',
    ...cpu.inclusive.map(([k, ms]) => `- ${ms.toFixed(1)}  ${k}`),
    '',
  );
  const text = lines.join('\n');
  console.log(text);
  return text;
}

type Win = Window & {
  benchHarness: {
    drive(o: unknown): Promise<unknown>;
    emptyPoint(a: string, b: string): { x: number; y: number } | null;
    settle(q?: number, l?: number): Promise<void>;
    serviceWorkerReady(limitMs: number): Promise<unknown>;
    clickToPaint(s: string, d?: unknown): Promise<unknown>;
    marksNearCentre(r: string, a: string, l: number): string[];
    tagMark(a: string, v: string): boolean;
    state: { drawnAt: number | null; textShownAt: number | null };
  };
};

/** The interactions after the first frame: zoom, pan, select, filter. */
async function interact(
  page: Page,
  cdp: CDPSession,
  facts: DatasetFacts,
  settle: () => Promise<void>,
  sections: string[],
) {
  const point = await page.evaluate(
    ([a, b]) => (window as unknown as Win).benchHarness.emptyPoint(a, b),
    [SOURCELINE.chart, SOURCELINE.notEmpty] as const,
  );
  if (!point) throw new Error('no empty point in the chart');
  const drive = (o: Record<string, unknown>) =>
    page.evaluate((x) => (window as unknown as Win).benchHarness.drive(x), { ...point, ...o });
  const framesOf = (r: unknown) => (r as { frames?: number[] }).frames?.map((f) => Math.round(f));
  sections.push(
    await phase(page, cdp, 'Zoom: 60 wheel notches (30 in, 30 out)', async () =>
      framesOf(await drive({ kind: 'zoom', steps: 60 })),
    ),
  );
  await settle();
  await drive({ kind: 'zoom-in', steps: 12 });
  await settle();
  sections.push(
    await phase(page, cdp, 'Pan: 60-step drag after zooming in', async () =>
      framesOf(await drive({ kind: 'pan', steps: 60, dx: 10 })),
    ),
  );
  await settle();
  if (values.only === 'gestures') return;
  const { titles } = facts;
  const near = await page.evaluate(
    ([r, a]) => (window as unknown as Win).benchHarness.marksNearCentre(r, a, 200),
    [SOURCELINE.chart, 'data-key'] as const,
  );
  const id = near.find((k) => titles.has(k));
  if (id) {
    await page.evaluate(([a, v]) => (window as unknown as Win).benchHarness.tagMark(a, v), [
      'data-key',
      id,
    ] as const);
    sections.push(
      await phase(page, cdp, 'Select an event → details painted', () =>
        page.evaluate(([s, d]) => (window as unknown as Win).benchHarness.clickToPaint(s, d), [
          '[data-bench-pick]',
          { selector: 'h1, h2, h3', text: titles.get(id)! },
        ] as const),
      ),
    );
    await settle();
    // Another event while one is open: the chart keeps its width (on a wide screen the first
    // selection opens the details column beside it), so this times the selection alone.
    const again = await page.evaluate(
      ([r, a]) => (window as unknown as Win).benchHarness.marksNearCentre(r, a, 200),
      [SOURCELINE.chart, 'data-key'] as const,
    );
    const other = again.find((k) => titles.has(k) && k !== id && titles.get(k) !== titles.get(id));
    if (other) {
      await page.evaluate(([a, v]) => (window as unknown as Win).benchHarness.tagMark(a, v), [
        'data-key',
        other,
      ] as const);
      sections.push(
        await phase(page, cdp, 'Select another event → details painted', () =>
          page.evaluate(([s, d]) => (window as unknown as Win).benchHarness.clickToPaint(s, d), [
            '[data-bench-pick]',
            { selector: 'h1, h2, h3', text: titles.get(other)! },
          ] as const),
        ),
      );
    }
    await page.keyboard.press('Escape');
    await settle();
  }
  // The bench's choice: the actor in most events, then the city most of its events are in.
  const { actorName: actor, placeName: place } = facts;
  for (const [label, groups, name] of [
    [`Filter: actor "${actor}" → painted`, ['Actors'], actor],
    [`Filter: + place "${place}" → painted`, ['Places', 'Cities', 'Locations'], place],
  ] as const) {
    const box = await facetCheckbox(page, groups, name);
    if (!box) continue;
    await box.evaluate((el) => el.setAttribute('data-bench-click', ''));
    sections.push(
      await phase(page, cdp, label, () =>
        page.evaluate(
          (s) => (window as unknown as Win).benchHarness.clickToPaint(s),
          '[data-bench-click]',
        ),
      ),
    );
    await box.evaluate((el) => el.removeAttribute('data-bench-click'));
    await settle();
  }
}

/**
 * A link to the bench's late event (`#/event/<id>`, in a far shard of a sharded build) opened
 * in a new page with an empty cache → its title shown in the open event's heading.
 */
async function deepLink(browser: Browser, url: string, facts: DatasetFacts, sections: string[]) {
  const { linked } = facts;
  if (!linked) return;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.addInitScript({
      content: `${HARNESS}\nwindow.benchHarness.watchText('article h2', ${JSON.stringify(linked.title)});`,
    });
    const cdp = await context.newCDPSession(page);
    if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    const link = new URL(url);
    link.hash = `/event/${encodeURIComponent(linked.id)}`;
    sections.push(
      await phase(page, cdp, 'Deep link, fresh page → details painted', async () => {
        await page.goto(link.href, { waitUntil: 'commit' });
        await page.waitForFunction(
          () => (window as unknown as Win).benchHarness?.state.textShownAt !== null,
          undefined,
          { timeout: 120_000 },
        );
        return page.evaluate(() => (window as unknown as Win).benchHarness.state.textShownAt);
      }),
    );
  } finally {
    await context.close();
  }
}

async function main() {
  // Read a record at a time: a million events do not fit in one string.
  const facts = readDatasetFacts(datasetPath);
  if (!values['skip-build']) {
    console.log(`building unminified → ${path.relative(root, distDir)}`);
    await run(
      'npx',
      [
        'vite',
        'build',
        '--minify',
        'false',
        '--outDir',
        distDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { DATASET: datasetPath },
    );
  }
  const server = await startPreview(distDir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const sections: string[] = [
    `# Profile: ${datasetLabel === String(n) ? `${n} events` : datasetLabel} (unminified build${cpuRate > 1 ? `, CPU ${cpuRate}× slower` : ''}, ${new Date().toISOString().slice(0, 16)} UTC)`,
    '',
  ];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.addInitScript({
      content: `${HARNESS}\nwindow.benchHarness.watchFirstDraw(${JSON.stringify(SOURCELINE.marks)});`,
    });
    const cdp = await page.context().newCDPSession(page);
    if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    const settle = () =>
      page.evaluate(() => (window as unknown as Win).benchHarness.settle(10, 60_000));
    sections.push(
      await phase(page, cdp, 'Load → first frame with events', async () => {
        await page.goto(server.url, { waitUntil: 'commit' });
        await page.waitForFunction(
          () => (window as unknown as Win).benchHarness?.state.drawnAt !== null,
          undefined,
          { timeout: 120_000 },
        );
        return page.evaluate(() => (window as unknown as Win).benchHarness.state.drawnAt);
      }),
    );
    await settle();
    // As the bench (measure.ts): interactions start once the service worker's first install
    // (it precaches the app and its dataset on other threads) is done, not during the zoom.
    await page.evaluate(() => (window as unknown as Win).benchHarness.serviceWorkerReady(120_000));
    await settle();
    if (values.only !== 'load' && values.only !== 'deep-link')
      await interact(page, cdp, facts, settle, sections);
    if (values.only === undefined || values.only === 'deep-link')
      await deepLink(browser, server.url, facts, sections);
  } finally {
    await browser.close();
    await server.stop();
  }
  mkdirSync(path.dirname(outBase), { recursive: true });
  writeFileSync(`${outBase}.md`, `${sections.join('\n')}\n`);
  writeFileSync(`${outBase}.json`, `${JSON.stringify(cpuByPhase, null, 2)}\n`);
  console.log(`wrote ${path.relative(root, outBase)}.md and .json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
