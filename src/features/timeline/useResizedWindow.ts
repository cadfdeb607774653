import { useLayoutEffect, useState } from 'react';
import type { TimelineScale } from '../../domain/timeline/compressedScale';
import {
  clampWindow,
  resizedWindow,
  toTimeWindow,
  toUnitWindow,
  type UnitWindow,
} from '../../domain/timeline/viewport';
import { canonicalWindow } from '../../domain/view/urlChart';

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
  /** Whether the store has held `time`: from then on, `from` in the store is the reader's. */
  written: boolean;
}

const same = (a: readonly [number, number] | null, b: readonly [number, number] | null) =>
  a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);

/** How many windows `Shown` remembers. */
const REMEMBERED = 16;

/**
 * The store windows drawn lately, by `${start}~${end}` to the minute (`keyOf`): the width each
 * was drawn at, and for one made by a width change, the window it was made from and that
 * window's width.
 */
interface Shown {
  width: Map<string, number>;
  madeFrom: Map<string, { time: readonly [number, number]; width: number }>;
}

/**
 * A window's key, to the minute as its link holds it: Back and Forward restore a window read
 * from the entry's link, which must find what was drawn with the window to the millisecond.
 */
const keyOf = (t: readonly [number, number]) => {
  const [start, end] = canonicalWindow(t);
  return `${start}~${end}`;
};
const remember = <V>(map: Map<string, V>, key: string, value: V) => {
  map.delete(key);
  map.set(key, value);
  if (map.size > REMEMBERED) map.delete(map.keys().next().value!);
};

/**
 * The window to draw. When the measured width of the chart changes (the detail column opening
 * beside it, a resized page) under a window the reader zoomed or panned to, the window keeps its
 * zoom and shows less or more time, anchored at the selected event: the level of detail, its
 * marks and their labels stay as they were, where another zoom would lay them all out again.
 * The store follows before the frame is painted (`onWindow`, which replaces the history entry),
 * so the link names what is shown. A fitted view (no window) is fitted again instead. The width
 * changing back (the details closed) brings back the exact window the change was made from, and
 * a window drawn at this width before (a history entry gone back or forward to) is drawn as it is.
 */
export function useResizedWindow(input: ResizedWindowInput): UnitWindow {
  const { scale, storeWindow, window: w, width, measured, fit, anchor, onWindow } = input;
  // What was made for the last width (React's "information from previous renders" pattern).
  const [kept, setKept] = useState<Kept>({
    width: measured ? width : null,
    from: null,
    unit: null,
    time: null,
    written: false,
  });
  const [shown] = useState<Shown>(() => ({ width: new Map(), madeFrom: new Map() }));
  if (measured && kept.width !== width) {
    let unit: UnitWindow | null = null;
    let time: readonly [number, number] | null = null;
    if (storeWindow !== null && kept.width !== null) {
      const key = keyOf(storeWindow);
      const origin = shown.madeFrom.get(key);
      if (!shown.width.has(key)) remember(shown.width, key, kept.width);
      if (origin?.width === width) {
        time = origin.time;
        unit = toUnitWindow(scale, time);
      } else if (shown.width.get(key) !== width) {
        unit = clampWindow(resizedWindow(w, kept.width, width, anchor), fit);
        time = toTimeWindow(scale, unit);
      }
      if (time !== null) {
        remember(shown.width, keyOf(time), width);
        if (!shown.madeFrom.has(keyOf(time)))
          remember(shown.madeFrom, keyOf(time), { time: storeWindow, width: kept.width });
      }
    }
    setKept({ width, from: storeWindow, unit, time, written: false });
  } else if (!kept.written && kept.time !== null && same(storeWindow, kept.time)) {
    setKept({ ...kept, written: true });
  }
  // Until the reader moves on, the store holds the window it was made from (not yet written)
  // or the one written: both draw the window made for this width, exactly. Once written, the
  // window it was made from is the reader's again (Back to the entry before).
  const pending = kept.unit !== null && !kept.written && same(storeWindow, kept.from);
  const current = kept.unit !== null && (pending || same(storeWindow, kept.time));
  useLayoutEffect(() => {
    if (pending && kept.unit) onWindow(kept.unit);
  }, [pending, kept.unit, onWindow]);
  return current && kept.unit ? kept.unit : w;
}
