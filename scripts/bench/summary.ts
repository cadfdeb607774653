import type { RunResult } from './measure';
import { medianOf, ratio } from './stats';

/** Medians over runs of one page at one size (null = n/a in every run). */
export interface Summary {
  runs: number;
  firstFrameMs: number | null;
  fcpMs: number | null;
  zoomMedian: number | null;
  zoomP95: number | null;
  zoomMax: number | null;
  panMedian: number | null;
  panP95: number | null;
  panMax: number | null;
  filterActorMs: number | null;
  filterPlaceMs: number | null;
  selectMs: number | null;
  /** A link to one event opened in a fresh page → details painted (absent in older results). */
  deepLinkMs?: number | null;
  searchColdMs: number | null;
  searchWarmMs: number | null;
  heapMB: number | null;
  /** The heap after every interaction (absent in older results). */
  heapEndMB?: number | null;
  jsRawKB: number | null;
  jsGzipKB: number | null;
  cssRawKB: number | null;
  cssGzipKB: number | null;
  /** Every distinct n/a reason or oddity seen in the runs. */
  notes: string[];
}

const kb = (bytes: number | undefined) =>
  bytes === undefined ? null : Math.round(bytes / 102.4) / 10;

export function summarise(runs: readonly RunResult[]): Summary {
  const m = (pick: (r: RunResult) => number | null | undefined) => medianOf(runs.map(pick));
  const notes = new Set<string>();
  for (const r of runs) {
    r.notes.forEach((n) => notes.add(n));
    if (r.zoom.note) notes.add(`zoom: ${r.zoom.note}`);
    if (r.pan.note) notes.add(`pan: ${r.pan.note}`);
    r.failures.forEach((f) => notes.add(`FAILURE: ${f}`));
  }
  return {
    runs: runs.length,
    firstFrameMs: m((r) => r.firstFrameMs),
    fcpMs: m((r) => r.fcpMs),
    zoomMedian: m((r) => r.zoom.median),
    zoomP95: m((r) => r.zoom.p95),
    zoomMax: m((r) => r.zoom.max),
    panMedian: m((r) => r.pan.median),
    panP95: m((r) => r.pan.p95),
    panMax: m((r) => r.pan.max),
    filterActorMs: m((r) => r.filterActorMs),
    filterPlaceMs: m((r) => r.filterPlaceMs),
    selectMs: m((r) => r.selectMs),
    deepLinkMs: m((r) => r.deepLinkMs),
    searchColdMs: m((r) => r.searchColdMs),
    searchWarmMs: m((r) => r.searchWarmMs),
    heapMB: m((r) => r.heapMB),
    heapEndMB: m((r) => r.heapEndMB),
    jsRawKB: m((r) => kb(r.js?.raw)),
    jsGzipKB: m((r) => kb(r.js?.gzip)),
    cssRawKB: m((r) => kb(r.css?.raw)),
    cssGzipKB: m((r) => kb(r.css?.gzip)),
    notes: [...notes],
  };
}

/** ours / vis-timeline for the measures both pages have. */
export function ratios(ours: Summary, peer: Summary | null) {
  const r = (pick: (s: Summary) => number | null) => (peer ? ratio(pick(ours), pick(peer)) : null);
  return {
    firstFrame: r((s) => s.firstFrameMs),
    zoomP95: r((s) => s.zoomP95),
    panP95: r((s) => s.panP95),
    filterActor: r((s) => s.filterActorMs),
    filterPlace: r((s) => s.filterPlaceMs),
    heap: r((s) => s.heapMB),
  };
}
export type Ratios = ReturnType<typeof ratios>;
