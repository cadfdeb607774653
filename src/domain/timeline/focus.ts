import { clampWindow, MIN_SPAN_UNITS, type UnitWindow } from './viewport';

/** Days a story step shows around its event: enough for its neighbours to be read with it. */
export const FOCUS_UNITS = 5;

/**
 * The window that frames one event at unit position `u`: `span` units centred on it, kept
 * inside the pannable range of `fit`, never narrower than the narrowest zoom.
 */
export function focusWindow(u: number, fit: UnitWindow, span: number = FOCUS_UNITS): UnitWindow {
  const s = Math.max(MIN_SPAN_UNITS, span);
  return clampWindow([u - s / 2, u + s / 2], fit);
}

/** The window `t` of the way (0..1, eased in and out) from `a` to `b`. */
export function glideWindow(a: UnitWindow, b: UnitWindow, t: number): UnitWindow {
  const k = t <= 0 ? 0 : t >= 1 ? 1 : t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
  return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k];
}
