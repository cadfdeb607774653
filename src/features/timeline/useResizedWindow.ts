import { useLayoutEffect, useState } from 'react';
import type { TimelineScale } from '../../domain/timeline/compressedScale';
import {
  clampWindow,
  resizedWindow,
  toTimeWindow,
  type UnitWindow,
} from '../../domain/timeline/viewport';

export interface ResizedWindowInput {
  scale: TimelineScale;
  /** The store's window (UTC ms), null for the fitted view, and the same in units. */
  storeWindow: readonly [number, number] | null;
  window: UnitWindow;
  /** The chart's width, px, and whether it was measured (rather than a first guess). */
  width: number;
  measured: boolean;
  fit: UnitWindow;
  /** The selected event's unit, which keeps its place on screen. */
  anchor: number | undefined;
  /** Writes a window to the store. */
  onWindow: (w: UnitWindow) => void;
}

/** A window made for a new width, and the store window it was made from. */
interface Kept {
  width: number | null;
  from: readonly [number, number] | null;
  unit: UnitWindow | null;
  time: readonly [number, number] | null;
}

const same = (a: readonly [number, number] | null, b: readonly [number, number] | null) =>
  a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);

/**
 * The window to draw. When the measured width of the chart changes (the detail column opening
 * beside it, a resized page) under a window the reader zoomed or panned to, the window keeps its
 * zoom and shows less or more time, anchored at the selected event: the level of detail, its
 * marks and their labels stay as they were, where another zoom would lay them all out again.
 * The store follows before the frame is painted (`onWindow`, which replaces the history entry),
 * so the link names what is shown. A fitted view (no window) is fitted again instead.
 */
export function useResizedWindow(input: ResizedWindowInput): UnitWindow {
  const { scale, storeWindow, window: w, width, measured, fit, anchor, onWindow } = input;
  // What was made for the last width (React's "information from previous renders" pattern).
  const [kept, setKept] = useState<Kept>({
    width: measured ? width : null,
    from: null,
    unit: null,
    time: null,
  });
  if (measured && kept.width !== width) {
    const unit =
      storeWindow !== null && kept.width !== null
        ? clampWindow(resizedWindow(w, kept.width, width, anchor), fit)
        : null;
    setKept({
      width,
      from: storeWindow,
      unit,
      time: unit === null ? null : toTimeWindow(scale, unit),
    });
  }
  // Until the reader moves on, the store holds the window it was made from (not yet written)
  // or the one written: both draw the window made for this width, exactly.
  const current =
    kept.unit !== null && (same(storeWindow, kept.from) || same(storeWindow, kept.time));
  const pending = kept.unit !== null && same(storeWindow, kept.from);
  useLayoutEffect(() => {
    if (pending && kept.unit) onWindow(kept.unit);
  }, [pending, kept.unit, onWindow]);
  return current && kept.unit ? kept.unit : w;
}
