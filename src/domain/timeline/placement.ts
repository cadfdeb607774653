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
  /**
   * Lane + the column's index in its lane: stable while panning at one zoom level, and reused
   * position by position when the level changes, so React updates pills in place instead of
   * destroying and recreating them on every level of detail.
   */
  key: string;
  /** The column's index in its lane's columns. */
  column: number;
  lane: number;
  row: number;
  /** Where its pill is drawn and its centre, content pixels. */
  left: number;
  right: number;
  x: number;
  events: LaidEvent[];
}

export type PlacedItem = PlacedEvent | PlacedCluster;

/** A run of events of one lane drawn together: indexes [start, end) into `layout.byLane[lane]`. */
export interface Column {
  start: number;
  end: number;
  /** Unit extent of the column's events. */
  u0: number;
  u1: number;
  /** Set when a long dense run was cut into fixed-width bins: the bin's unit extent. */
  bin?: readonly [number, number];
}

export interface ColumnOptions {
  /** Marks closer than this (px) in one lane belong to one column. Default 14. */
  minSpacing?: number;
  /** Runs wider than this (px) are cut at fixed bins this wide. Default 48. */
  binWidth?: number;
}

/**
 * Level of detail for one zoom level, per lane (O(n); memoise it per zoom level). Columns are
 * single-linkage runs: a new one starts wherever the gap to the previous event exceeds
 * `minSpacing` px. A run wider than `binWidth` px (dense data zoomed out) is cut where the
 * absolute bins floor(u × pxPerUnit / binWidth) change, so it reads as a row of counts rather
 * than one pill spanning months. Neither rule depends on what is on screen, so panning at a given
 * zoom shows the same columns with the same keys.
 */
export function buildColumns(
  layout: TimelineLayout,
  pxPerUnit: number,
  { minSpacing = 14, binWidth = 48 }: ColumnOptions = {},
): Column[][] {
  const link = minSpacing / pxPerUnit;
  const binUnits = binWidth / pxPerUnit;
  return layout.byLane.map((list) => {
    const columns: Column[] = [];
    let start = 0;
    const close = (end: number) => {
      const u0 = (list[start] as LaidEvent).u;
      const u1 = (list[end - 1] as LaidEvent).u;
      if (u1 - u0 <= binUnits) {
        columns.push({ start, end, u0, u1 });
      } else {
        let s = start;
        for (let i = start + 1; i <= end; i++) {
          const b = Math.floor((list[s] as LaidEvent).u / binUnits);
          if (i === end || Math.floor((list[i] as LaidEvent).u / binUnits) !== b) {
            const bin = [b * binUnits, (b + 1) * binUnits] as const;
            columns.push({
              start: s,
              end: i,
              u0: (list[s] as LaidEvent).u,
              u1: (list[i - 1] as LaidEvent).u,
              bin,
            });
            s = i;
          }
        }
      }
      start = end;
    };
    for (let i = 1; i < list.length; i++) {
      if ((list[i] as LaidEvent).u - (list[i - 1] as LaidEvent).u > link) close(i);
    }
    if (list.length > 0) close(list.length);
    return columns;
  });
}

export interface PlacementOptions {
  /** Zoom level: pixels per unit (day). */
  pxPerUnit: number;
  /** Unit range to place (the visible window plus some overscan). */
  range: readonly [number, number];
  /** Unit position that content x = 0 stands for (keeps SVG coordinates small). */
  origin: number;
  /** The selected event is never hidden inside a cluster. */
  selectedId?: string | null;
  /**
   * Events to keep out of clusters after the selected one (the story's key events), as many as
   * the lane has rows to spare: each takes a row of its own, the "+N" pill the next.
   */
  keyIds?: ReadonlySet<string>;
  /**
   * Marks of one row closer than this (px) would touch: a column whose events cannot be spread
   * over the lane's rows this far apart is folded into a "+N" pill. Default 14.
   */
  markSpacing?: number;
}

/**
 * Turns the columns overlapping `range` into marks: a column with no more events than the lane
 * has rows shows them stacked in rows; a bigger one is spread over the rows when its marks fit
 * there `markSpacing` apart, and only otherwise becomes a "+N" cluster, with the selected event
 * pulled out into its own row when it is inside. O(log n + visible) per lane.
 */
export function placeColumns(
  layout: TimelineLayout,
  columns: readonly Column[][],
  options: PlacementOptions,
): PlacedItem[] {
  const items: PlacedItem[] = [];
  const { range } = options;
  columns.forEach((laneColumns, lane) => {
    for (let c = firstColumn(laneColumns, range[0]); c < laneColumns.length; c++) {
      if ((laneColumns[c] as Column).u0 > range[1]) break;
      items.push(...placeColumn(layout, laneColumns, lane, c, options));
    }
  });
  return items.sort(byPosition);
}

/**
 * `items` (placed by placeColumns with no selection) as placeColumns places them with
 * `selectedId` selected: only the column of a cluster holding the selected event changes (the
 * event is pulled out of it), so the same array comes back whenever the selected event is drawn
 * on its own.
 */
export function withSelected(
  items: PlacedItem[],
  layout: TimelineLayout,
  columns: readonly Column[][],
  options: PlacementOptions,
): PlacedItem[] {
  const { selectedId = null } = options;
  if (selectedId === null) return items;
  const at = items.findIndex(
    (i) => i.type === 'cluster' && i.events.some((l) => l.event.id === selectedId),
  );
  const cluster = items[at];
  if (!cluster || cluster.type !== 'cluster') return items;
  const replaced = placeColumn(
    layout,
    columns[cluster.lane] ?? [],
    cluster.lane,
    cluster.column,
    options,
  );
  // The column's marks drawn already (its key events) are placed again with it.
  const col = columns[cluster.lane]?.[cluster.column];
  const ids = new Set(
    (layout.byLane[cluster.lane] ?? []).slice(col?.start, col?.end).map((l) => l.event.id),
  );
  const others = items.filter(
    (i) => i !== cluster && !(i.type === 'event' && i.lane === cluster.lane && ids.has(i.key)),
  );
  return [...others, ...replaced].sort(byPosition);
}

const byPosition = (a: PlacedItem, b: PlacedItem) => a.x - b.x || a.lane - b.lane || a.row - b.row;

/** The marks of column `c` of lane `lane` (see placeColumns). */
function placeColumn(
  layout: TimelineLayout,
  laneColumns: readonly Column[],
  lane: number,
  c: number,
  { pxPerUnit, origin, selectedId = null, keyIds = NONE, markSpacing = 14 }: PlacementOptions,
): PlacedItem[] {
  const px = (u: number) => Math.round((u - origin) * pxPerUnit * 100) / 100;
  const col = laneColumns[c] as Column;
  const rows = layout.rows[lane] ?? 1;
  const events = (layout.byLane[lane] ?? []).slice(col.start, col.end);
  const event = (laid: LaidEvent, row: number): PlacedEvent => ({
    type: 'event',
    key: laid.event.id,
    laid,
    lane,
    row,
    x: px(laid.u),
  });
  if (events.length <= rows) return events.map(event);
  const spread = packRows(events, rows, pxPerUnit, markSpacing);
  if (spread) return events.map((laid, i) => event(laid, spread[i] as number));

  const items: PlacedItem[] = [];
  const pulled = pulledOut(events, rows, selectedId, keyIds);
  const rest = pulled.length > 0 ? events.filter((l) => !pulled.includes(l)) : events;
  pulled.forEach((laid, row) => items.push(event(laid, row)));
  const first = rest[0] as LaidEvent;
  const last = rest[rest.length - 1] as LaidEvent;
  const x = px((first.u + last.u) / 2);
  // A pill spans its events (wide enough for its count), or exactly its bin.
  const half = Math.max(
    (px(last.u) - px(first.u)) / 2 + 7,
    5 + String(rest.length).length * 3.5 + 3.5,
  );
  const [left, right] = col.bin
    ? [px(col.bin[0]) + 1.5, px(col.bin[1]) - 1.5]
    : [x - half, x + half];
  items.push({
    type: 'cluster',
    key: `c:${lane}:${c}`,
    column: c,
    lane,
    // Below the marks pulled out of it, in the lane's last row: rows between stay free for labels.
    row: pulled.length > 0 ? rows - 1 : 0,
    left,
    right,
    x: col.bin ? (left + right) / 2 : x,
    events: rest,
  });
  return items;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The events of a column too crowded to show that are drawn on their own beside its pill: the
 * selected one, then key events in time order, one per row, leaving a row for the pill (the
 * selected event is pulled out even from a lane of one row, which then overlaps its pill).
 */
function pulledOut(
  events: readonly LaidEvent[],
  rows: number,
  selectedId: string | null,
  keyIds: ReadonlySet<string>,
): LaidEvent[] {
  const selected = events.find((l) => l.event.id === selectedId);
  const pulled = selected ? [selected] : [];
  if (keyIds.size === 0) return pulled;
  for (const laid of events) {
    if (pulled.length >= rows - 1) break;
    if (laid !== selected && keyIds.has(laid.event.id)) pulled.push(laid);
  }
  return pulled;
}

/**
 * Rows for a column's events (sorted by u) so that marks of one row are at least `spacing` px
 * apart: each takes the first row whose last mark is far enough behind it. Null when one cannot.
 */
function packRows(
  events: readonly LaidEvent[],
  rows: number,
  pxPerUnit: number,
  spacing: number,
): number[] | null {
  // A row holds at most extent / spacing + 1 marks: a dense column is refused without a walk.
  const extent = ((events[events.length - 1]?.u ?? 0) - (events[0]?.u ?? 0)) * pxPerUnit;
  if (events.length > rows * (Math.floor(extent / spacing + 1e-9) + 1)) return null;
  const last: number[] = Array.from({ length: rows }, () => -Infinity);
  const out: number[] = [];
  for (const laid of events) {
    const x = laid.u * pxPerUnit;
    const row = last.findIndex((l) => x - l >= spacing);
    if (row === -1) return null;
    last[row] = x;
    out.push(row);
  }
  return out;
}

/** Index of the first column ending at or after `u` (binary search). */
function firstColumn(columns: readonly Column[], u: number): number {
  let lo = 0;
  let hi = columns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((columns[mid] as Column).u1 < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
