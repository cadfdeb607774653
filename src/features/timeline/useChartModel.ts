import { useMemo } from 'react';
import type { TimelineScale } from '../../domain/timeline/compressedScale';
import type { TimelineLayout } from '../../domain/timeline/layout';
import {
  estimateTextWidth,
  layoutLabels,
  truncateLabel,
  wrapLabel,
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
/** Zoom levels per doubling at which the level of detail is recomputed. */
const LEVELS_PER_DOUBLING = 4;

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
  } = input;
  const width = Math.max(1, plotWidth);
  const exact = width / (w[1] - w[0]);
  const basePx = levelPx(exact);
  const stretch = exact / basePx;
  const screenUnits = width / basePx;
  const origin = Math.floor(w[0] / screenUnits) * screenUnits;
  const chunk = screenUnits / 2;
  const overscan = OVERSCAN_PX / basePx;
  const lo = Math.floor((w[0] - overscan) / chunk) * chunk;
  const hi = Math.ceil((w[1] + overscan) / chunk) * chunk;
  const offset = (w[0] - origin) * exact;

  const columns = useMemo(() => cachedColumns(layout, basePx), [layout, basePx]);
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

  const fresh = useMemo(
    () =>
      placeEventLabels(items, gaps, {
        layout,
        geometry,
        narrow,
        selectedId,
        keyIds,
        whisker,
        stretch,
        offset,
        width,
      }),
    // The window moves on every frame; the labels depend on it only through stretch and offset.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
    [items, gaps, layout, geometry, narrow, selectedId, keyIds, whisker, stretch, offset, width],
  );
  const labels = useStableLabels(fresh);

  return { items, labels, stretch, offset, basePx, ticks, gaps };
}

/** The level of detail's zoom for a zoom of `exact` px per unit: the level at or below it. */
export function levelPx(exact: number): number {
  return 2 ** (Math.floor(Math.log2(exact) * LEVELS_PER_DOUBLING) / LEVELS_PER_DOUBLING);
}

interface LabelContext extends Pick<
  ChartModelInput,
  'layout' | 'geometry' | 'narrow' | 'selectedId' | 'keyIds' | 'whisker'
> {
  stretch: number;
  offset: number;
  width: number;
}

/**
 * Labels for the event marks near the view. Placed in screen px of this frame (marks at
 * `stretch × x − offset`, labels at their mark plus a fixed offset), so the boxes compared are
 * exactly those drawn.
 */
function placeEventLabels(
  items: readonly PlacedItem[],
  gaps: readonly PlacedGap[],
  { layout, geometry, narrow, selectedId, keyIds, whisker, stretch, offset, width }: LabelContext,
): Map<string, PlacedLabel> {
  const margin = OVERSCAN_PX;
  // On narrow screens the lane names are written inside the plot, at fixed screen positions.
  const obstacles: Box[] = narrow ? laneNameBoxes(layout.lanes, geometry) : [];
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
    const r = e.datePrecision === 'approximate' ? Math.max(MARK_R, whisker) : MARK_R;
    obstacles.push({ x0: x - r - 1, x1: x + r + 1, y0: y - MARK_R - 1, y1: y + MARK_R + 1 });
    if (x < -margin || x > width + margin) continue;
    const top = geometry.top[item.lane] ?? 0;
    const text = labelText(e.title, e.datePrecision);
    requests.push({
      key: item.key,
      x,
      y,
      r: r + 1,
      line: truncateLabel(text),
      lines2: wrapLabel(text),
      band: [top, top + (geometry.height[item.lane] ?? 0)] as const,
      bold: e.id === selectedId,
      rank: e.id === selectedId ? 0 : keyIds.has(e.id) ? 1 : 2,
      sources: e.evidence.length,
      order: item.laid.order,
    });
  }
  for (const g of gaps) if (g.text !== null) obstacles.push(g.box);
  requests.sort((a, b) => a.rank - b.rank || b.sources - a.sources || a.order - b.order);
  return layoutLabels(requests, {
    obstacles,
    xMin: 0,
    xMax: width,
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

const columnCaches = new WeakMap<TimelineLayout, Map<number, Column[][]>>();

/** The columns of one zoom level, from a small least-recently-used cache per layout. */
function cachedColumns(layout: TimelineLayout, basePx: number): Column[][] {
  let cache = columnCaches.get(layout);
  if (!cache) {
    cache = new Map();
    columnCaches.set(layout, cache);
  }
  let columns = cache.get(basePx);
  if (columns) cache.delete(basePx);
  else columns = buildColumns(layout, basePx, { minSpacing: MIN_SPACING });
  cache.set(basePx, columns);
  const oldest = cache.keys().next().value;
  if (cache.size > CACHED_LEVELS && oldest !== undefined) cache.delete(oldest);
  return columns;
}

/** The same map object while the placements are the same (keeps memoised props equal). */
function useStableLabels(next: Map<string, PlacedLabel>): ReadonlyMap<string, PlacedLabel> {
  const key = JSON.stringify([...next].map(([k, l]) => [k, l.lines, l.anchor, l.dx, l.dy]));
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `next`'s contents
  return useMemo(() => next, [key]);
}

/** A mark's label text: the title, with "≈ " for an approximate date. */
export function labelText(title: string, precision: string): string {
  return precision === 'approximate' ? `≈ ${title}` : title;
}
