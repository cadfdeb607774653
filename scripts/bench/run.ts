/**
 * `npm run bench`: builds the production app around synthetic datasets of 1,000, 10,000 and
 * 50,000 events, serves each build with `vite preview` on 127.0.0.1, drives it in Debian's
 * Chromium (Playwright) and measures it against vis-timeline on the same events in the same
 * browser. Writes bench/results/latest.json and latest.md.
 *
 * `npm run bench:quick`: 1,000 events, one run, one peer run: a smoke test with no
 * thresholds. It exits non-zero only when something is broken (page error, missing element,
 * failed build), never because a figure is slow.
 *
 * Options: --sizes 1000,10000 --runs 5 --peer-runs 5 --peer-timeout 120 (s) --no-peer
 * --no-corpus --quick --peer-query stack=0 (or lanes=0) --cpu 4 --out NAME (see
 * scripts/bench/README.md). With `--cpu N` (N > 1) every run, ours and the peer's, has its CPU
 * slowed N times and the results go to latest-cpuN.json/.md, checked against the phone-class
 * targets. `--out NAME` writes bench/results/NAME.json/.md instead.
 */
import { readFileSync, mkdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import type { Dataset } from '../../src/domain/types';
import { CHROME_PATH, chromiumLaunchOptions } from '../lib/chromium';
import { readDatasetFacts } from './datasetFacts';
import { describeMachine, loadAverage } from './machine';
import { measureRun, type RunInput, type RunResult } from './measure';
import { run, startPreview } from './processes';
import { checkTargets, toMarkdown, type SizeResult } from './report';
import { ratios, summarise } from './summary';
import { SOURCELINE, VIS_TIMELINE } from './targets';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    runs: { type: 'string', default: '5' },
    'peer-runs': { type: 'string' },
    'peer-timeout': { type: 'string', default: '120' },
    /** Query string for the peer page, e.g. `stack=0` (vis-timeline without stacking). */
    'peer-query': { type: 'string', default: '' },
    'no-peer': { type: 'boolean', default: false },
    'no-corpus': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    /** CPU slowdown for every run (CDP throttling): 4 is DevTools' mid-range phone. */
    cpu: { type: 'string', default: '1' },
    /** The result files' name under bench/results (default: latest, latest-cpuN, quick). */
    out: { type: 'string' },
  },
});

const quick = values.quick;
const sizes = quick ? [1000] : values.sizes.split(',').map(Number);
const runs = quick ? 1 : Number(values.runs);
const peerRuns = quick ? 1 : Number(values['peer-runs'] ?? runs);
const peerTimeoutMs = Number(values['peer-timeout']) * 1000;
const withPeer = !values['no-peer'];
const withCorpus = !values['no-corpus'] && !quick;
const cpuRate = Number(values.cpu);
if (
  sizes.some((n) => !Number.isInteger(n) || n < 1) ||
  !(runs >= 1) ||
  !(peerRuns >= 1) ||
  !(cpuRate >= 1 && cpuRate <= 20) ||
  (values.out !== undefined && !/^[\w.-]+$/.test(values.out))
) {
  console.error(
    'usage: npm run bench [-- --sizes 1000,10000 --runs 5 --peer-runs 5 --peer-timeout 120 --no-peer --no-corpus --cpu 4 --peer-query lanes=0 --out NAME]',
  );
  process.exit(2);
}

const root = process.cwd();
const PEER_CONFIG = path.join(root, 'scripts/bench/peer/vite.config.ts');
const CORPUS = path.join(root, 'src/generated/dataset.json');
const launch = () => chromium.launch(chromiumLaunchOptions);
/** A peer that takes longer than this to draw gets SLOW_PEER_RUNS runs at that size. */
const SLOW_PEER_MS = 30_000;
const SLOW_PEER_RUNS = 3;
/** A peer slower than this at one size is not run at larger sizes (it only gets slower). */
const VERY_SLOW_PEER_MS = 120_000;
const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Prepared {
  label: string;
  events: number;
  articles: number;
  datasetMB: number;
  ours: string;
  peer: string | null;
  input: Omit<RunInput, 'url' | 'distDir'>;
}

async function prepare(label: string, datasetPath: string, peer: boolean): Promise<Prepared> {
  const facts = readDatasetFacts(datasetPath);
  const ours = path.join(root, `bench/dist-${label}`);
  log(
    `building Sourceline around ${path.relative(root, datasetPath)} → ${path.relative(root, ours)}`,
  );
  await run('npx', ['vite', 'build', '--outDir', ours, '--emptyOutDir', '--logLevel', 'warn'], {
    DATASET: datasetPath,
  });
  let peerDir: string | null = null;
  if (peer) {
    peerDir = path.join(root, `bench/dist-peer-${label}`);
    log(`building the vis-timeline page → ${path.relative(root, peerDir)}`);
    await run(
      'npx',
      ['vite', 'build', '--config', PEER_CONFIG, '--outDir', peerDir, '--emptyOutDir'],
      { DATASET: datasetPath },
    );
  }
  return {
    label,
    events: facts.events,
    articles: facts.articles,
    datasetMB: Math.round(statSync(datasetPath).size / 1e5) / 10,
    ours,
    peer: peerDir,
    input: {
      actorName: facts.actorName,
      placeName: facts.placeName,
      titles: facts.titles,
      linked: facts.linked,
      loadTimeoutMs: 120_000 * cpuRate,
      driveLimitMs: 60_000 * cpuRate,
      cpuRate,
    },
  };
}

function logRun(name: string, i: number, count: number, r: RunResult) {
  log(
    `${name} run ${i + 1}/${count}: first frame ${r.firstFrameMs ?? 'n/a'} ms, zoom p95 ${r.zoom.p95 ?? 'n/a'}, pan p95 ${r.pan.p95 ?? 'n/a'}, ` +
      `filter ${r.filterActorMs ?? 'n/a'}/${r.filterPlaceMs ?? 'n/a'} ms, select ${r.selectMs ?? 'n/a'} ms, deep link ${r.deepLinkMs ?? 'n/a'} ms, search ${r.searchColdMs ?? 'n/a'}/${r.searchWarmMs ?? 'n/a'} ms, heap ${r.heapMB ?? 'n/a'}/${r.heapEndMB ?? 'n/a'} MB` +
      (r.failures.length ? ` FAILURES: ${r.failures.join('; ')}` : '') +
      (r.notes.length ? ` (${r.notes.join('; ')})` : ''),
  );
}

/**
 * Runs ours and the peer alternately (ours 1, peer 1, ours 2, ...) so that both see the same
 * machine conditions. Peer runs stop after one that does not draw within the timeout.
 */
async function measureSize(p: Prepared, withPeerRuns: boolean) {
  const oursServer = await startPreview(p.ours);
  const peerServer = withPeerRuns && p.peer ? await startPreview(p.peer, PEER_CONFIG) : null;
  const ours: RunResult[] = [];
  const peer: RunResult[] = [];
  let stopped: string | null = null;
  let slowNote: string | null = null;
  let tooSlow: number | null = null;
  let peerLimit = peerRuns;
  try {
    for (let i = 0; i < Math.max(runs, peerServer ? peerRuns : 0); i++) {
      if (i < runs) {
        const r = await measureRun(launch, SOURCELINE, {
          ...p.input,
          url: oursServer.url,
          distDir: p.ours,
        });
        ours.push(r);
        logRun(SOURCELINE.name, i, runs, r);
      }
      if (peerServer && p.peer && i < peerLimit && !stopped) {
        const input = {
          ...p.input,
          loadTimeoutMs: peerTimeoutMs,
          url: values['peer-query'] ? `${peerServer.url}?${values['peer-query']}` : peerServer.url,
          distDir: p.peer,
        };
        const r = await measureRun(launch, VIS_TIMELINE, input);
        peer.push(r);
        logRun(VIS_TIMELINE.name, i, peerLimit, r);
        if (r.firstFrameMs === null) {
          stopped = `did not draw within ${peerTimeoutMs / 1000} s; remaining runs skipped`;
        } else if (r.firstFrameMs > VERY_SLOW_PEER_MS) {
          // Each run takes many minutes at this size: one run, and no larger size.
          peerLimit = 1;
          tooSlow = r.firstFrameMs;
          slowNote = `1 run only: vis-timeline took ${Math.round(r.firstFrameMs / 1000)} s to draw`;
        } else if (r.firstFrameMs > SLOW_PEER_MS && peerLimit > SLOW_PEER_RUNS) {
          // Each run takes minutes at this size: fewer runs, said in the report.
          peerLimit = SLOW_PEER_RUNS;
          slowNote = `${SLOW_PEER_RUNS} runs only: vis-timeline took over ${SLOW_PEER_MS / 1000} s to draw`;
        }
      }
    }
  } finally {
    await oursServer.stop();
    await peerServer?.stop();
  }
  return { ours, peer: peerServer ? peer : null, stopped, slowNote, tooSlow };
}

async function main() {
  const failures: string[] = [];
  const prepared: Prepared[] = [];
  for (const n of sizes) {
    const file = path.join(root, `bench/data/events-${n}.json`);
    log(`generating ${n} events (seed 1)`);
    await run('npx', [
      'tsx',
      'scripts/generate-dataset.ts',
      '--events',
      String(n),
      '--seed',
      '1',
      '--out',
      file,
    ]);
    prepared.push(await prepare(String(n), file, withPeer));
  }
  let corpus: Prepared | null = null;
  if (withCorpus && existsSync(CORPUS)) {
    const events = (JSON.parse(readFileSync(CORPUS, 'utf8')) as Dataset).events.length;
    if (events > 0) corpus = await prepare('corpus', CORPUS, false);
    else log('the real corpus (src/generated/dataset.json) has no events yet: skipped');
  }

  const probe = await launch();
  const version = probe.version();
  await probe.close();
  const machine = describeMachine(CHROME_PATH, version);
  const loads: number[] = [machine.loadStart];
  const results: SizeResult[] = [];
  const raw: Record<string, unknown> = {};
  let peerGaveUpAt: number | null = null;
  let peerGaveUpReason = '';
  try {
    for (const p of [...prepared, ...(corpus ? [corpus] : [])]) {
      log(
        `measuring ${p.label}: ${p.events} events (actor "${p.input.actorName}", place "${p.input.placeName}")`,
      );
      const peerSkipped = p.peer !== null && peerGaveUpAt !== null;
      const measured = await measureSize(p, !peerSkipped);
      const { ours, peer } = measured;
      ours.forEach((r) => r.failures.forEach((f) => failures.push(`${p.label} ours: ${f}`)));
      peer?.forEach((r) =>
        r.failures.forEach((f) => failures.push(`${p.label} vis-timeline: ${f}`)),
      );
      let peerNote: string | null = measured.stopped ?? measured.slowNote;
      if (peerSkipped && peerGaveUpAt !== null) {
        peerNote = `not run: vis-timeline ${peerGaveUpReason}`;
      }
      if (measured.stopped) {
        peerGaveUpAt = p.events;
        peerGaveUpReason = `did not draw ${p.events.toLocaleString('en-US')} events within ${peerTimeoutMs / 1000} s`;
      } else if (measured.tooSlow !== null) {
        peerGaveUpAt = p.events;
        peerGaveUpReason = `took ${Math.round(measured.tooSlow / 1000)} s to draw ${p.events.toLocaleString('en-US')} events`;
      }
      const oursSummary = summarise(ours);
      const peerSummary = peer ? summarise(peer) : null;
      const timedOut = measured.stopped ? peerTimeoutMs : null;
      const r = ratios(oursSummary, peerSummary);
      // The peer never drew: its render time is at least the timeout, so ours/peer is at most this.
      if (timedOut !== null && oursSummary.firstFrameMs !== null)
        r.firstFrame = oursSummary.firstFrameMs / timedOut;
      results.push({
        label: p.label,
        events: p.events,
        articles: p.articles,
        datasetMB: p.datasetMB,
        ours: oursSummary,
        peer: peerSummary,
        peerNote,
        ratios: r,
        peerTimeoutMs: timedOut,
      });
      raw[p.label] = { ours, peer };
      loads.push(loadAverage());
    }
  } finally {
    // each run closed its own browser
  }

  machine.loadEnd = loadAverage();
  machine.loadMax = Math.max(...loads, machine.loadEnd);
  const sized = results.filter((r) => r.label !== 'corpus');
  const targets = checkTargets(sized, results.find((r) => r.label === 'corpus') ?? null, cpuRate);
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const peerQuery = values['peer-query'];
  const md = toMarkdown(machine, results, targets, {
    date,
    runs,
    peerRuns,
    quick,
    cpuRate,
    peerQuery,
  });
  const outDir = path.join(root, 'bench/results');
  mkdirSync(outDir, { recursive: true });
  const name = values.out ?? (quick ? 'quick' : cpuRate > 1 ? `latest-cpu${cpuRate}` : 'latest');
  writeFileSync(
    path.join(outDir, `${name}.json`),
    `${JSON.stringify({ date, machine, runs, peerRuns, quick, cpuRate, peerQuery, results, targets, failures, raw }, null, 2)}\n`,
  );
  writeFileSync(path.join(outDir, `${name}.md`), md);
  console.log(`\n${md}`);
  log(`wrote bench/results/${name}.json and ${name}.md`);
  if (failures.length > 0) {
    console.error(
      `\n${failures.length} failure(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`,
    );
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
