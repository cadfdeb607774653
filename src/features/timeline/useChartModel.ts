import { useMemo } from 'react';
import type { TimelineScale } from '../../domain/timeline/compressedScale';
import type { TimelineLayout } from '../../domain/timeline/layout';
import { estimateTextWidth, placeLabels, truncateLabel } from '../../domain/timeline/labels';
import { placeMarks, type PlacedItem } from '../../domain/timeline/placement';
import { axisTicks, gapMarkers } from '../../domain/timeline/ticks';
import type { UnitWindow } from '../../domain/timeline/viewport';
import { MARK_R } from './geometry';

/** Marks closer than this in a lane are grouped (px). */
export const MIN_SPACING = 15;
/** Labels need at most this much room to the right of their mark; placed beyond the view. */
const OVERSCAN_PX = 260;

export interface ChartModel {
  items: PlacedItem[];
  /** Keys of items whose label is drawn. */
  labelled: Set<string>;
  /** Content px → plot px: plot x = content x − offset. */
  offset: number;
  pxPerUnit: number;
  ticks: ReturnType<typeof axisTicks>;
  gaps: ReturnType<typeof gapMarkers>;
}

/**
 * Everything the chart draws for one window, from the zoom-independent layout. Content
 * coordinates are relative to an origin that only moves once per screen width of panning, and
 * pxPerUnit is rounded to 7 significant digits, so a pan at constant zoom gives marks identical
 * props (memoised marks skip rendering) and SVG coordinates stay small at deep zoom.
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
  const pxPerUnit = Number((width / (w[1] - w[0])).toPrecision(7));
  const span = width / pxPerUnit;
  const origin = Math.floor(w[0] / span) * span;
  const overscan = OVERSCAN_PX / pxPerUnit;
  const lo = w[0] - overscan;
  const hi = w[1] + overscan;

  const items = useMemo(
    () =>
      placeMarks(layout, {
        pxPerUnit,
        range: [lo, hi],
        origin,
        selectedId,
        minSpacing: MIN_SPACING,
      }),
    [layout, pxPerUnit, lo, hi, origin, selectedId],
  );

  const offset = (w[0] - origin) * pxPerUnit;
  const limit = Math.round(offset + width);
  const labelled = useMemo(
    () =>
      placeLabels(
        items.map((item) => {
          const isEvent = item.type === 'event';
          const selected = isEvent && item.laid.event.id === selectedId;
          const text = isEvent
            ? labelText(item.laid.event.title, item.laid.event.datePrecision)
            : '';
          return {
            key: item.key,
            lane: item.lane,
            row: item.row,
            left: (isEvent ? item.x : item.x0) - MARK_R - 2,
            right: (isEvent ? item.x : item.x1) + MARK_R + 2,
            width: isEvent && (showLabels || selected) ? estimateTextWidth(text) : 0,
            force: selected,
          };
        }),
        limit,
      ),
    [items, selectedId, showLabels, limit],
  );

  const ticks = useMemo(() => axisTicks(scale, w, width, width < 500 ? 70 : 90), [scale, w, width]);
  const gaps = useMemo(() => gapMarkers(scale, w, width), [scale, w, width]);

  return { items, labelled, offset, pxPerUnit, ticks, gaps };
}

/** A mark's visible label: the title shortened, with "≈ " for an approximate date. */
export function labelText(title: string, precision: string): string {
  const t = truncateLabel(title);
  return precision === 'approximate' ? `≈ ${t}` : t;
}
