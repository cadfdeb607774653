import { useMemo, useState } from 'react';
import type { TimelineScale } from '../../domain/timeline/compressedScale';
import type { PlacedLabel } from '../../domain/timeline/labels';
import type { TimelineLayout } from '../../domain/timeline/layout';
import {
  buildColumns,
  placeColumns,
  withSelected,
  type Column,
  type PlacedItem,
} from '../../domain/timeline/placement';
import { axisTicks, gapMarkers } from '../../domain/timeline/ticks';
import type { UnitWindow } from '../../domain/timeline/viewport';
import {
  labelInputs,
  levelGaps,
  placeEventLabels,
  useStableLabels,
  withSelectedLabel,
} from './eventLabels';
import type { LaneGeometry } from './geometry';
import { placeGapLabels, type PlacedGap } from './gapLabels';
import { laneNameBoxes } from './LaneLabels';

/** Marks closer than this in a lane are grouped (px). */
export const MIN_SPACING = 15;
/** Labels need at most this much room beside their mark; placed beyond the view. */
const OVERSCAN_PX = 260;
/**
 * Zoom levels per doubling at which the level of detail is recomputed: at rest, and while a
 * gesture runs (fewer levels, so most frames of a zoom reuse the items and their labels).
 */
const LEVELS_PER_DOUBLING = 4;
const MOVING_LEVELS_PER_DOUBLING = 1;

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
  ticks: ReturnType<typeof axisTicks>;
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
  /** Approximate dates' whisker half-width at this zoom, px. */
  whisker: number;
  /**
   * A zoom or pan gesture is running: labels are placed once per level of detail (over all the
   * items, at the level's zoom) and move with their marks, instead of being placed every frame.
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
    whisker,
    moving = false,
  } = input;
  const width = Math.max(1, plotWidth);
  const exact = width / (w[1] - w[0]);
  const basePx = levelPx(exact, moving);
  const stretch = exact / basePx;
  const span = useItemSpan(w, width, basePx, moving);
  const { origin, lo, hi } = span;
  const offset = (w[0] - origin) * exact;

  // The levels built for this layout are the chart's own, dropped with it or with the layout.
  const columnsAt = useMemo(() => levelsOf(layout), [layout]);
  const columns = useMemo(() => columnsAt(basePx), [columnsAt, basePx]);
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

  const ticks = useMemo(() => axisTicks(scale, w, width, width < 500 ? 70 : 90), [scale, w, width]);
  const gaps = useMemo(
    () =>
      placeGapLabels(gapMarkers(scale, w, width), {
        top: geometry.top[0] ?? 0,
        bottom: geometry.total,
        avoid: narrow ? laneNameBoxes(layout.lanes, geometry) : [],
      }),
    [scale, w, width, geometry, narrow, layout.lanes],
  );

  // At rest, labels are placed in this frame's screen px, among its gap labels and lane names.
  // Moving, once per set of items in the level's own px (stretch 1, no offset): zooming within a
  // level only spreads the marks apart, so labels that were clear stay clear.
  const still = useMemo(
    () => (moving ? null : { gaps, stretch, offset, xMin: 0, xMax: width, margin: OVERSCAN_PX }),
    [moving, gaps, stretch, offset, width],
  );
  const gliding = useMemo(
    () =>
      moving
        ? {
            gaps: levelGaps(scale, [lo, hi], origin, basePx, geometry),
            stretch: 1,
            offset: 0,
            xMin: -Infinity,
            xMax: Infinity,
            margin: Infinity,
            lanesInside: false,
          }
        : null,
    [moving, scale, lo, hi, origin, basePx, geometry],
  );
  const frame = (still ?? gliding)!;
  const context = useMemo(
    () => ({ layout, geometry, narrow, keyIds, whisker, ...frame }),
    [frame, layout, geometry, narrow, keyIds, whisker],
  );
  // Placed without the selection, then the selected label placed first: selecting and
  // deselecting move only the labels around the selected mark. The marks without a selection
  // keep their labels, placed when first needed, while a selection pulled out of a pill has
  // marks (and labels) of its own.
  const plainInputs = useMemo(
    () => labelInputs(unselected, frame.gaps, context),
    [unselected, frame, context],
  );
  const plainLabels = useMemo(() => once(() => placeEventLabels(plainInputs)), [plainInputs]);
  const pulledInputs = useMemo(
    () => (items === unselected ? null : labelInputs(items, frame.gaps, context)),
    [items, unselected, frame, context],
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

/** The unit range items are placed over, and the unit their x values count from. */
interface ItemSpan {
  basePx: number;
  origin: number;
  lo: number;
  hi: number;
}

/**
 * The range of units to place items over: the window plus room for labels, snapped to
 * half-screen chunks so most frames keep it. While a gesture runs, the last range is kept for
 * as long as it still covers the view at the same level (zooming in only narrows the view).
 */
function useItemSpan(w: UnitWindow, width: number, basePx: number, moving: boolean): ItemSpan {
  // The range kept during a gesture (React's "information from previous renders" pattern).
  const [kept, setKept] = useState<ItemSpan | null>(null);
  const overscan = OVERSCAN_PX / basePx;
  if (
    moving &&
    kept !== null &&
    kept.basePx === basePx &&
    kept.lo <= w[0] - overscan &&
    kept.hi >= w[1] + overscan
  ) {
    return kept;
  }
  const screenUnits = width / basePx;
  const chunk = screenUnits / 2;
  const span = {
    basePx,
    origin: Math.floor(w[0] / screenUnits) * screenUnits,
    lo: Math.floor((w[0] - overscan) / chunk) * chunk,
    hi: Math.ceil((w[1] + overscan) / chunk) * chunk,
  };
  if (moving) setKept(span);
  else if (kept !== null) setKept(null);
  return span;
}

/**
 * The level of detail's zoom for a zoom of `exact` px per unit: the level at or below it (from
 * the coarser set of levels while a gesture runs).
 */
export function levelPx(exact: number, moving = false): number {
  const levels = moving ? MOVING_LEVELS_PER_DOUBLING : LEVELS_PER_DOUBLING;
  return 2 ** (Math.floor(Math.log2(exact) * levels) / levels);
}

/** Levels of detail kept per layout: zooming back and forth reuses them instead of O(n) work. */
const CACHED_LEVELS = 12;

/** The columns of `layout` per zoom level, from a small least-recently-used cache of its own. */
function levelsOf(layout: TimelineLayout): (basePx: number) => Column[][] {
  const cache = new Map<number, Column[][]>();
  return (basePx) => {
    let columns = cache.get(basePx);
    if (columns) cache.delete(basePx);
    else columns = buildColumns(layout, basePx, { minSpacing: MIN_SPACING });
    cache.set(basePx, columns);
    const oldest = cache.keys().next().value;
    if (cache.size > CACHED_LEVELS && oldest !== undefined) cache.delete(oldest);
    return columns;
  };
}
