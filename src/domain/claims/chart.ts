import { scaleLinear, scaleUtc } from 'd3-scale';
import { DAY_MS as DAY } from '../calendar.ts';
import type { Claim } from '../types.ts';
import { formatAxisValue } from './format.ts';

/** A claim placed on the chart. */
export interface ClaimMark {
  claim: Claim;
  x: number;
  y: number;
  /** The top of a stated range (`max`), else null. */
  yMax: number | null;
  /** The figure is a bound: the true value lies above (`up`) or below (`down`) the point. */
  open: 'up' | 'down' | null;
}

/** Everything the chart component draws, in pixels. */
export interface ClaimChartModel {
  width: number;
  height: number;
  /** The plot area inside the axes. */
  plot: { left: number; right: number; top: number; bottom: number };
  marks: ClaimMark[];
  xTicks: { x: number; date: string }[];
  yTicks: { y: number; label: string }[];
}

const MARGIN = { left: 44, right: 16, top: 14, bottom: 26 };
/**
 * The least horizontal distance between two points, so that each keeps its own 24 px target
 * (WCAG 2.2 target size) even when the chart is drawn a little smaller than its viewBox.
 */
export const MIN_POINT_GAP = 28;
/** The least room between two date labels. */
const MIN_LABEL_GAP = 48;

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Places claims of one quantity on a figure-against-date chart: d3 scales do the maths, the
 * component only draws. Dates are UTC days (no local-time drift); the value axis starts at 0 so
 * that figures compare by height; claims of the same day are spread side by side; date labels
 * are the claims' own days, dropping any that would collide.
 */
export function claimChartModel(
  claims: readonly Claim[],
  width: number,
  height: number,
): ClaimChartModel {
  const plot = {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };
  const days = [...new Set(claims.map((c) => c.refersTo.date))].sort();
  const first = utcDay(days[0] ?? '2000-01-01').getTime();
  const last = utcDay(days[days.length - 1] ?? '2000-01-01').getTime();
  // A day of padding either side keeps the edge points off the axes (and gives one day a width).
  const span = Math.max(last - first, DAY);
  const pad = Math.max(DAY, span * 0.08);
  const x = scaleUtc()
    .domain([new Date(first - pad), new Date(last + pad)])
    .range([plot.left, plot.right]);
  const top = Math.max(...claims.map((c) => c.max ?? c.value), 0);
  // Counts of people, days or corridors get whole-number ticks (no "0.2 children").
  const whole = claims.every((c) => Number.isInteger(c.value) && Number.isInteger(c.max ?? 0));
  const headroom = top === 0 ? 1 : top * 1.15;
  const y = scaleLinear()
    .domain([0, whole ? Math.max(Math.ceil(headroom), top + 1) : headroom])
    .nice(4)
    .range([plot.bottom, plot.top]);

  const marks = claims.map((claim): ClaimMark => {
    const open =
      claim.qualifier === 'at-least' || claim.qualifier === 'more-than'
        ? 'up'
        : claim.qualifier === 'at-most' || claim.qualifier === 'less-than'
          ? 'down'
          : null;
    return {
      claim,
      x: x(utcDay(claim.refersTo.date)),
      y: y(claim.value),
      yMax: claim.max === null ? null : y(claim.max),
      open,
    };
  });
  dodge(marks, plot.left + 8, plot.right - 8);

  const xTicks: { x: number; date: string }[] = [];
  for (const date of days) {
    const same = marks.filter((m) => m.claim.refersTo.date === date);
    const at = same.reduce((sum, m) => sum + m.x, 0) / Math.max(same.length, 1);
    const previous = xTicks[xTicks.length - 1];
    if (!previous || at - previous.x >= MIN_LABEL_GAP) xTicks.push({ x: at, date });
  }
  const yTicks = y
    .ticks(4)
    .filter((v) => !whole || Number.isInteger(v))
    .map((v) => ({ y: y(v), label: formatAxisValue(v) }));
  return { width, height, plot, marks, xTicks, yTicks };
}

/**
 * Spreads points that would sit closer than MIN_POINT_GAP apart (claims of the same day, or
 * of days a few pixels apart on a long axis), keeping their order: a sweep to the right, then,
 * if the last point ran past `right`, a sweep back to the left. Dates stay in order; a point may
 * move a few pixels off its exact day, which the list and each point's name state exactly.
 */
function dodge(marks: ClaimMark[], left: number, right: number): void {
  const order = [...marks].sort((a, b) => a.x - b.x);
  for (let i = 1; i < order.length; i += 1) {
    const previous = order[i - 1]!;
    const mark = order[i]!;
    mark.x = Math.max(mark.x, previous.x + MIN_POINT_GAP);
  }
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const next = order[i + 1];
    const mark = order[i]!;
    mark.x = Math.min(mark.x, next ? next.x - MIN_POINT_GAP : right);
    if (mark.x < left) mark.x = left;
  }
}
