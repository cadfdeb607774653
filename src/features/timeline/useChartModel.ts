import { useMemo } from 'react';
import type { TimelineScale } from '../../domain/timeline/compressedScale';
import type { TimelineLayout } from '../../domain/timeline/layout';
import { estimateTextWidth, placeLabels, truncateLabel } from '../../domain/timeline/labels';
import {
  buildColumns,
  placeColumns,
  type Column,
  type PlacedItem,
} from '../../domain/timeline/placement';
import { axisTicks, gapMarkers } from '../../domain/timeline/ticks';
import type { UnitWindow } from '../../domain/timeline/viewport';
import { MARK_R } from './geometry';

/** Marks closer than this in a lane are grouped (px). */
export const MIN_SPACING = 15;
/** Labels need at most this much room to the right of their mark; placed beyond the view. */
const OVERSCAN_PX = 260;
/** Zoom levels per doubling at which the level of detail is recomputed. */
const LEVELS_PER_DOUBLING = 4;

export interface ChartModel {
  items: PlacedItem[];
  /** Keys of items whose label is drawn. */
  labelled: ReadonlySet<string>;
  /**
   * Item x values are "base" content px at the zoom level `basePx`; on screen an item sits at
   * `stretch × x − offset`. The chart applies stretch and offset to the mark layer, so between
   * levels of detail zooming and panning re-render no marks at all.
   */
  stretch: number;
  offset: number;
  basePx: number;
  ticks: ReturnType<typeof axisTicks>;
  gaps: ReturnType<typeof gapMarkers>;
}

/**
 * Everything the chart draws for one window. Level of detail (clustering, rows, labels) is
 * computed at a quantised zoom level (the one at or below the current zoom, so the real spacing
 * is never tighter than the computed one) and only over a range snapped to half-screen chunks:
 * most zoom and pan frames reuse the same `items` and `labelled` objects.
 */
export function useChartModel(
  scale: TimelineScale,
  layout: TimelineLayout,
  w: UnitWindow,
  plotWidth: number,
  selectedId: string | null,
  showLabels: boolean,
): ChartModel {
  const width = Math.max(1, plotWidth);
  const exact = width / (w[1] - w[0]);
  const basePx = 2 ** (Math.floor(Math.log2(exact) * LEVELS_PER_DOUBLING) / LEVELS_PER_DOUBLING);
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
    () => placeColumns(layout, columns, { pxPerUnit: basePx, range: [lo, hi], origin, selectedId }),
    [layout, columns, basePx, lo, hi, origin, selectedId],
  );

  // Labels must not run past the right edge: the only input that moves on every pan frame.
  const limit = Math.floor((offset + width) / stretch);
  const fresh = useMemo(
    () =>
      placeLabels(
        items.map((item) => {
          const isEvent = item.type === 'event';
          const selected = isEvent && item.laid.event.id === selectedId;
          const e = isEvent ? item.laid.event : null;
          return {
            key: item.key,
            lane: item.lane,
            row: item.row,
            left: isEvent ? item.x - MARK_R - 2 : item.left,
            right: isEvent ? item.x + MARK_R + 2 : item.right,
            width:
              e && (showLabels || selected)
                ? estimateTextWidth(labelText(e.title, e.datePrecision))
                : 0,
            force: selected,
          };
        }),
        limit,
      ),
    [items, selectedId, showLabels, limit],
  );
  const labelled = useStableSet(fresh);

  const ticks = useMemo(() => axisTicks(scale, w, width, width < 500 ? 70 : 90), [scale, w, width]);
  const gaps = useMemo(() => gapMarkers(scale, w, width), [scale, w, width]);

  return { items, labelled, stretch, offset, basePx, ticks, gaps };
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

/** The same set object while the contents are the same (keeps memoised props equal). */
function useStableSet(next: Set<string>): ReadonlySet<string> {
  const key = [...next].join('\n');
  return useMemo(() => new Set(key ? key.split('\n') : []), [key]);
}

/** A mark's visible label: the title shortened, with "≈ " for an approximate date. */
export function labelText(title: string, precision: string): string {
  const t = truncateLabel(title);
  return precision === 'approximate' ? `≈ ${t}` : t;
}
