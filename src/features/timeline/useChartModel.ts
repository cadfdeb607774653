import { useEffect, useMemo, useRef } from 'react';
import type { TimelineScale } from '../../domain/timeline/compressedScale';
import type { PlacedLabel } from '../../domain/timeline/labels';
import type { TimelineLayout } from '../../domain/timeline/layout';
import { placeColumns, withSelected, type PlacedItem } from '../../domain/timeline/placement';
import type { AxisTick } from '../../domain/timeline/ticks';
import type { UnitWindow } from '../../domain/timeline/viewport';
import { labelInputs, placeEventLabels, useStableLabels, withSelectedLabel } from './eventLabels';
import type { LaneGeometry } from './geometry';
import type { PlacedGap } from './gapLabels';
import { axisTicksAt, gapsAt } from './chartAxis';
import { levelPx, MIN_SPACING, OVERSCAN_PX, spanOver, type LevelCache } from './levelCache';
import { whenIdle } from '../../shared/whenIdle';

export interface ChartModel {
  items: PlacedItem[];
  /** Where each labelled item's title is drawn, by item key. */
  labels: ReadonlyMap<string, PlacedLabel>;
  /**
   * Item x values are "base" content px at the zoom level `basePx`; on screen an item sits at
   * `stretch × x − offset`. The chart applies stretch and offset to the mark layer, so between
   * levels of detail zooming and panning re-render no marks at all.
   */
  stretch: number;
  offset: number;
  basePx: number;
  ticks: AxisTick[];
  gaps: PlacedGap[];
}

export interface ChartModelInput {
  scale: TimelineScale;
  layout: TimelineLayout;
  window: UnitWindow;
  plotWidth: number;
  geometry: LaneGeometry;
  narrow: boolean;
  selectedId: string | null;
  /** The story's key events: labelled before any other. */
  keyIds: ReadonlySet<string>;
  /** The chart's levels of detail (columns per zoom level, and the spans gestures draw). */
  levels: LevelCache;
  /** Approximate dates' whisker half-width at this zoom, px. */
  whisker: number;
  /**
   * A zoom or pan gesture is running (its frames are drawn from `levels` without a render, see
   * gestureFrames): no level is built ahead meanwhile.
   */
  moving?: boolean;
}

/**
 * Everything the chart draws for one window. Level of detail (clustering, rows) is computed at a
 * quantised zoom level (the one at or below the current zoom, so the real spacing is never
 * tighter than the computed one) and only over a range snapped to half-screen chunks: most zoom
 * and pan frames reuse the same `items`. Labels are placed among the marks, the gap labels and
 * the lane names so that none covers another (see layoutLabels).
 */
export function useChartModel(input: ChartModelInput): ChartModel {
  const {
    scale,
    layout,
    window: w,
    plotWidth,
    geometry,
    narrow,
    selectedId,
    keyIds,
    levels,
    whisker,
    moving = false,
  } = input;
  const width = Math.max(1, plotWidth);
  const exact = width / (w[1] - w[0]);
  const basePx = levelPx(exact);

  usePrefetchedLevels(levels, w, moving);
  const stretch = exact / basePx;
  const { origin, lo, hi } = spanOver(w, width, basePx);
  const offset = (w[0] - origin) * exact;

  const columns = useMemo(() => levels.columnsAt(basePx), [levels, basePx]);
  const placement = {
    pxPerUnit: basePx,
    range: [lo, hi] as const,
    origin,
    keyIds,
    markSpacing: MIN_SPACING,
  };
  const unselected = useMemo(
    () => placeColumns(layout, columns, placement),
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- `placement` is made of these
    [layout, columns, basePx, lo, hi, origin, keyIds],
  );
  // Selecting an event changes the marks only when it was folded into a pill.
  const items = useMemo(
    () => withSelected(unselected, layout, columns, { ...placement, selectedId }),
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- `placement` is made of these
    [unselected, layout, columns, basePx, origin, keyIds, selectedId],
  );

  const axis = { scale, layout, geometry, narrow, width };
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- `axis` is made of these
  const ticks = useMemo(() => axisTicksAt(axis, w), [scale, w, width]);
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- `axis` is made of these
  const gaps = useMemo(() => gapsAt(axis, w), [scale, w, width, geometry, narrow, layout]);

  // Labels are placed in this frame's screen px, among its gap labels and lane names.
  const context = useMemo(
    () => ({
      layout,
      geometry,
      narrow,
      keyIds,
      whisker,
      stretch,
      offset,
      xMin: 0,
      xMax: width,
      margin: OVERSCAN_PX,
    }),
    [layout, geometry, narrow, keyIds, whisker, stretch, offset, width],
  );
  // Placed without the selection, then the selected label placed first: selecting and
  // deselecting move only the labels around the selected mark. The marks without a selection
  // keep their labels, placed when first needed, while a selection pulled out of a pill has
  // marks (and labels) of its own.
  const plainInputs = useMemo(
    () => labelInputs(unselected, gaps, context),
    [unselected, gaps, context],
  );
  const plainLabels = useMemo(() => once(() => placeEventLabels(plainInputs)), [plainInputs]);
  const pulledInputs = useMemo(
    () => (items === unselected ? null : labelInputs(items, gaps, context)),
    [items, unselected, gaps, context],
  );
  const pulledLabels = useMemo(
    () => (pulledInputs ? placeEventLabels(pulledInputs) : null),
    [pulledInputs],
  );
  const inputs = pulledInputs ?? plainInputs;
  const unselectedLabels = pulledLabels ?? plainLabels();
  const placed = useMemo(
    () => withSelectedLabel(unselectedLabels, inputs, items, selectedId),
    [unselectedLabels, inputs, items, selectedId],
  );
  const labels = useStableLabels(placed);

  return { items, labels, stretch, offset, basePx, ticks, gaps };
}

/** `make`'s value, made on the first call and kept. */
function once<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}

/**
 * Builds, one level per idle period while the window is at rest, what the next gesture frames
 * from it will need (see LevelCache `pending`): the first frame of a zoom or pan, and the
 * crossings of the levels nearest, then reuse it instead of placing items and labels inside a
 * frame. Nothing is built while a gesture runs: a level's work in an idle period between two
 * frames would delay the next one (a frame draws a neighbouring level meanwhile).
 */
function usePrefetchedLevels(levels: LevelCache, w: UnitWindow, moving: boolean) {
  const job = useRef<Prefetch | null>(null);
  useEffect(() => {
    if (job.current?.levels !== levels || moving) {
      job.current?.cancel?.();
      job.current = { levels, w, cancel: null };
    }
    const current = job.current;
    current.w = w;
    if (current.cancel || moving) return;
    const run = () => {
      const [step, ...more] = levels.pending(current.w);
      step?.();
      current.cancel = more.length > 0 ? whenIdle(run) : null;
    };
    current.cancel = whenIdle(run);
  });
  useEffect(() => () => job.current?.cancel?.(), []);
}

interface Prefetch {
  levels: LevelCache;
  /** The newest window: what the next idle period works for. */
  w: UnitWindow;
  /** Cancels the idle period asked for, if any. */
  cancel: (() => void) | null;
}
