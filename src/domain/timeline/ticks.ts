import { utcDay, utcTicks } from 'd3-time';
import { formatGapLength, type TimelineScale } from './compressedScale';
import { DAY_MS } from '../calendar';
import type { UnitWindow } from './viewport';
import { estimateTextWidth } from './labelText';
import { formatDay, formatEventDate } from '../view/dates';

/** A tick on the time axis: a line at `x`, its label just right of it (or left, at the end). */
export interface AxisTick {
  /** UTC ms. */
  t: number;
  /** Screen px (0..width). */
  x: number;
  label: string;
  /** Where the label starts, px from `x`: `gap`, or left of the line where it would pass the end. */
  labelX: number;
}

/** A collapsed gap as drawn: screen px span and its "⋯ 12 days" text. */
export interface GapMarker {
  x0: number;
  x1: number;
  days: number;
  label: string;
}

/** The font size of tick labels (`.tl-axis text`, `.tl-overview-label` in timeline.css). */
const TICK_FONT_PX = 12;

/**
 * Axis ticks for the visible window. d3's utcTicks picks the tick times (nice UTC intervals);
 * compressed mode asks it once per visible segment, with a tick count proportional to the
 * segment's on-screen width, so every cluster of days gets its own dates. A label starts `gap`
 * px right of its line, or ends `gap` px left of it where it would run past `width`; labels that
 * would overlap the one before are dropped (greedy, left to right). Day labels carry the year on
 * the first tick and whenever the year changes.
 */
export function axisTicks(
  scale: TimelineScale,
  w: UnitWindow,
  width: number,
  minSpacing = 80,
  gap = 4,
): AxisTick[] {
  const pxPerUnit = width / (w[1] - w[0]);
  const ticks: AxisTick[] = [];
  let lastEnd = -Infinity;
  let lastYear: number | null = null;
  for (const seg of scale.segments) {
    const u0 = Math.max(seg.u0, w[0]);
    const u1 = Math.min(seg.u1, w[1]);
    // Nothing to tick, or every tick would fall on the label before it (dropped below).
    if (u1 <= u0 || (u1 - w[0]) * pxPerUnit < lastEnd) continue;
    const t0 = scale.fromUnit(u0);
    const t1 = scale.fromUnit(u1);
    const count = Math.max(1, Math.floor(((u1 - u0) * pxPerUnit) / minSpacing));
    // Events are dated to the day: an axis never ticks below a day, however far it is zoomed.
    let ts = utcTicks(new Date(t0), new Date(t1), count);
    if (ts.length > 1 && (ts[1] as Date).getTime() - (ts[0] as Date).getTime() < DAY_MS) {
      ts = utcDay.range(new Date(t0), new Date(t1));
    }
    const times = ts.map((d) => d.getTime()).filter((t) => t >= seg.t0 && t < seg.t1);
    // A segment too narrow for d3 to offer a tick inside it still gets its first day labelled.
    if (times.length === 0 && seg.t0 >= t0) times.push(seg.t0);
    const step = times.length > 1 ? (times[1] as number) - (times[0] as number) : DAY_MS;
    for (const t of times) {
      // A tick whose label would overlap the one before is dropped (greedy, left to right).
      const x = (scale.toUnit(t) - w[0]) * pxPerUnit;
      if (x < lastEnd) continue;
      const d = new Date(t);
      const year = d.getUTCFullYear();
      const label = formatTick(d, step, year !== lastYear);
      const textWidth = estimateTextWidth(label, TICK_FONT_PX);
      const labelX = x + gap + textWidth > width ? -gap - textWidth : gap;
      if (x + Math.min(0, labelX) < lastEnd) continue;
      ticks.push({ t, x, label, labelX });
      lastEnd = x + labelX + textWidth + 12;
      lastYear = year;
    }
  }
  return ticks;
}

/** A tick's label, as the app writes dates (`24 Mar`, `24 Mar 2022`, `Mar 2022`, `2022`). */
function formatTick(d: Date, step: number, withYear: boolean): string {
  const date = d.toISOString().slice(0, 10);
  if (step < 28 * DAY_MS) {
    const day = formatDay(date);
    return withYear ? day : day.slice(0, day.lastIndexOf(' '));
  }
  return formatEventDate({ date, datePrecision: step < 365 * DAY_MS ? 'month' : 'year' });
}

/** The scale's gaps that are on screen, in screen px. */
export function gapMarkers(scale: TimelineScale, w: UnitWindow, width: number): GapMarker[] {
  const pxPerUnit = width / (w[1] - w[0]);
  return scale.gaps
    .filter((g) => g.u1 > w[0] && g.u0 < w[1])
    .map((g) => ({
      x0: (g.u0 - w[0]) * pxPerUnit,
      x1: (g.u1 - w[0]) * pxPerUnit,
      days: g.days,
      label: formatGapLength(g.days),
    }));
}
