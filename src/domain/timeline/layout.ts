import type { DatasetEvent } from '../types';
import type { TimelineScale } from './compressedScale';
import type { Lane, LaneAssignment } from './lanes';
import { DAY_MS } from '../calendar';
import { dayStart } from './time';

/** An event with its zoom-independent position. */
export interface LaidEvent {
  event: DatasetEvent;
  lane: number;
  /** Position on the unit axis. Same-day events of one lane share the day evenly (see below). */
  u: number;
  /** Index in time order (the order arrow keys walk). */
  order: number;
}

/**
 * Everything about the marks that does not depend on zoom or pan: computed once per
 * (filtered events, scale, lanes) and reused on every frame, so zoom never re-sorts or re-filters.
 */
export interface TimelineLayout {
  lanes: Lane[];
  /**
   * Rows of marks each lane shows: its busiest day, capped at maxRows, and at least 2 when the
   * lane has 2+ events (so a neighbour or the pulled-out selected event always has a row).
   */
  rows: number[];
  /** Per lane, its events sorted by `u`. */
  byLane: LaidEvent[][];
  /** All events in time order: date, then lane (top to bottom), then position in the day. */
  ordered: LaidEvent[];
  byId: Map<string, LaidEvent>;
}

/**
 * Lays events out along the unit axis. The time of day is unknown, so n events of one day in one
 * lane are spread evenly across that day (the i-th at (i + ½) / n of it), in dataset order: at low
 * zoom they stack or group; zoomed in far enough, they separate on their own.
 */
export function buildLayout(
  events: readonly DatasetEvent[],
  { lanes, laneOf }: LaneAssignment,
  scale: TimelineScale,
  maxRows = 3,
): TimelineLayout {
  const sameDay = new Map<string, number[]>();
  events.forEach((e, i) => {
    const key = `${laneOf[i]}|${e.date}`;
    const list = sameDay.get(key);
    if (list) list.push(i);
    else sameDay.set(key, [i]);
  });

  const byLane: LaidEvent[][] = lanes.map(() => []);
  const rows = lanes.map(() => 1);
  const all: LaidEvent[] = [];
  for (const group of sameDay.values()) {
    const t = dayStart((events[group[0] as number] as DatasetEvent).date);
    group.forEach((index, i) => {
      const lane = laneOf[index] as number;
      const laid: LaidEvent = {
        event: events[index] as DatasetEvent,
        lane,
        u: scale.toUnit(t + ((i + 0.5) / group.length) * DAY_MS),
        order: 0,
      };
      byLane[lane]?.push(laid);
      all.push(laid);
      rows[lane] = Math.min(maxRows, Math.max(rows[lane] ?? 1, group.length));
    });
  }
  byLane.forEach((list, lane) => {
    list.sort((a, b) => a.u - b.u);
    if (list.length > 1) rows[lane] = Math.max(rows[lane] ?? 1, Math.min(2, maxRows));
  });
  all.sort(
    (a, b) =>
      (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0) ||
      a.lane - b.lane ||
      a.u - b.u,
  );
  all.forEach((l, i) => (l.order = i));
  return { lanes, rows, byLane, ordered: all, byId: new Map(all.map((l) => [l.event.id, l])) };
}
