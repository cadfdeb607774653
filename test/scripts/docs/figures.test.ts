import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  benchmarkBlock,
  dayOf,
  measuredBlock,
  replaceBlock,
  summariseLighthouse,
  writeFigures,
  type BenchResults,
  type LighthouseRun,
} from '../../../scripts/docs/figures';
import { formatReadme, readFigureInputs } from '../../../scripts/docs/readFigures';
import type { SizeResult } from '../../../scripts/bench/report';
import type { Summary } from '../../../scripts/bench/summary';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the README figures', () => {
  it('match the result files (run npm run docs:figures after a bench or Lighthouse run)', async () => {
    const { readme, bench, lighthouse, named } = readFigureInputs(root);
    expect(readme).toContain('<!-- figures:measured -->');
    expect(readme).toContain('<!-- figures:benchmark -->');
    expect(await formatReadme(root, writeFigures(readme, bench, lighthouse, named))).toBe(readme);
  }, 20_000);
});

const summary = (over: Partial<Summary>): Summary => ({
  runs: 3,
  firstFrameMs: null,
  fcpMs: null,
  zoomMedian: null,
  zoomP95: null,
  zoomMax: null,
  panMedian: null,
  panP95: null,
  panMax: null,
  filterActorMs: null,
  filterPlaceMs: null,
  selectMs: null,
  searchColdMs: null,
  searchWarmMs: null,
  heapMB: null,
  jsRawKB: null,
  jsGzipKB: null,
  cssRawKB: null,
  cssGzipKB: null,
  notes: [],
  ...over,
});
const NO_RATIOS = {
  firstFrame: null,
  zoomP95: null,
  panP95: null,
  filterActor: null,
  filterPlace: null,
  heap: null,
};
const size = (over: Partial<SizeResult>): SizeResult => ({
  label: '1000',
  events: 1000,
  articles: 20,
  datasetMB: 1.3,
  ours: summary({}),
  peer: null,
  peerNote: null,
  ratios: NO_RATIOS,
  peerTimeoutMs: null,
  ...over,
});
const BENCH: BenchResults = {
  date: '2026-12-01 02:10 UTC',
  machine: {
    nproc: 2,
    cpu: 'Test CPU',
    memoryGiB: 8,
    chromium: 'Chromium 150.0.1 built on Debian',
    node: 'v20',
    os: 'Linux',
    loadStart: 0.4,
    loadEnd: 0.3,
    loadMax: 0.9,
  },
  runs: 3,
  peerRuns: 2,
  quick: false,
  results: [
    size({
      ours: summary({ firstFrameMs: 1234.4, zoomP95: 16.71, zoomMax: 33.4, filterActorMs: 44.56 }),
      peer: summary({ firstFrameMs: 4000, zoomP95: 33.3, zoomMax: 50 }),
      ratios: { ...NO_RATIOS, firstFrame: 0.3086, zoomP95: 0.5018 },
    }),
    size({
      label: '10000',
      events: 10_000,
      ours: summary({ firstFrameMs: 987.6 }),
      peer: summary({}),
      peerTimeoutMs: 90_000,
      ratios: { ...NO_RATIOS, firstFrame: 0.01097 },
    }),
    size({
      label: 'corpus',
      events: 77,
      articles: 5,
      datasetMB: 0.2,
      ours: summary({ jsGzipKB: 111.2, jsRawKB: 330.4, cssGzipKB: 5, cssRawKB: 20.1 }),
    }),
  ],
  targets: [
    { target: '10k: first frame ≤ 1 s', measured: '987.6 ms', met: true },
    { target: '10k: select ≤ 50 ms', measured: 'n/a', met: null },
    { target: '1,000: zoom p95 ratio ≤ 0.5', measured: '0.5 ×', met: false },
  ],
};
const RUN: LighthouseRun = {
  fetchTime: '2026-11-30T22:02:59.944Z',
  lighthouseVersion: '12.8.2',
  scores: { performance: 92, accessibility: 100, 'best-practices': 100 },
  lcp: '2.0 s',
  tbt: '330 ms',
};

describe('benchmarkBlock', () => {
  const block = benchmarkBlock(BENCH);
  const rows = block.split('\n').filter((l) => l.startsWith('| '));

  it('says when and how it was run', () => {
    expect(block).toMatch(
      /^Run 2026-12-01 02:10 UTC on a 2-core machine \(load average 0\.3 to 0\.9\), Chromium 150\.0\.1 headless: medians of 3 fresh page loads .* 1,000, 10,000 events \(seed 1\)\./,
    );
  });

  it('has a column per size, the peer and the ratio where the peer ran, no corpus column', () => {
    expect(rows[0]).toBe(
      '| measure | 1k: ours | 1k: vis-timeline | ratio | 10k: ours | 10k: vis-timeline | ratio |',
    );
  });

  it('writes each figure from the results, and a peer that never drew as such', () => {
    expect(rows[2]).toBe(
      '| first frame with events (ms) | 1,234 | 4,000 | 0.31× | 988 | did not draw in 90 s | < 0.01× |',
    );
    expect(rows[3]).toBe(
      '| zoom frame p95 / worst (ms) | 16.7 / 33 | 33.3 / 50 | 0.50× | n/a | n/a |  |',
    );
    expect(rows[5]).toBe('| filter (actor) → paint (ms) | 44.6 | n/a |  | n/a | n/a |  |');
  });

  it('lists the targets with what was measured and whether each is met', () => {
    expect(rows.slice(-3)).toEqual([
      '| 10k: first frame ≤ 1 s | 987.6 ms | yes |',
      '| 10k: select ≤ 50 ms | n/a | n/a |',
      '| 1,000: zoom p95 ratio ≤ 0.5 | 0.5 × | **no** |',
    ]);
  });
});

describe('the large sizes (no peer)', () => {
  const large: BenchResults = {
    ...BENCH,
    results: [
      size({
        label: '100000',
        events: 100_000,
        ours: summary({ deepLinkMs: 1490.1, heapMB: 8.8, heapEndMB: 41.25 }),
      }),
      size({ label: '1000000', events: 1_000_000, ours: summary({ deepLinkMs: 812.34 }) }),
    ],
  };

  it('has our column per size and a deep link row once a deep link was measured', () => {
    const rows = benchmarkBlock(large)
      .split('\n')
      .filter((l) => l.startsWith('| '));
    expect(rows[0]).toBe('| measure | 100k: ours | 1M: ours |');
    expect(rows).toContain('| deep link, fresh page → details (ms) | 1,490 | 812 |');
    expect(rows).toContain('| JS heap after the run (MB) | 41.3 | n/a |');
    expect(benchmarkBlock(BENCH)).not.toContain('after the run');
    expect(benchmarkBlock(large)).not.toContain('vis-timeline');
    expect(benchmarkBlock(BENCH)).not.toContain('deep link');
  });
});

describe('a throttled run and another peer setup', () => {
  it('says the CPU was slowed and how vis-timeline was set up', () => {
    const block = benchmarkBlock({ ...BENCH, cpuRate: 4, peerQuery: 'lanes=0' });
    expect(block).toContain("every run's CPU slowed 4× (CDP `Emulation.setCPUThrottlingRate`");
    expect(block).toContain('vis-timeline as it comes, without lanes');
    expect(benchmarkBlock(BENCH)).toContain('vis-timeline with lanes by kind, as ours');
    expect(benchmarkBlock(BENCH)).not.toContain('slowed');
  });

  it('fills each figures:bench:NAME block from its own results, and refuses one not read', () => {
    const readme = [
      '<!-- figures:measured -->\n<!-- /figures:measured -->',
      '<!-- figures:benchmark -->\n<!-- /figures:benchmark -->',
      '<!-- figures:bench:latest-cpu4 -->\n<!-- /figures:bench:latest-cpu4 -->',
    ].join('\n');
    const slowed = { ...BENCH, cpuRate: 4 };
    const out = writeFigures(
      readme,
      BENCH,
      { mobile: null, desktop: null },
      { 'latest-cpu4': slowed },
    );
    const cpu4 = out.slice(out.indexOf('figures:bench:latest-cpu4'));
    expect(cpu4).toContain('slowed 4×');
    expect(out.slice(0, out.indexOf('figures:bench:latest-cpu4'))).not.toContain('slowed');
    expect(() => writeFigures(readme, BENCH, { mobile: null, desktop: null })).toThrow(
      /latest-cpu4\.json/,
    );
  });
});

describe('measuredBlock', () => {
  it('gives the real corpus bytes and each Lighthouse run, dated', () => {
    const rows = measuredBlock(BENCH, { mobile: RUN, desktop: null }).split('\n').slice(2);
    expect(rows).toEqual([
      '| JS before first paint (real corpus) | 111.2 KB gzip (330 KB raw); target ≤ 110 KB: **not met** | 1 Dec 2026 |',
      '| CSS before first paint | 5.0 KB gzip (20.1 KB raw) | 1 Dec 2026 |',
      '| dataset (fetched, preloaded) | 0.2 MB JSON: 77 events, 5 articles | 1 Dec 2026 |',
      '| Lighthouse mobile (4× CPU, slow 4G) | 92, 100, 100 (LCP 2.0 s, TBT 330 ms); performance target 100: **not met** | 30 Nov 2026 |',
    ]);
  });
});

describe('summariseLighthouse', () => {
  it('keeps the scores in percent, the date and the paint figures', () => {
    expect(
      summariseLighthouse({
        fetchTime: '2026-11-30T22:03:27.703Z',
        lighthouseVersion: '12.8.2',
        categories: {
          performance: { score: 0.95 },
          accessibility: { score: 1 },
          'best-practices': { score: null },
          seo: { score: 0.5 },
        },
        audits: {
          'largest-contentful-paint': { displayValue: '0.6 s' },
          'total-blocking-time': {},
        },
      }),
    ).toEqual({
      fetchTime: '2026-11-30T22:03:27.703Z',
      lighthouseVersion: '12.8.2',
      scores: { performance: 95, accessibility: 100, 'best-practices': null },
      lcp: '0.6 s',
      tbt: null,
    });
  });
});

describe('replaceBlock', () => {
  it('replaces only what stands between its markers', () => {
    const text = 'a\n<!-- figures:x -->\nold\n<!-- /figures:x -->\nb\n';
    expect(replaceBlock(text, 'x', 'new')).toBe(
      'a\n<!-- figures:x -->\n\nnew\n\n<!-- /figures:x -->\nb\n',
    );
  });

  it('refuses a README without the block', () => {
    expect(() => replaceBlock('no markers', 'x', 'new')).toThrow(
      'README.md has no <!-- figures:x --> … <!-- /figures:x --> block',
    );
  });

  it.each([
    ['2026-11-23 12:11 UTC', '23 Nov 2026'],
    ['2026-01-05T00:00:00Z', '5 Jan 2026'],
  ])('dates %s as %s', (stamp, day) => expect(dayOf(stamp)).toBe(day));
});
