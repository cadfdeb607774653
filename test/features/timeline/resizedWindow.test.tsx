import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DAY_MS } from '../../../src/domain/calendar';
import { buildTimelineScale } from '../../../src/domain/timeline/compressedScale';
import {
  fitWindow,
  toTimeWindow,
  toUnitWindow,
  type UnitWindow,
} from '../../../src/domain/timeline/viewport';
import {
  useResizedWindow,
  type ResizedWindowInput,
} from '../../../src/features/timeline/useResizedWindow';
import { canonicalWindow } from '../../../src/domain/view/urlChart';

// One unit per day over 100 days (true to scale).
const start = Date.UTC(2022, 0, 1);
const scale = buildTimelineScale([start, start + 99 * DAY_MS], 'linear');
const fit = fitWindow(scale);
const u0 = scale.toUnit(start);

/** The hook over a store window, with a store that follows `onWindow` like the app's. */
function setup(props: Partial<ResizedWindowInput>) {
  let storeWindow: readonly [number, number] | null = toTimeWindow(scale, [u0 + 10, u0 + 20]);
  const writes: UnitWindow[] = [];
  const onWindow = vi.fn((w: UnitWindow) => {
    writes.push(w);
    storeWindow = toTimeWindow(scale, w);
  });
  const input = (width: number, measured = true): ResizedWindowInput => ({
    scale,
    storeWindow,
    window: toUnitWindow(scale, storeWindow),
    width,
    measured,
    fit,
    anchor: undefined,
    onWindow,
    ...props,
  });
  const hook = renderHook((p: ResizedWindowInput) => useResizedWindow(p), {
    initialProps: input(960, false),
  });
  return {
    writes,
    /** The store's window, as a link or Back sets it. */
    get storeWindow() {
      return storeWindow;
    },
    set storeWindow(t: readonly [number, number] | null) {
      storeWindow = t;
    },
    shown: (width: number, measured = true) => {
      hook.rerender(input(width, measured));
      // The store was written in a layout effect: draw again with it, as its update would.
      hook.rerender(input(width, measured));
      return hook.result.current.map((u) => u - u0);
    },
  };
}

describe('useResizedWindow', () => {
  it('keeps the zoom when the measured width changes: less time, the left edge kept', () => {
    const { shown, writes } = setup({});
    expect(shown(1000)).toEqual([10, 20]);
    expect(writes).toEqual([]);
    const narrow = shown(500);
    expect(narrow[0]).toBeCloseTo(10);
    expect(narrow[1]).toBeCloseTo(15);
    expect(writes).toHaveLength(1);
    const wide = shown(1000);
    expect(wide[0]).toBeCloseTo(10);
    expect(wide[1]).toBeCloseTo(20);
  });

  it('closing the details (the width back, the selection gone) brings back the exact window', () => {
    let anchor: number | undefined = u0 + 18;
    const view = setup({
      get anchor() {
        return anchor;
      },
    });
    view.shown(1000);
    const before = view.storeWindow;
    view.shown(500);
    anchor = undefined;
    expect(view.shown(1000)).toEqual([10, 20]);
    expect(view.storeWindow).toEqual(before);
  });

  it('going Back or Forward draws each entry’s window at the width it was drawn at, unchanged', () => {
    const view = setup({ anchor: u0 + 18 });
    view.shown(1000);
    const before = view.storeWindow;
    view.shown(500);
    const opened = view.storeWindow;
    // Back: the entry before the details, then the width they took given back.
    view.storeWindow = before;
    view.shown(500);
    expect(view.shown(1000)).toEqual([10, 20]);
    // Forward: the details' entry, then their column again.
    view.storeWindow = opened;
    view.shown(1000);
    view.shown(500);
    expect(view.storeWindow).toEqual(opened);
    expect(view.writes).toHaveLength(1);
  });

  it('going Back or Forward to windows read from their links (to the minute) draws them unchanged', () => {
    const view = setup({ anchor: u0 + 18 });
    // A zoom leaves a window to the millisecond; the link holds it to the minute.
    view.storeWindow = [start + 10 * DAY_MS + 18_000, start + 20 * DAY_MS + 42_000];
    view.shown(1000);
    const before = view.storeWindow;
    view.shown(500);
    const opened = view.storeWindow;
    view.shown(1000);
    view.shown(500);
    expect(view.storeWindow).toEqual(opened);
    const written = view.writes.length;
    // Back: the entry before the details, read from its link, then the width given back.
    view.storeWindow = canonicalWindow(before);
    view.shown(500);
    view.shown(1000);
    expect(view.storeWindow).toEqual(canonicalWindow(before));
    // Forward: the details' entry, read from its link, then their column again.
    view.storeWindow = canonicalWindow(opened!);
    view.shown(1000);
    view.shown(500);
    expect(view.storeWindow).toEqual(canonicalWindow(opened!));
    expect(view.writes).toHaveLength(written);
  });

  it('keeps the selected event at its place on screen', () => {
    const { shown } = setup({ anchor: u0 + 18 });
    shown(1000);
    const narrow = shown(500);
    expect(narrow[0]).toBeCloseTo(14);
    expect(narrow[1]).toBeCloseTo(19);
  });

  it('leaves a window from a link alone on the first measurement, and a fitted view fitted', () => {
    const linked = setup({});
    expect(linked.shown(500)).toEqual([10, 20]);
    expect(linked.writes).toEqual([]);
    const fitted = setup({ storeWindow: null, window: fit });
    fitted.shown(1000);
    expect(fitted.shown(500)).toEqual(fit.map((u) => u - u0));
    expect(fitted.writes).toEqual([]);
  });
});
