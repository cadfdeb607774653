import { useMemo, useState } from 'react';
import { isExactDay } from '../../domain/view/dates';
import type { TimelineScale } from '../../domain/timeline/compressedScale';
import type { TimelineLayout } from '../../domain/timeline/layout';
import {
  estimateTextWidth,
  layoutLabels,
  truncateLabel,
  wrapLabel,
  wrapLabel3,
  type Box,
  type PlacedLabel,
} from '../../domain/timeline/labels';
import {
  buildColumns,
  placeColumns,
  type Column,
  type PlacedItem,
} from '../../domain/timeline/placement';
import { axisTicks, gapMarkers } from '../../domain/timeline/ticks';
import type { UnitWindow } from '../../domain/timeline/viewport';
import { MARK_R, ROW_H, rowY, type LaneGeometry } from './geometry';
import { placeGapLabels, type PlacedGap } from './gapLabels';
import { laneNameBoxes } from './LaneLabels';
import { MARK_STYLE, PILL_HALF } from './markStyle';

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
  const items = useMemo(
    () =>
      placeColumns(layout, columns, {
        pxPerUnit: basePx,
        range: [lo, hi],
        origin,
        selectedId,
        markSpacing: MIN_SPACING,
      }),
    [layout, columns, basePx, lo, hi, origin, selectedId],
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

  const context = { layout, geometry, narrow, selectedId, keyIds, whisker };
  // At rest: placed in this frame's screen px, among its gap labels and lane names.
  const still = useMemo(
    () =>
      moving
        ? null
        : placeEventLabels(items, gaps, {
            ...context,
            stretch,
            offset,
            xMin: 0,
            xMax: width,
            margin: OVERSCAN_PX,
          }),
    // The window moves on every frame; the labels depend on it only through stretch and offset.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
    [
      moving,
      items,
      gaps,
      layout,
      geometry,
      narrow,
      selectedId,
      keyIds,
      whisker,
      stretch,
      offset,
      width,
    ],
  );
  // Moving: placed once per set of items in the level's own px (stretch 1, no offset). Zooming
  // within a level only spreads the marks apart, so labels that were clear stay clear.
  const gliding = useMemo(
    () =>
      moving
        ? placeEventLabels(items, levelGaps(scale, [lo, hi], origin, basePx, geometry), {
            ...context,
            stretch: 1,
            offset: 0,
            xMin: -Infinity,
            xMax: Infinity,
            margin: Infinity,
            lanesInside: false,
          })
        : null,
    // oxlint-disable-next-line react-hooks/exhaustive-deps
    [
      moving,
      items,
      scale,
      lo,
      hi,
      origin,
      basePx,
      layout,
      geometry,
      narrow,
      selectedId,
      keyIds,
      whisker,
    ],
  );
  const labels = useStableLabels(still ?? gliding ?? EMPTY);

  return { items, labels, stretch, offset, basePx, ticks, gaps };
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

interface LabelContext extends Pick<
  ChartModelInput,
  'layout' | 'geometry' | 'narrow' | 'selectedId' | 'keyIds' | 'whisker'
> {
  stretch: number;
  offset: number;
  /** Labels stay within [xMin, xMax]; marks further than `margin` outside it get none. */
  xMin: number;
  xMax: number;
  margin: number;
  /** Whether the lane names written inside the plot (narrow screens) are obstacles. */
  lanesInside?: boolean;
}

const EMPTY: Map<string, PlacedLabel> = new Map();

/**
 * The gap labels over the unit range `range`, in a level's own px (x = (u − origin) × basePx),
 * where labels placed while moving are compared with them.
 */
function levelGaps(
  scale: TimelineScale,
  range: UnitWindow,
  origin: number,
  basePx: number,
  geometry: LaneGeometry,
): PlacedGap[] {
  const shift = (range[0] - origin) * basePx;
  const markers = gapMarkers(scale, range, (range[1] - range[0]) * basePx).map((g) => ({
    ...g,
    x0: g.x0 + shift,
    x1: g.x1 + shift,
  }));
  return placeGapLabels(markers, { top: geometry.top[0] ?? 0, bottom: geometry.total, avoid: [] });
}

/**
 * Labels for the event marks near the view. Placed in screen px of this frame (marks at
 * `stretch × x − offset`, labels at their mark plus a fixed offset), so the boxes compared are
 * exactly those drawn.
 */
function placeEventLabels(
  items: readonly PlacedItem[],
  gaps: readonly PlacedGap[],
  {
    layout,
    geometry,
    narrow,
    selectedId,
    keyIds,
    whisker,
    stretch,
    offset,
    xMin,
    xMax,
    margin,
    lanesInside = narrow,
  }: LabelContext,
): Map<string, PlacedLabel> {
  // On narrow screens the lane names are written inside the plot, at fixed screen positions.
  const obstacles: Box[] = lanesInside ? laneNameBoxes(layout.lanes, geometry) : [];
  const requests = [];
  const screen = (x: number) => stretch * x - offset;
  for (const item of items) {
    const y = rowY(geometry, item.lane, item.row, narrow);
    if (item.type === 'cluster') {
      const [x0, x1] = [screen(item.left), screen(item.right)];
      obstacles.push({ x0, x1, y0: y - PILL_HALF, y1: y + PILL_HALF });
      continue;
    }
    const e = item.laid.event;
    const x = screen(item.x);
    const r = isExactDay(e.datePrecision) ? MARK_R : Math.max(MARK_R, whisker);
    obstacles.push({ x0: x - r - 1, x1: x + r + 1, y0: y - MARK_R - 1, y1: y + MARK_R + 1 });
    if (x < xMin - margin || x > xMax + margin) continue;
    const top = geometry.top[item.lane] ?? 0;
    const text = labelText(e.title, e.datePrecision);
    const rank = e.id === selectedId ? 0 : keyIds.has(e.id) ? 1 : 2;
    requests.push({
      key: item.key,
      x,
      y,
      r: r + 1,
      line: truncateLabel(text),
      lines2: wrapLabel(text),
      band: [top, top + (geometry.height[item.lane] ?? 0)] as const,
      bold: e.id === selectedId,
      rank,
      makeRoom: rank < 2,
      lines3: rank < 2 ? wrapLabel3(text) : null,
      sources: e.evidence.length,
      order: item.laid.order,
    });
  }
  for (const g of gaps) if (g.text !== null) obstacles.push(g.box);
  requests.sort((a, b) => a.rank - b.rank || b.sources - a.sources || a.order - b.order);
  return layoutLabels(requests, {
    obstacles,
    xMin,
    xMax,
    measure: measureLabel,
    lineHeight: MARK_STYLE.labelLineHeight,
    rowOffset: ROW_H,
  });
}

/** Estimated width of label text; bold glyphs run about a tenth wider. */
function measureLabel(text: string, bold: boolean): number {
  const w = estimateTextWidth(text, MARK_STYLE.labelFontPx);
  return bold ? Math.ceil(w * 1.1) : w;
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

/** The same map object while the placements are the same (keeps memoised props equal). */
function useStableLabels(next: Map<string, PlacedLabel>): ReadonlyMap<string, PlacedLabel> {
  // Serialised only when a new map arrives, not on every render.
  const key = useMemo(
    () => JSON.stringify([...next].map(([k, l]) => [k, l.lines, l.anchor, l.dx, l.dy])),
    [next],
  );
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `next`'s contents
  return useMemo(() => next, [key]);
}

/** A mark's label text: the title, with "≈ " for an approximate date. */
export function labelText(title: string, precision: string): string {
  return isExactDay(precision) ? title : `≈ ${title}`;
}
