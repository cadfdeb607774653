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
 * --no-corpus --quick.
 */
import { readFileSync, mkdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import type { Dataset } from '../../src/domain/types';
import { describeMachine } from './machine';
import { measureRun, type RunInput, type RunResult } from './measure';
import { run, startPreview } from './processes';
import { checkTargets, toMarkdown, type SizeResult } from './report';
import { ratios, summarise } from './summary';
import { SOURCELINE, VIS_TIMELINE, type Target } from './targets';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    runs: { type: 'string', default: '5' },
    'peer-runs': { type: 'string' },
    'peer-timeout': { type: 'string', default: '120' },
    'no-peer': { type: 'boolean', default: false },
    'no-corpus': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
  },
});

const quick = values.quick;
const sizes = quick ? [1000] : values.sizes.split(',').map(Number);
const runs = quick ? 1 : Number(values.runs);
const peerRuns = quick ? 1 : Number(values['peer-runs'] ?? runs);
const peerTimeoutMs = Number(values['peer-timeout']) * 1000;
const withPeer = !values['no-peer'];
const withCorpus = !values['no-corpus'] && !quick;
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1) || !(peerRuns >= 1)) {
  console.error(
    'usage: npm run bench [-- --sizes 1000,10000 --runs 5 --peer-runs 5 --peer-timeout 120 --no-peer --no-corpus]',
  );
  process.exit(2);
}

const root = process.cwd();
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PEER_CONFIG = path.join(root, 'scripts/bench/peer/vite.config.ts');
const CORPUS = path.join(root, 'src/generated/dataset.json');
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

/** The actor in most events, and the city most common among that actor's events. */
function facetChoice(dataset: Dataset) {
  const count = (ids: string[]) => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  };
  const actorId = count(dataset.events.flatMap((e) => e.actors));
  const cities = new Set(dataset.places.filter((p) => p.kind === 'city').map((p) => p.id));
  const placeId = count(
    dataset.events
      .filter((e) => actorId && e.actors.includes(actorId))
      .flatMap((e) => e.places.filter((p) => cities.has(p))),
  );
  return {
    actorName: dataset.actors.find((a) => a.id === actorId)?.name ?? '(none)',
    placeName: dataset.places.find((p) => p.id === placeId)?.name ?? '(none)',
  };
}

async function prepare(label: string, datasetPath: string, peer: boolean): Promise<Prepared> {
  const dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as Dataset;
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
    events: dataset.events.length,
    articles: dataset.articles.length,
    datasetMB: Math.round(statSync(datasetPath).size / 1e5) / 10,
    ours,
    peer: peerDir,
    input: {
      ...facetChoice(dataset),
      titles: new Map(dataset.events.map((e) => [e.id, e.title])),
      loadTimeoutMs: 120_000,
      driveLimitMs: 60_000,
    },
  };
}

async function measureMany(
  browser: Browser,
  target: Target,
  dir: string,
  config: string | undefined,
  input: Prepared['input'],
  count: number,
) {
  const server = await startPreview(dir, config);
  const results: RunResult[] = [];
  let stopped: string | null = null;
  try {
    for (let i = 0; i < count; i++) {
      const r = await measureRun(browser, target, { ...input, url: server.url, distDir: dir });
      results.push(r);
      log(
        `${target.name} run ${i + 1}/${count}: first frame ${r.firstFrameMs ?? 'n/a'} ms, zoom p95 ${r.zoom.p95 ?? 'n/a'}, pan p95 ${r.pan.p95 ?? 'n/a'}, ` +
          `filter ${r.filterActorMs ?? 'n/a'}/${r.filterPlaceMs ?? 'n/a'} ms, select ${r.selectMs ?? 'n/a'} ms, heap ${r.heapMB ?? 'n/a'} MB` +
          (r.failures.length ? ` FAILURES: ${r.failures.join('; ')}` : '') +
          (r.notes.length ? ` (${r.notes.join('; ')})` : ''),
      );
      if (r.firstFrameMs === null) {
        stopped = `did not draw within ${input.loadTimeoutMs / 1000} s; remaining runs skipped`;
        break;
      }
    }
  } finally {
    await server.stop();
  }
  return { results, stopped };
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

  const browser = await chromium.launch({
    executablePath: chromePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const machine = describeMachine(chromePath, browser.version());
  const results: SizeResult[] = [];
  const raw: Record<string, unknown> = {};
  let peerGaveUpAt: number | null = null;
  try {
    for (const p of [...prepared, ...(corpus ? [corpus] : [])]) {
      log(
        `measuring ${p.label}: ${p.events} events (actor "${p.input.actorName}", place "${p.input.placeName}")`,
      );
      const ours = await measureMany(browser, SOURCELINE, p.ours, undefined, p.input, runs);
      ours.results.forEach((r) =>
        r.failures.forEach((f) => failures.push(`${p.label} ours: ${f}`)),
      );
      let peer: Awaited<ReturnType<typeof measureMany>> | null = null;
      let peerNote: string | null = null;
      if (p.peer && peerGaveUpAt !== null) {
        peerNote = `not run: vis-timeline did not draw ${peerGaveUpAt.toLocaleString('en-US')} events within ${peerTimeoutMs / 1000} s`;
      } else if (p.peer) {
        peer = await measureMany(
          browser,
          VIS_TIMELINE,
          p.peer,
          PEER_CONFIG,
          { ...p.input, loadTimeoutMs: peerTimeoutMs },
          peerRuns,
        );
        peer.results.forEach((r) =>
          r.failures.forEach((f) => failures.push(`${p.label} vis-timeline: ${f}`)),
        );
        if (peer.stopped) {
          peerNote = peer.stopped;
          peerGaveUpAt = p.events;
        }
      }
      const oursSummary = summarise(ours.results);
      const peerSummary = peer ? summarise(peer.results) : null;
      const timedOut = peer?.stopped ? peerTimeoutMs : null;
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
      raw[p.label] = { ours: ours.results, peer: peer?.results ?? null };
    }
  } finally {
    await browser.close();
  }

  const sized = results.filter((r) => r.label !== 'corpus');
  const targets = checkTargets(sized, results.find((r) => r.label === 'corpus') ?? null);
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const md = toMarkdown(machine, results, targets, { date, runs, peerRuns, quick });
  const outDir = path.join(root, 'bench/results');
  mkdirSync(outDir, { recursive: true });
  const name = quick ? 'quick' : 'latest';
  writeFileSync(
    path.join(outDir, `${name}.json`),
    `${JSON.stringify({ date, machine, runs, peerRuns, quick, results, targets, failures, raw }, null, 2)}\n`,
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
