import type { TimelineScale } from './compressedScale';

/**
 * Windows on the unit axis (see compressedScale.ts). The store keeps the window as UTC ms
 * (a domain value, meaningful in both scale modes); the chart converts with these helpers.
 */
export type UnitWindow = readonly [number, number];

/** Narrowest window: two hours, enough to pull apart dozens of same-day events. */
export const MIN_SPAN_UNITS = 1 / 12;

/** The window that shows every event of `scale` with a little air on both sides. */
export function fitWindow(scale: TimelineScale): UnitWindow {
  const [a, b] = scale.unitExtent;
  const pad = Math.max(0.25, (b - a) * 0.03);
  return [a - pad, b + pad];
}

/** Widest window: a few times the fitted one (zooming further out only shows empty space). */
export function maxSpan(fit: UnitWindow): number {
  return (fit[1] - fit[0]) * 4;
}

/** Store window (UTC ms, or null = fit) → unit window. */
export function toUnitWindow(
  scale: TimelineScale,
  window: readonly [number, number] | null,
): UnitWindow {
  if (!window || !(window[1] > window[0])) return fitWindow(scale);
  return [scale.toUnit(window[0]), scale.toUnit(window[1])];
}

/** Unit window → store window (UTC ms, rounded to whole ms so URLs stay short). */
export function toTimeWindow(scale: TimelineScale, w: UnitWindow): [number, number] {
  return [Math.round(scale.fromUnit(w[0])), Math.round(scale.fromUnit(w[1]))];
}

/**
 * Zooms by `factor` (>1 = in) keeping `anchor` (a unit position, default the centre) at the same
 * place on screen; the span is clamped to [MIN_SPAN_UNITS, maxSpanUnits].
 */
export function zoomWindow(
  w: UnitWindow,
  factor: number,
  maxSpanUnits: number,
  anchor: number = (w[0] + w[1]) / 2,
): UnitWindow {
  const span = w[1] - w[0];
  const next = Math.min(maxSpanUnits, Math.max(MIN_SPAN_UNITS, span / factor));
  const f = (anchor - w[0]) / span;
  return [anchor - f * next, anchor - f * next + next];
}

/** Pans by `fraction` of the window's span (negative = towards earlier dates). */
export function panWindow(w: UnitWindow, fraction: number): UnitWindow {
  const d = (w[1] - w[0]) * fraction;
  return [w[0] + d, w[1] + d];
}

/**
 * The window to use so that `u` is on screen: `w` itself when `u` is already inside its inner
 * part (`margin` fraction off each edge), otherwise `w` re-centred on `u` (same zoom level).
 */
export function ensureVisible(w: UnitWindow, u: number, margin = 0.05): UnitWindow {
  const span = w[1] - w[0];
  if (u >= w[0] + span * margin && u <= w[1] - span * margin) return w;
  return [u - span / 2, u + span / 2];
}

/**
 * The window at the same zoom (px per unit) once the chart's width goes from `from` to `to` px:
 * it shows less or more time. `anchor` (a unit, e.g. the selected event) keeps its place on
 * screen as a fraction of the width when it is inside `w`; otherwise the left edge stays.
 */
export function resizedWindow(
  w: UnitWindow,
  from: number,
  to: number,
  anchor?: number,
): UnitWindow {
  const span = w[1] - w[0];
  const next = (span * to) / from;
  const inside = anchor !== undefined && anchor >= w[0] && anchor <= w[1];
  const start = inside ? anchor - ((anchor - w[0]) / span) * next : w[0];
  return [start, start + next];
}

/**
 * The window that expands a cluster: centred on its events and narrow enough that neighbours
 * end up at least `spacing` px apart on a `width` px chart (so placement splits them).
 */
export function clusterWindow(
  units: readonly number[],
  width: number,
  spacing: number,
): UnitWindow {
  const sorted = [...units].sort((a, b) => a - b);
  const lo = sorted[0] ?? 0;
  const hi = sorted[sorted.length - 1] ?? lo;
  let minDelta = Infinity;
  for (let i = 1; i < sorted.length; i++) {
    const d = (sorted[i] as number) - (sorted[i - 1] as number);
    if (d > 0) minDelta = Math.min(minDelta, d);
  }
  const needed = Number.isFinite(minDelta) ? (minDelta * width) / (spacing * 1.5) : hi - lo;
  const span = Math.max(MIN_SPAN_UNITS, Math.min(needed, (hi - lo) * 1.4 + MIN_SPAN_UNITS));
  const mid = (lo + hi) / 2;
  return [mid - span / 2, mid + span / 2];
}

/** A d3-zoom transform (scale k, x offset) relative to a `width` px chart showing `fit`. */
export interface ZoomTransformLike {
  k: number;
  x: number;
}

/** The zoom transform that shows `w`, with `fit` as the identity. */
export function transformFor(fit: UnitWindow, w: UnitWindow, width: number): ZoomTransformLike {
  const k = (fit[1] - fit[0]) / (w[1] - w[0]);
  return { k, x: -((w[0] - fit[0]) / (fit[1] - fit[0])) * width * k };
}

/** The window a zoom transform shows (inverse of `transformFor`). */
export function windowFor(fit: UnitWindow, t: ZoomTransformLike, width: number): UnitWindow {
  const perPx = (fit[1] - fit[0]) / width;
  return [fit[0] + (-t.x / t.k) * perPx, fit[0] + ((width - t.x) / t.k) * perPx];
}

/** How far past the fitted window one may pan, as a fraction of its span on each side. */
export const PAN_SLACK = 0.5;

/**
 * Keeps a window within the fitted one plus PAN_SLACK on each side (the same bound d3-zoom's
 * translateExtent applies to gestures), so keyboard and button pans cannot get lost in
 * empty time. A window wider than the bound is centred on it.
 */
export function clampWindow(w: UnitWindow, fit: UnitWindow): UnitWindow {
  const slack = (fit[1] - fit[0]) * PAN_SLACK;
  const lo = fit[0] - slack;
  const hi = fit[1] + slack;
  const span = w[1] - w[0];
  if (span >= hi - lo) {
    const mid = (lo + hi) / 2;
    return [mid - span / 2, mid + span / 2];
  }
  if (w[0] < lo) return [lo, lo + span];
  if (w[1] > hi) return [hi - span, hi];
  return w;
}
