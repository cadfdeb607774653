import type { ScaleMode } from '../view/viewState';
import { DAY_MS } from '../calendar';

/**
 * A stretch of time mapped linearly onto a stretch of "units". Inside data segments one unit is
 * one day, so positions stay proportional to time where there are events.
 */
export interface ScalePiece {
  /** Start and end of the stretch, UTC ms (end exclusive). */
  t0: number;
  t1: number;
  /** Where it starts and ends on the unit axis. */
  u0: number;
  u1: number;
}

/** A collapsed empty stretch: drawn `gapWidth` units wide whatever its real length. */
export interface ScaleGap extends ScalePiece {
  /** Whole empty days it stands for (shown as "⋯ 12 days"). */
  days: number;
}

/**
 * The timeline's time axis: UTC ms ↔ units. Both modes share this interface, so the chart,
 * zoom and ticks never ask which one they have. Monotonic and invertible everywhere (gaps are
 * mapped linearly too, just squeezed); outside the extent it extrapolates at one unit per day.
 */
export interface TimelineScale {
  mode: ScaleMode;
  /** Stretches with events, in time order (linear mode: exactly one). */
  segments: ScalePiece[];
  /** Collapsed empty stretches between segments (linear mode: none). */
  gaps: ScaleGap[];
  /** First event day's start to last event day's end, UTC ms. */
  extent: readonly [number, number];
  /** The unit span of `extent`. */
  unitExtent: readonly [number, number];
  toUnit: (t: number) => number;
  fromUnit: (u: number) => number;
}

export interface ScaleOptions {
  /** A run of at least this many empty days is collapsed (compressed mode). Default 3. */
  minGapDays?: number;
  /** Width of a collapsed gap, in units (days). Must stay below `minGapDays`. Default 0.75. */
  gapWidth?: number;
}

/**
 * Builds the timeline scale from the UTC day starts of the events (any order, repeats fine).
 * Compressed: consecutive event days separated by fewer than `minGapDays` empty days form one
 * segment at one unit per day; longer empty runs become gaps `gapWidth` units wide. Linear: one
 * segment from the first to the last event day. No days → a one-day scale at the epoch, so the
 * empty state still has an axis (callers pass a better fallback when they have one).
 */
export function buildTimelineScale(
  days: readonly number[],
  mode: ScaleMode,
  { minGapDays = 3, gapWidth = 0.75 }: ScaleOptions = {},
): TimelineScale {
  const sorted = [...new Set(days.map((d) => Math.floor(d / DAY_MS) * DAY_MS))].sort(
    (a, b) => a - b,
  );
  if (sorted.length === 0) sorted.push(0);
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? 0;
  const segments: ScalePiece[] = [];
  const gaps: ScaleGap[] = [];

  if (mode === 'linear') {
    segments.push({ t0: first, t1: last + DAY_MS, u0: 0, u1: (last + DAY_MS - first) / DAY_MS });
  } else {
    const width = Math.min(gapWidth, minGapDays - 0.5);
    let start = first;
    let prev = first;
    let u = 0;
    const close = (end: number) => {
      const span = (end - start) / DAY_MS;
      segments.push({ t0: start, t1: end, u0: u, u1: u + span });
      u += span;
    };
    for (const day of sorted.slice(1)) {
      const empty = (day - prev) / DAY_MS - 1;
      if (empty >= minGapDays) {
        close(prev + DAY_MS);
        gaps.push({ t0: prev + DAY_MS, t1: day, u0: u, u1: u + width, days: empty });
        u += width;
        start = day;
      }
      prev = day;
    }
    close(last + DAY_MS);
  }

  const pieces: ScalePiece[] = [...segments, ...gaps].sort((a, b) => a.t0 - b.t0);
  const head = pieces[0] as ScalePiece;
  const tail = pieces[pieces.length - 1] as ScalePiece;

  const toUnit = (t: number): number => {
    if (t <= head.t0) return head.u0 + (t - head.t0) / DAY_MS;
    if (t >= tail.t1) return tail.u1 + (t - tail.t1) / DAY_MS;
    const p = findPiece(pieces, (q) => q.t1 > t);
    return p.u0 + ((t - p.t0) / (p.t1 - p.t0)) * (p.u1 - p.u0);
  };
  const fromUnit = (u: number): number => {
    if (u <= head.u0) return head.t0 + (u - head.u0) * DAY_MS;
    if (u >= tail.u1) return tail.t1 + (u - tail.u1) * DAY_MS;
    const p = findPiece(pieces, (q) => q.u1 > u);
    return p.t0 + ((u - p.u0) / (p.u1 - p.u0)) * (p.t1 - p.t0);
  };

  return {
    mode,
    segments,
    gaps,
    extent: [head.t0, tail.t1],
    unitExtent: [head.u0, tail.u1],
    toUnit,
    fromUnit,
  };
}

/** First piece satisfying a monotonic predicate (binary search; callers ensure one exists). */
function findPiece(pieces: readonly ScalePiece[], isAfter: (p: ScalePiece) => boolean) {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(pieces[mid] as ScalePiece)) hi = mid;
    else lo = mid + 1;
  }
  return pieces[lo] as ScalePiece;
}

/** "12 days", "5 months", "8 years": the length a gap marker prints. */
export function formatGapLength(days: number): string {
  if (days < 60) return days === 1 ? '1 day' : `${days} days`;
  if (days < 730) return `${Math.round(days / 30.44)} months`;
  return `${Math.round(days / 365.25)} years`;
}
