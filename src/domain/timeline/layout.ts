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

/** Key events of a lane this many days apart or closer count as close together. */
const KEY_DAYS = 2;

/**
 * Lays events out along the unit axis. The time of day is unknown, so n events of one day in one
 * lane are spread evenly across that day (the i-th at (i + ½) / n of it), in dataset order: at low
 * zoom they stack or group; zoomed in far enough, they separate on their own. With `keyIds`, a
 * lane also has a row for each of its key events close together (KEY_DAYS) and one for the "+N"
 * pill beside them, up to maxRows + 2: so where the lane is crowded, each is drawn (and
 * labelled) on its own. A lane with two or more key events close together gets `labelRows`
 * more, room for their labels where the chart is too narrow to write them beside their marks.
 */
export function buildLayout(
  events: readonly DatasetEvent[],
  { lanes, laneOf }: LaneAssignment,
  scale: TimelineScale,
  maxRows = 3,
  keyIds?: ReadonlySet<string>,
  labelRows = 0,
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
    const close = keyIds ? closeKeyEvents(list, keyIds) : 0;
    // Several key events close together: rows for their labels too, where asked.
    const extra = close > 1 ? labelRows : 0;
    if (close > 0) {
      rows[lane] = Math.max(rows[lane] ?? 1, Math.min(maxRows + 2 + extra, close + 1 + extra));
    }
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

/** The most key events of `list` (sorted by u) within KEY_DAYS of each other. */
function closeKeyEvents(list: readonly LaidEvent[], keyIds: ReadonlySet<string>): number {
  const days = list.filter((l) => keyIds.has(l.event.id)).map((l) => dayStart(l.event.date));
  let most = 0;
  for (let i = 0, j = 0; i < days.length; i++) {
    while ((days[i] as number) - (days[j] as number) > KEY_DAYS * DAY_MS) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}
