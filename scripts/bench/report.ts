import type { Machine } from './machine';
import type { Ratios, Summary } from './summary';

/** One size (or the real corpus) as measured: ours, the peer, and the dataset it used. */
export interface SizeResult {
  label: string;
  events: number;
  articles: number;
  datasetMB: number;
  ours: Summary;
  peer: Summary | null;
  /** Why the peer has no figures at this size (skipped, timed out), if so. */
  peerNote: string | null;
  ratios: Ratios;
  /** The peer did not draw within this many ms: ours/peer ratios are upper bounds. */
  peerTimeoutMs: number | null;
}

export interface TargetCheck {
  target: string;
  measured: string;
  /** null = could not be checked (n/a). */
  met: boolean | null;
}

/**
 * Frame times are rAF intervals, so they come in multiples of the 60 Hz vsync (16.7 ms) plus
 * timer jitter; a p95 up to 17.0 ms means no dropped frame in 95% of the steps.
 */
export const FRAME_BUDGET_MS = 17.0;

/** The larger of two figures, either of which may be missing. */
const maxOf = (a: number | null, b: number | null | undefined) =>
  a === null ? (b ?? null) : b === null || b === undefined ? a : Math.max(a, b);

const fmt = (x: number | null, digits = 1) => (x === null ? 'n/a' : x.toFixed(digits));
const fmtRatio = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(2)}×`);

function check(
  target: string,
  value: number | null,
  limit: number,
  unit: string,
  extra = '',
): TargetCheck {
  return {
    target,
    measured: value === null ? 'n/a' : `${fmt(value)} ${unit}${extra}`,
    met: value === null ? null : value <= limit,
  };
}

/**
 * The targets, checked against the medians: at the machine's own speed, or (cpuRate > 1) the
 * phone-class targets for a CPU slowed that many times.
 */
export function checkTargets(
  sizes: readonly SizeResult[],
  corpus: SizeResult | null,
  cpuRate = 1,
): TargetCheck[] {
  if (cpuRate > 1) return checkThrottledTargets(sizes, corpus, cpuRate);
  const checks: TargetCheck[] = [];
  const at = (events: number) => sizes.find((s) => s.events === events && s.label !== 'corpus');
  const s10 = at(10_000);
  if (s10) {
    const o = s10.ours;
    checks.push(
      check('10k: zoom p95 frame ≤ 16.7 ms', o.zoomP95, FRAME_BUDGET_MS, 'ms'),
      check('10k: pan p95 frame ≤ 16.7 ms', o.panP95, FRAME_BUDGET_MS, 'ms'),
      check('10k: filter (actor) → paint ≤ 50 ms', o.filterActorMs, 50, 'ms'),
      check('10k: filter (+ place) → paint ≤ 50 ms', o.filterPlaceMs, 50, 'ms'),
      check('10k: select → details painted ≤ 50 ms', o.selectMs, 50, 'ms'),
      check('10k: first frame ≤ 1 s', o.firstFrameMs, 1000, 'ms'),
      check('10k: first search ≤ 200 ms', o.searchColdMs, 200, 'ms'),
    );
  }
  const s50 = at(50_000);
  if (s50) {
    const o = s50.ours;
    checks.push(
      check('50k: no zoom frame over 100 ms (median of per-run max)', o.zoomMax, 100, 'ms'),
      check('50k: filter (actor) → paint ≤ 150 ms', o.filterActorMs, 150, 'ms'),
      check('50k: filter (+ place) → paint ≤ 150 ms', o.filterPlaceMs, 150, 'ms'),
      check('50k: first search ≤ 500 ms', o.searchColdMs, 500, 'ms'),
    );
  }
  const s1 = at(1_000);
  if (s1) {
    checks.push(
      check('1k: filter (actor) ratio ≤ 0.5', s1.ratios.filterActor, 0.5, '×'),
      check('1k: filter (+ place) ratio ≤ 0.5', s1.ratios.filterPlace, 0.5, '×'),
    );
  }
  const s1m = at(1_000_000);
  if (s1m) {
    const o = s1m.ours;
    checks.push(
      check('1M: first frame ≤ 1.5 s', o.firstFrameMs, 1500, 'ms'),
      check('1M: zoom p95 frame ≤ 16.7 ms', o.zoomP95, FRAME_BUDGET_MS, 'ms'),
      check('1M: pan p95 frame ≤ 16.7 ms', o.panP95, FRAME_BUDGET_MS, 'ms'),
      check('1M: filter (actor) → paint ≤ 150 ms', o.filterActorMs, 150, 'ms'),
      check('1M: filter (+ place) → paint ≤ 150 ms', o.filterPlaceMs, 150, 'ms'),
      check('1M: deep-linked event open ≤ 1 s', o.deepLinkMs ?? null, 1000, 'ms'),
      check(
        '1M: JS heap ≤ 300 MB (after load and after the run)',
        maxOf(o.heapMB, o.heapEndMB),
        300,
        'MB',
      ),
    );
  }
  for (const s of sizes) {
    // Without the peer (--no-peer, or the sizes it cannot draw) there is no ratio to check.
    if (!s.peer && s.peerTimeoutMs === null) continue;
    const bound = s.peerTimeoutMs !== null ? ' (upper bound: peer timed out)' : '';
    const label = s.events.toLocaleString('en-US');
    checks.push(
      check(`${label}: render ratio ours/vis-timeline ≤ 0.2`, s.ratios.firstFrame, 0.2, '×', bound),
      check(`${label}: zoom p95 ratio ≤ 0.5`, s.ratios.zoomP95, 0.5, '×'),
      check(`${label}: pan p95 ratio ≤ 0.5`, s.ratios.panP95, 0.5, '×'),
    );
  }
  if (corpus) {
    checks.push(
      check('real corpus: JS before first paint ≤ 110 KB gzip', corpus.ours.jsGzipKB, 110, 'KB'),
    );
  }
  // A reminder beside the first-load targets, not beside the large sizes alone.
  if (corpus || sizes.some((s) => s.events <= 50_000))
    checks.push({
      target: 'Lighthouse performance 100',
      measured: 'see `npm run lighthouse`',
      met: null,
    });
  return checks;
}

/** Phone-class targets: a CPU slowed `cpuRate` times (4 = DevTools' mid-range phone). */
function checkThrottledTargets(
  sizes: readonly SizeResult[],
  corpus: SizeResult | null,
  cpuRate: number,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const x = `${cpuRate}× CPU`;
  const s10 = sizes.find((s) => s.events === 10_000);
  if (s10) {
    const o = s10.ours;
    checks.push(
      check(`${x}, 10k: zoom p95 frame ≤ 16.7 ms`, o.zoomP95, FRAME_BUDGET_MS, 'ms'),
      check(`${x}, 10k: pan p95 frame ≤ 16.7 ms`, o.panP95, FRAME_BUDGET_MS, 'ms'),
      check(`${x}, 10k: filter (actor) → paint ≤ 50 ms`, o.filterActorMs, 50, 'ms'),
      check(`${x}, 10k: filter (+ place) → paint ≤ 50 ms`, o.filterPlaceMs, 50, 'ms'),
      check(`${x}, 10k: select → details painted ≤ 50 ms`, o.selectMs, 50, 'ms'),
      check(`${x}, 10k: first frame ≤ 1.5 s`, o.firstFrameMs, 1500, 'ms'),
    );
  }
  const s1 = sizes.find((s) => s.events === 1_000);
  if (s1) {
    checks.push(
      check(`${x}, 1k: filter (actor) ratio ≤ 0.5`, s1.ratios.filterActor, 0.5, '×'),
      check(`${x}, 1k: filter (+ place) ratio ≤ 0.5`, s1.ratios.filterPlace, 0.5, '×'),
    );
  }
  if (corpus) {
    checks.push(
      check(`${x}, real corpus: first frame ≤ 1 s`, corpus.ours.firstFrameMs, 1000, 'ms'),
    );
  }
  return checks;
}

type Row = [label: string, pick: (s: Summary) => number | null, ratio?: keyof Ratios];
const ROWS: Row[] = [
  ['First frame with events drawn (ms)', (s) => s.firstFrameMs, 'firstFrame'],
  ['Zoom: frame median (ms)', (s) => s.zoomMedian],
  ['Zoom: frame p95 (ms)', (s) => s.zoomP95, 'zoomP95'],
  ['Zoom: worst frame (ms)', (s) => s.zoomMax],
  ['Pan: frame median (ms)', (s) => s.panMedian],
  ['Pan: frame p95 (ms)', (s) => s.panP95, 'panP95'],
  ['Pan: worst frame (ms)', (s) => s.panMax],
  ['Filter: actor → painted (ms)', (s) => s.filterActorMs, 'filterActor'],
  ['Filter: + place → painted (ms)', (s) => s.filterPlaceMs, 'filterPlace'],
  ['Select event → details painted (ms)', (s) => s.selectMs],
  ['Deep link to an event, fresh page → details painted (ms)', (s) => s.deepLinkMs ?? null],
  ['Search, first → results painted (ms)', (s) => s.searchColdMs],
  ['Search, next keystroke → results painted (ms)', (s) => s.searchWarmMs],
  ['JS heap after load, after GC (MB)', (s) => s.heapMB, 'heap'],
  ['JS heap after the run, after GC (MB)', (s) => s.heapEndMB ?? null],
  ['JS before first frame, raw (KB)', (s) => s.jsRawKB],
  ['JS before first frame, gzip (KB)', (s) => s.jsGzipKB],
  ['CSS before first frame, raw (KB)', (s) => s.cssRawKB],
  ['CSS before first frame, gzip (KB)', (s) => s.cssGzipKB],
];

/** The Markdown report: machine, results table (medians), ratios, targets, notes. */
/** The peer page's setup in words, from the query it was opened with (scripts/bench/peer/main.ts). */
export function peerSetup(peerQuery = '') {
  const query = new URLSearchParams(peerQuery);
  const lanes = query.get('lanes') === '0' ? 'no lanes (no groups)' : 'lanes by event kind';
  const stack = query.get('stack') === '0' ? 'stacking off' : 'default stacking';
  return `${lanes}, ${stack}${peerQuery ? `: \`?${peerQuery}\`` : ''}`;
}

export function toMarkdown(
  machine: Machine,
  sizes: readonly SizeResult[],
  targets: readonly TargetCheck[],
  meta: {
    date: string;
    runs: number;
    peerRuns: number;
    quick: boolean;
    cpuRate?: number;
    peerQuery?: string;
  },
) {
  const lines: string[] = [];
  const throttled = (meta.cpuRate ?? 1) > 1;
  lines.push(
    `# Benchmark: Sourceline vs vis-timeline${throttled ? `, CPU slowed ${meta.cpuRate}×` : ''}${meta.quick ? ' (quick smoke run: not a measurement)' : ''}`,
  );
  if (throttled) {
    lines.push(
      '',
      `Every run, ours and vis-timeline's, had its CPU slowed ${meta.cpuRate}× (CDP \`Emulation.setCPUThrottlingRate\`, set before the page loads; 4× is DevTools' mid-range phone).`,
    );
  }
  lines.push('');
  lines.push(
    `Machine: ${machine.nproc} cores (\`nproc\`), ${machine.cpu}, ${machine.memoryGiB} GiB RAM; ${machine.chromium} (headless, via Playwright); Node ${machine.node}; ${machine.os}. Run ${meta.date}. Load average (1 min) ${machine.loadStart} at start, up to ${machine.loadMax ?? 'n/a'} during, ${machine.loadEnd ?? 'n/a'} at end${(machine.loadMax ?? 0) > machine.nproc ? `: other processes competed for the ${machine.nproc} cores, so absolute times are inflated (ours and vis-timeline runs alternate, so both saw similar conditions)` : ''}.`,
  );
  lines.push('');
  lines.push(
    `Medians of ${meta.runs} runs (Sourceline) and up to ${meta.peerRuns} runs (vis-timeline) per size; each run is a fresh page load at 1440×900. Synthetic datasets from \`npm run generate\` (seed 1); ratios are ours / vis-timeline (lower is better).`,
  );
  lines.push('');
  const head = ['Measure'];
  const rule = ['---'];
  for (const s of sizes) {
    const n = s.label === 'corpus' ? 'real corpus' : s.events.toLocaleString('en-US');
    head.push(`${n}: ours`, `${n}: vis-timeline`, `${n}: ratio`);
    rule.push('---:', '---:', '---:');
  }
  lines.push(`| ${head.join(' | ')} |`, `| ${rule.join(' | ')} |`);
  for (const [label, pick, ratioKey] of ROWS) {
    const cells = [label];
    for (const s of sizes) {
      cells.push(fmt(pick(s.ours)), s.peer ? fmt(pick(s.peer)) : '–');
      const r = ratioKey ? s.ratios[ratioKey] : null;
      cells.push(
        ratioKey && s.peer
          ? s.peerTimeoutMs !== null && ratioKey === 'firstFrame' && r !== null
            ? `< ${fmtRatio(r)}`
            : fmtRatio(r)
          : '',
      );
    }
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('');
  lines.push(
    'Search: the field gets a word (an input event, as typing), then Enter runs the search at once (typing alone waits 200 ms for a pause first); timed to the frame after the results for that text are shown. vis-timeline has no search. Datasets: ' +
      sizes
        .map(
          (s) =>
            `${s.label === 'corpus' ? 'real corpus' : s.events.toLocaleString('en-US')} = ${s.events} events, ${s.articles} articles, ${s.datasetMB} MB JSON`,
        )
        .join('; ') +
      '.',
  );
  lines.push('');
  lines.push('## Targets');
  lines.push('');
  lines.push('| Target | Measured (median) | Met |', '| --- | ---: | :---: |');
  for (const t of targets)
    lines.push(
      `| ${t.target} | ${t.measured} | ${t.met === null ? 'n/a' : t.met ? 'yes' : '**no**'} |`,
    );
  lines.push('');
  lines.push('## How it is measured');
  lines.push('');
  lines.push(
    [
      '- First frame: navigation start → the second requestAnimationFrame after the first event mark is in the DOM (the frame showing it has been presented).',
      '- Interactions start once the page is idle after its first frame and, for Sourceline, its service worker is active (its first install precaches the app and the dataset on other threads, and the search index is read in a worker meanwhile).',
      '- Zoom: 60 wheel notches at the chart centre, one per animation frame (30 in, 30 out); pan: after zooming in 12 notches, a 60-step mouse drag of 10 px per frame. Frame time = interval between consecutive rAF callbacks (60 Hz vsync, so 16.7 ms = no dropped frame).',
      '- Filter and select: a click (pointer, mouse and click events) → the second rAF after the timeline (or the details heading) changed.',
      "- Deep link: a link to the event nine tenths of the way through the story (`#/event/<id>`; in a sharded build, a far shard) opened in a new page with an empty cache: navigation start → the frame after its title shows in the open event's heading.",
      '- Heap: CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage. Bytes: JS and CSS files requested before the first frame with events, sized from the dist files; gzip = Node zlib default level.',
      `- vis-timeline page: bench/peer (vis-timeline/standalone, ${peerSetup(meta.peerQuery)}), same dataset bundled the same way, filtered through a DataView refreshed on checkbox change.`,
    ].join('\n'),
  );
  const notes = sizes.flatMap((s) => [
    ...s.ours.notes.map((n) => `${s.label} ours: ${n}`),
    ...(s.peerNote ? [`${s.label} vis-timeline: ${s.peerNote}`] : []),
    ...(s.peer?.notes ?? []).map((n) => `${s.label} vis-timeline: ${n}`),
  ]);
  if (notes.length > 0) {
    lines.push('', '## Notes', '', ...notes.map((n) => `- ${n}`));
  }
  return `${lines.join('\n')}\n`;
}
