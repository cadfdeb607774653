import { describe, expect, it } from 'vitest';
import {
  checkTargets,
  peerSetup,
  toMarkdown,
  type SizeResult,
} from '../../../scripts/bench/report';
import { ratios, summarise } from '../../../scripts/bench/summary';
import type { RunResult } from '../../../scripts/bench/measure';

/** One run's result with the given figures; everything else is n/a. */
function run(figures: Partial<RunResult>): RunResult {
  return {
    firstFrameMs: null,
    fcpMs: null,
    zoom: { median: null, p95: null, max: null, frames: [], note: null },
    pan: { median: null, p95: null, max: null, frames: [], note: null },
    filterActorMs: null,
    filterPlaceMs: null,
    selectMs: null,
    deepLinkMs: null,
    searchColdMs: null,
    searchWarmMs: null,
    heapMB: null,
    heapEndMB: null,
    failures: [],
    notes: [],
    ...figures,
  } as RunResult;
}

function size(events: number, ours: Partial<RunResult>, peer?: Partial<RunResult>): SizeResult {
  const o = summarise([run(ours)]);
  const p = peer ? summarise([run(peer)]) : null;
  return {
    label: String(events),
    events,
    articles: 1,
    datasetMB: 1,
    ours: o,
    peer: p,
    peerNote: null,
    ratios: ratios(o, p),
    peerTimeoutMs: null,
  };
}

const met = (checks: ReturnType<typeof checkTargets>) =>
  Object.fromEntries(checks.map((c) => [c.target, c.met]));

describe('bench targets with a slowed CPU', () => {
  const tenK = size(10_000, {
    firstFrameMs: 1400,
    zoom: { median: 16.7, p95: 16.8, max: 20, frames: [], note: null },
    pan: { median: 16.7, p95: 33.3, max: 50, frames: [], note: null },
    filterActorMs: 45,
    filterPlaceMs: 60,
    selectMs: 50,
  });
  const oneK = size(
    1000,
    { filterActorMs: 20, filterPlaceMs: 30 },
    {
      filterActorMs: 50,
      filterPlaceMs: 50,
    },
  );
  const corpus = { ...size(77, { firstFrameMs: 1200 }), label: 'corpus' };

  it('checks the phone-class targets at 4×, each against its own limit', () => {
    expect(met(checkTargets([oneK, tenK], corpus, 4))).toEqual({
      '4× CPU, 10k: zoom p95 frame ≤ 16.7 ms': true,
      '4× CPU, 10k: pan p95 frame ≤ 16.7 ms': false,
      '4× CPU, 10k: filter (actor) → paint ≤ 50 ms': true,
      '4× CPU, 10k: filter (+ place) → paint ≤ 50 ms': false,
      '4× CPU, 10k: select → details painted ≤ 50 ms': true,
      '4× CPU, 10k: first frame ≤ 1.5 s': true,
      '4× CPU, 1k: filter (actor) ratio ≤ 0.5': true,
      '4× CPU, 1k: filter (+ place) ratio ≤ 0.5': false,
      '4× CPU, real corpus: first frame ≤ 1 s': false,
    });
  });

  it('keeps the normal-speed targets at 1×', () => {
    const targets = met(checkTargets([tenK], null));
    expect(targets['10k: first frame ≤ 1 s']).toBe(false);
    expect(Object.keys(targets).some((t) => t.includes('CPU'))).toBe(false);
  });

  it('checks search at 10k and 50k, the 1k filter ratios and the million-event targets at 1×', () => {
    const fiftyK = size(50_000, { searchColdMs: 450 });
    const million = size(1_000_000, {
      firstFrameMs: 1600,
      zoom: { median: 16.7, p95: 16.7, max: 33, frames: [], note: null },
      pan: { median: 16.7, p95: 16.7, max: 17, frames: [], note: null },
      filterActorMs: 140,
      filterPlaceMs: 160,
      deepLinkMs: 1100,
      heapMB: 120,
      heapEndMB: 310,
    });
    const targets = met(
      checkTargets(
        [oneK, { ...tenK, ours: { ...tenK.ours, searchColdMs: 250 } }, fiftyK, million],
        null,
      ),
    );
    expect(targets).toMatchObject({
      '10k: first search ≤ 200 ms': false,
      '50k: first search ≤ 500 ms': true,
      '1k: filter (actor) ratio ≤ 0.5': true,
      '1k: filter (+ place) ratio ≤ 0.5': false,
      '1M: first frame ≤ 1.5 s': false,
      '1M: zoom p95 frame ≤ 16.7 ms': true,
      '1M: pan p95 frame ≤ 16.7 ms': true,
      '1M: filter (actor) → paint ≤ 150 ms': true,
      '1M: filter (+ place) → paint ≤ 150 ms': false,
      '1M: deep-linked event open ≤ 1 s': false,
      '1M: JS heap ≤ 300 MB (after load and after the run)': false,
    });
  });

  it('leaves the Lighthouse reminder out of a run of large sizes alone', () => {
    const million = size(1_000_000, { deepLinkMs: 900 });
    expect(Object.keys(met(checkTargets([million], null)))).not.toContain(
      'Lighthouse performance 100',
    );
    expect(Object.keys(met(checkTargets([tenK], null)))).toContain('Lighthouse performance 100');
  });

  it('checks ratios only where the peer was measured', () => {
    const targets = Object.keys(met(checkTargets([oneK, tenK], null)));
    expect(targets).toContain('1,000: render ratio ours/vis-timeline ≤ 0.2');
    expect(targets.some((t) => t.startsWith('10,000:'))).toBe(false);
  });

  it('says in the report that the CPU was slowed, and how', () => {
    const machine = {
      nproc: 2,
      cpu: 'test',
      memoryGiB: 1,
      chromium: 'x',
      node: 'y',
      os: 'z',
      loadStart: 0,
    };
    const meta = { date: 'now', runs: 1, peerRuns: 1, quick: false };
    const slowed = toMarkdown(machine as never, [tenK], [], { ...meta, cpuRate: 4 });
    expect(slowed).toMatch(/^# Benchmark: Sourceline vs vis-timeline, CPU slowed 4×$/m);
    expect(slowed).toContain('Emulation.setCPUThrottlingRate');
    expect(toMarkdown(machine as never, [tenK], [], meta)).not.toContain('slowed');
  });

  it('describes the peer page as the run opened it', () => {
    expect(peerSetup()).toBe('lanes by event kind, default stacking');
    expect(peerSetup('lanes=0')).toBe('no lanes (no groups), default stacking: `?lanes=0`');
    expect(peerSetup('stack=0')).toBe('lanes by event kind, stacking off: `?stack=0`');
  });
});
