import type { Machine } from '../bench/machine';
import type { SizeResult, TargetCheck } from '../bench/report';
import type { Summary } from '../bench/summary';

/**
 * The README's measured figures, written from the result files rather than by hand: the
 * benchmark's bench/results/latest.json and a summary of Lighthouse's reports
 * (bench/results/lighthouse.json). Each table stands between two markers in README.md,
 * `<!-- figures:NAME -->` and `<!-- /figures:NAME -->`, and is replaced whole.
 */

/** bench/results/latest.json, as much of it as the README shows. */
export interface BenchResults {
  date: string;
  machine: Machine;
  runs: number;
  peerRuns: number;
  quick: boolean;
  /** The CPU slowdown of every run (CDP throttling); absent in older results: 1. */
  cpuRate?: number;
  /** The query the vis-timeline page was opened with (`lanes=0`: no lanes). */
  peerQuery?: string;
  results: SizeResult[];
  targets: TargetCheck[];
}

/** One Lighthouse run, summarised: what the README shows of a report. */
export interface LighthouseRun {
  /** When the report was taken (ISO instant). */
  fetchTime: string;
  lighthouseVersion: string;
  /** Category scores 0–100 (performance, accessibility, best-practices). */
  scores: Record<string, number | null>;
  /** Largest contentful paint and total blocking time as Lighthouse prints them. */
  lcp: string | null;
  tbt: string | null;
}

/** bench/results/lighthouse.json: the latest run of each form factor. */
export interface LighthouseSummary {
  mobile: LighthouseRun | null;
  desktop: LighthouseRun | null;
}

/** The parts of a Lighthouse JSON report summarised here. */
export interface LighthouseReport {
  fetchTime: string;
  lighthouseVersion: string;
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { displayValue?: string }>;
}

/** A report reduced to what the README shows. */
export function summariseLighthouse(report: LighthouseReport): LighthouseRun {
  const scores: Record<string, number | null> = {};
  for (const key of ['performance', 'accessibility', 'best-practices']) {
    const score = report.categories[key]?.score;
    scores[key] = score === null || score === undefined ? null : Math.round(score * 100);
  }
  return {
    fetchTime: report.fetchTime,
    lighthouseVersion: report.lighthouseVersion,
    scores,
    lcp: report.audits['largest-contentful-paint']?.displayValue ?? null,
    tbt: report.audits['total-blocking-time']?.displayValue ?? null,
  };
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** "2026-11-23 12:11 UTC" or an ISO instant → "23 Nov 2026". */
export function dayOf(stamp: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(stamp);
  if (!m) return stamp;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** A time in ms as the README writes it: whole ms from 100 up (with a thousands comma). */
function ms(x: number | null): string {
  if (x === null) return 'n/a';
  return x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1);
}
const one = (x: number | null) => (x === null ? 'n/a' : x.toFixed(1));
const whole = (x: number | null) => (x === null ? 'n/a' : Math.round(x).toLocaleString('en-US'));
const frames = (p95: number | null, max: number | null) =>
  p95 === null && max === null ? 'n/a' : `${one(p95)} / ${whole(max)}`;

/** A size's column name: "1k", "10k", "50k", "1M" (the real corpus is not a column). */
const sizeName = (s: SizeResult) =>
  s.events >= 1e6 && s.events % 1e6 === 0
    ? `${s.events / 1e6}M`
    : s.events >= 1000 && s.events % 1000 === 0
      ? `${s.events / 1000}k`
      : String(s.events);

type Row = [label: string, cell: (s: Summary) => string, ratio?: keyof SizeResult['ratios']];
const BENCH_ROWS: Row[] = [
  ['first frame with events (ms)', (s) => ms(s.firstFrameMs), 'firstFrame'],
  ['zoom frame p95 / worst (ms)', (s) => frames(s.zoomP95, s.zoomMax), 'zoomP95'],
  ['pan frame p95 / worst (ms)', (s) => frames(s.panP95, s.panMax), 'panP95'],
  ['filter (actor) → paint (ms)', (s) => one(s.filterActorMs), 'filterActor'],
  ['filter (+ place) → paint (ms)', (s) => one(s.filterPlaceMs), 'filterPlace'],
  ['select → details painted (ms)', (s) => one(s.selectMs)],
  ['deep link, fresh page → details (ms)', (s) => ms(s.deepLinkMs ?? null)],
  ['first search (ms)', (s) => ms(s.searchColdMs)],
  ['next search keystroke (ms)', (s) => one(s.searchWarmMs)],
  ['JS heap after load (MB)', (s) => one(s.heapMB), 'heap'],
  ['JS heap after the run (MB)', (s) => one(s.heapEndMB ?? null)],
  ['JS before first frame, gzip (KB)', (s) => whole(s.jsGzipKB)],
];

/** A Markdown table (Prettier aligns it when the README is formatted). */
function table(head: string[], align: ('l' | 'r')[], rows: string[][]): string {
  const rule = align.map((a) => (a === 'r' ? '---:' : '---'));
  return [head, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The benchmark: how it was run, then each measure per size, ours beside vis-timeline. */
export function benchmarkBlock(bench: BenchResults): string {
  const sizes = bench.results.filter((s) => s.label !== 'corpus');
  const { machine } = bench;
  const load =
    machine.loadMax === null
      ? `load average ${machine.loadStart}`
      : `load average ${Math.min(machine.loadStart, machine.loadEnd ?? Infinity)} to ${machine.loadMax}`;
  const intro =
    `Run ${bench.date} on a ${machine.nproc}-core machine (${load}), ${machine.chromium.replace(/ built on .*/, '')} headless: ` +
    `medians of ${bench.runs} fresh page loads at 1440×900${sizes.some((s) => s.peer) ? ` (vis-timeline: up to ${bench.peerRuns})` : ''}, ` +
    ((bench.cpuRate ?? 1) > 1
      ? `every run's CPU slowed ${bench.cpuRate}× (CDP \`Emulation.setCPUThrottlingRate\`, DevTools' mid-range phone), `
      : '') +
    (sizes.some((s) => s.peer)
      ? `vis-timeline ${bench.peerQuery?.includes('lanes=0') ? 'as it comes, without lanes' : 'with lanes by kind, as ours'}${bench.peerQuery?.includes('stack=0') ? ', stacking off' : ''}, `
      : '') +
    `synthetic datasets of ${sizes.map((s) => s.events.toLocaleString('en-US')).join(', ')} events (seed 1).` +
    (bench.quick ? ' A quick smoke run, not a measurement.' : '');
  const head = ['measure'];
  const align: ('l' | 'r')[] = ['l'];
  for (const s of sizes) {
    head.push(`${sizeName(s)}: ours`);
    align.push('r');
    if (s.peer) {
      head.push(`${sizeName(s)}: vis-timeline`, 'ratio');
      align.push('r', 'r');
    }
  }
  // Results from before the deep link and the heap after the run were measured have no such rows.
  const later: Record<string, (s: Summary) => number | null | undefined> = {
    'deep link': (s) => s.deepLinkMs,
    'JS heap after the run': (s) => s.heapEndMB,
  };
  const measured = BENCH_ROWS.filter(([label]) => {
    const pick = Object.entries(later).find(([start]) => label.startsWith(start))?.[1];
    return !pick || sizes.some((s) => (pick(s.ours) ?? null) !== null);
  });
  const rows = measured.map(([label, cell, ratioKey]) => {
    const cells = [label];
    for (const s of sizes) {
      cells.push(cell(s.ours));
      if (!s.peer) continue;
      const drew = s.peer.firstFrameMs !== null;
      cells.push(
        drew || s.peerTimeoutMs === null
          ? cell(s.peer)
          : label.startsWith('first frame')
            ? `did not draw in ${Math.round(s.peerTimeoutMs / 1000)} s`
            : 'n/a',
      );
      const r = ratioKey ? s.ratios[ratioKey] : null;
      // A peer that never drew bounds the first-frame ratio from above; other ratios are unknown.
      cells.push(
        r === null || r === undefined || (!drew && ratioKey !== 'firstFrame')
          ? ''
          : `${drew ? '' : '< '}${r.toFixed(2)}×`,
      );
    }
    return cells;
  });
  const targets = table(
    ['target', 'measured (median)', 'met'],
    ['l', 'l', 'l'],
    bench.targets.map((t) => [
      t.target,
      t.measured,
      t.met === null ? 'n/a' : t.met ? 'yes' : '**no**',
    ]),
  );
  return [intro, table(head, align, rows), 'Against the targets:', targets].join('\n\n');
}

/** First-load bytes of the real corpus's build and Lighthouse's scores, each dated. */
export function measuredBlock(bench: BenchResults, lighthouse: LighthouseSummary): string {
  const corpus = bench.results.find((s) => s.label === 'corpus') ?? null;
  const o = corpus?.ours ?? null;
  const rows: string[][] = [];
  if (o && corpus) {
    const met = o.jsGzipKB === null ? 'n/a' : o.jsGzipKB <= 110 ? 'met' : '**not met**';
    rows.push(
      [
        'JS before first paint (real corpus)',
        `${one(o.jsGzipKB)} KB gzip (${whole(o.jsRawKB)} KB raw); target ≤ 110 KB: ${met}`,
        dayOf(bench.date),
      ],
      [
        'CSS before first paint',
        `${one(o.cssGzipKB)} KB gzip (${one(o.cssRawKB)} KB raw)`,
        dayOf(bench.date),
      ],
      [
        'dataset (fetched, preloaded)',
        `${corpus.datasetMB} MB JSON: ${corpus.events} events, ${corpus.articles} articles`,
        dayOf(bench.date),
      ],
    );
  }
  const scores = (run: LighthouseRun) =>
    ['performance', 'accessibility', 'best-practices']
      .map((k) => (run.scores[k] === null ? 'n/a' : String(run.scores[k])))
      .join(', ');
  const paint = (run: LighthouseRun) =>
    run.lcp || run.tbt ? ` (LCP ${run.lcp ?? 'n/a'}, TBT ${run.tbt ?? 'n/a'})` : '';
  const goal = (run: LighthouseRun) =>
    run.scores.performance === 100 ? '' : '; performance target 100: **not met**';
  if (lighthouse.desktop) {
    const run = lighthouse.desktop;
    rows.push([
      'Lighthouse desktop: performance, a11y, best p.',
      `${scores(run)}${paint(run)}${goal(run)}`,
      dayOf(run.fetchTime),
    ]);
  }
  if (lighthouse.mobile) {
    const run = lighthouse.mobile;
    rows.push([
      'Lighthouse mobile (4× CPU, slow 4G)',
      `${scores(run)}${paint(run)}${goal(run)}`,
      dayOf(run.fetchTime),
    ]);
  }
  return table(['measure', 'figure', 'measured'], ['l', 'l', 'l'], rows);
}

/** `readme` with the block between `<!-- figures:NAME -->` markers replaced by `content`. */
export function replaceBlock(readme: string, name: string, content: string): string {
  const open = `<!-- figures:${name} -->`;
  const close = `<!-- /figures:${name} -->`;
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md has no ${open} … ${close} block`);
  }
  return `${readme.slice(0, start + open.length)}\n\n${content}\n\n${readme.slice(end)}`;
}

/** The result files named by the README's `<!-- figures:bench:NAME -->` blocks. */
export function benchBlockNames(readme: string): string[] {
  return [...readme.matchAll(/<!-- figures:bench:([\w.-]+) -->/g)].map((m) => m[1] ?? '');
}

/**
 * The README with every figures block written from the results (not yet formatted): the
 * first-load and Lighthouse table, the benchmark (`latest`), and each `figures:bench:NAME`
 * block from bench/results/NAME.json (a throttled run, another peer setup, the large sizes).
 */
export function writeFigures(
  readme: string,
  bench: BenchResults,
  lighthouse: LighthouseSummary,
  named: Record<string, BenchResults> = {},
): string {
  let next = replaceBlock(readme, 'measured', measuredBlock(bench, lighthouse));
  next = replaceBlock(next, 'benchmark', benchmarkBlock(bench));
  for (const name of benchBlockNames(readme)) {
    const results = named[name];
    if (!results) throw new Error(`README.md shows bench/results/${name}.json, which was not read`);
    next = replaceBlock(next, `bench:${name}`, benchmarkBlock(results));
  }
  return next;
}
