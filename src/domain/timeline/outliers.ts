import type { UnitWindow } from './viewport';

/** A run of events on the unit axis: from its first event's unit to its last's. */
export interface EventGroup {
  lo: number;
  hi: number;
  count: number;
}

/** The groups of a linear scale split at its breaks, in time order, and which one is the main. */
export interface LinearGroups {
  groups: EventGroup[];
  main: number;
}

/** At most this share of the events (and at least one) may lie outside the main cluster. */
const OUTLIER_SHARE = 0.05;
/**
 * A break is an empty stretch at least this many times as long as the main cluster (so that
 * cluster would fill less than a fifth of the fitted view), the cluster counted at least
 * MIN_SPAN units (a week) long.
 */
const BREAK_RATIO = 4;
const MIN_SPAN = 7;

/**
 * On a true-to-scale axis a few events far from the rest squeeze the rest into a corner (one
 * event in 2014, seventy-six in spring 2022). This finds such a split: the events before the
 * widest empty stretch among the first few, and after the widest among the last few, are set
 * apart when that stretch is at least BREAK_RATIO times as long as what remains (the main
 * cluster, counted at least MIN_SPAN units long). Null when no few events stand apart so.
 * `units` are the events' positions (any order); each event is taken to last one unit.
 */
export function linearGroups(units: readonly number[]): LinearGroups | null {
  const sorted = [...units].sort((a, b) => a - b);
  const n = sorted.length;
  const limit = Math.max(1, Math.floor(n * OUTLIER_SHARE));
  if (n < 3) return null;
  const at = (i: number) => sorted[i] as number;
  // The widest gap after each of the first `limit` events, and before each of the last.
  const widest = (indexes: number[]) => {
    let best = -1;
    for (const i of indexes)
      if (best === -1 || at(i + 1) - at(i) > at(best + 1) - at(best)) best = i;
    return best;
  };
  const head = widest(Array.from({ length: Math.min(limit, n - 2) }, (_, i) => i));
  const tail = widest(Array.from({ length: Math.min(limit, n - 2) }, (_, i) => n - 2 - i));
  const headGap = at(head + 1) - at(head);
  const tailGap = at(tail + 1) - at(tail);
  const breaks = (f: number, l: number) => {
    const span = Math.max(MIN_SPAN, at(l) + 1 - at(f));
    return { head: headGap - 1 >= BREAK_RATIO * span, tail: tailGap - 1 >= BREAK_RATIO * span };
  };
  // Both ends set apart, judged against what is left; else the one end that holds on its own.
  let first = head + 1;
  let last = tail;
  const both = breaks(first, last);
  if (!both.head || !both.tail) {
    const headOnly = breaks(head + 1, n - 1).head;
    const tailOnly = breaks(0, tail).tail;
    first = headOnly && (!tailOnly || headGap >= tailGap) ? head + 1 : 0;
    last = tailOnly && first === 0 ? tail : n - 1;
  }
  if (first === 0 && last === n - 1) return null;
  const group = (i: number, j: number): EventGroup => ({ lo: at(i), hi: at(j), count: j - i + 1 });
  const groups: EventGroup[] = [];
  if (first > 0) groups.push(group(0, first - 1));
  groups.push(group(first, last));
  if (last < n - 1) groups.push(group(last + 1, n - 1));
  return { groups, main: first > 0 ? 1 : 0 };
}

/**
 * The window that shows a group with a little air on both sides, at least `minSpan` units wide
 * (so a lone event is shown at the same zoom as the main cluster, not magnified).
 */
export function groupWindow(group: EventGroup, minSpan = 0): UnitWindow {
  const span = group.hi + 1 - group.lo;
  const pad = Math.max(0.25, span * 0.03);
  const width = Math.max(minSpan, span + 2 * pad);
  const mid = (group.lo + group.hi + 1) / 2;
  return [mid - width / 2, mid + width / 2];
}
