import type { LaidEvent, TimelineLayout } from './layout';

/** One event drawn on its own. `x` is in content pixels: (u − origin) × pxPerUnit. */
export interface PlacedEvent {
  type: 'event';
  key: string;
  laid: LaidEvent;
  lane: number;
  row: number;
  x: number;
}

/** Several events too close to tell apart at this zoom, drawn as one "+N" mark. */
export interface PlacedCluster {
  type: 'cluster';
  /** Stable while panning: lane + first event id. */
  key: string;
  lane: number;
  row: number;
  /** Extent of its events and their midpoint, content pixels. */
  x0: number;
  x1: number;
  x: number;
  events: LaidEvent[];
}

export type PlacedItem = PlacedEvent | PlacedCluster;

export interface PlacementOptions {
  /** Zoom level: pixels per unit (day). */
  pxPerUnit: number;
  /** Unit range to place (the visible window plus some overscan). */
  range: readonly [number, number];
  /** Unit position that content x = 0 stands for (keeps SVG coordinates small). */
  origin: number;
  /** The selected event is never hidden inside a cluster. */
  selectedId?: string | null;
  /** Marks closer than this (px) in one lane are grouped into a column. Default 14. */
  minSpacing?: number;
}

/**
 * Level of detail for one zoom level. In each lane, events are grouped into columns by single
 * linkage: a new column starts wherever the gap to the previous event exceeds `minSpacing` px.
 * A column with no more events than the lane has rows shows them stacked in rows; a bigger one
 * becomes a cluster (with the selected event pulled out into its own row when it is inside).
 *
 * Single linkage does not depend on where the scan starts, and the scan is extended past the
 * range to the nearest column break, so panning (same pxPerUnit) yields identical items with
 * identical keys and coordinates: memoised marks do not re-render while panning.
 * Cost: O(log n + visible) per lane.
 */
export function placeMarks(layout: TimelineLayout, options: PlacementOptions): PlacedItem[] {
  const { pxPerUnit, range, origin, selectedId = null, minSpacing = 14 } = options;
  const link = minSpacing / pxPerUnit;
  const items: PlacedItem[] = [];
  const px = (u: number) => Math.round((u - origin) * pxPerUnit * 100) / 100;

  layout.byLane.forEach((list, lane) => {
    const rows = layout.rows[lane] ?? 1;
    let start = lowerBound(list, range[0]);
    let end = lowerBound(list, range[1], true); // exclusive
    if (start >= end) return; // nothing of this lane in range
    while (start > 0 && gapBefore(list, start) <= link) start--;
    while (end < list.length && gapBefore(list, end) <= link) end++;

    let column: LaidEvent[] = [];
    const flush = () => {
      if (column.length === 0) return;
      if (column.length <= rows) {
        column.forEach((laid, row) =>
          items.push({ type: 'event', key: laid.event.id, laid, lane, row, x: px(laid.u) }),
        );
      } else {
        const selected = column.find((l) => l.event.id === selectedId);
        const rest = selected ? column.filter((l) => l !== selected) : column;
        if (selected) {
          items.push({
            type: 'event',
            key: selected.event.id,
            laid: selected,
            lane,
            row: 0,
            x: px(selected.u),
          });
        }
        const first = rest[0] as LaidEvent;
        const last = rest[rest.length - 1] as LaidEvent;
        items.push({
          type: 'cluster',
          key: `c:${lane}:${first.event.id}`,
          lane,
          row: selected && rows > 1 ? 1 : 0,
          x0: px(first.u),
          x1: px(last.u),
          x: px((first.u + last.u) / 2),
          events: rest,
        });
      }
      column = [];
    };
    for (let i = start; i < end; i++) {
      if (column.length > 0 && gapBefore(list, i) > link) flush();
      column.push(list[i] as LaidEvent);
    }
    flush();
  });
  return items.sort((a, b) => a.x - b.x || a.lane - b.lane || a.row - b.row);
}

function gapBefore(list: readonly LaidEvent[], i: number): number {
  return (list[i] as LaidEvent).u - (list[i - 1] as LaidEvent).u;
}

/** First index whose u is ≥ value (or > value when `strict`). */
function lowerBound(list: readonly LaidEvent[], value: number, strict = false): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const u = (list[mid] as LaidEvent).u;
    if (u < value || (strict && u === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The events an item stands for (one for an event mark). */
export function itemEvents(item: PlacedItem): LaidEvent[] {
  return item.type === 'event' ? [item.laid] : item.events;
}
