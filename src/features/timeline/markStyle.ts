import { LABEL_GAP } from '../../domain/timeline/labelSpots';
import { MARK_R } from './geometry';

/**
 * How marks are drawn, shared by the SVG layer (Marks.tsx, the legend) and the gesture canvas
 * (paintMarks.ts), so the two painters cannot drift apart. Colours come from the theme.
 */
export const MARK_STYLE = {
  /** Outline of an exact day's filled shape. */
  shapeStroke: 1,
  /** Hollow shape of an approximate date: its outline and dash pattern. */
  approxStroke: 1.6,
  approxDash: [2.2, 1.6],
  /** The ± one day whisker of an approximate date: line width and end-tick half height. */
  whiskerStroke: 1.3,
  whiskerTick: 3,
  /** Ring round the selected event. */
  selectedRing: MARK_R + 4,
  ringStroke: 2.5,
  /** Dashed ring round events at the place hovered on the map. */
  linkRing: MARK_R + 7,
  linkDash: [3, 2],
  /** "+N" pill: height, corner radius, outline, count font. */
  pillHeight: 16,
  pillRadius: 8,
  pillStroke: 1.5,
  countFontPx: 10.5,
  /** Event labels: font size, line height (two-line labels) and start from the mark's centre. */
  labelFontPx: 11,
  labelLineHeight: 13,
  labelOffset: MARK_R + LABEL_GAP,
  /**
   * Leader line from a mark to its label written away from it: its width and colour (the text's,
   * which stands out from the chart's background in both themes).
   */
  leaderStroke: 1.25,
  leaderColor: 'var(--tl-fg, #1d1f24)',
} as const;

/**
 * Traces a leader line through its points ((x, y) pairs from its mark's centre; a bend at each
 * point between the first and the last), for the SVG path (`leaderPath`) and the canvas alike.
 */
export function traceLeader(
  points: readonly number[],
  pen: { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void },
): void {
  for (let i = 0; i + 1 < points.length; i += 2) {
    if (i === 0) pen.moveTo(points[0]!, points[1]!);
    else pen.lineTo(points[i]!, points[i + 1]!);
  }
}

/** A leader line as an SVG path (`traceLeader`). */
export function leaderPath(points: readonly number[]): string {
  let d = '';
  traceLeader(points, {
    moveTo: (x, y) => (d += `M${x},${y}`),
    lineTo: (x, y) => (d += `L${x},${y}`),
  });
  return d;
}

/** A dash pattern as an SVG attribute value. */
export function dashArray(dash: readonly number[]): string {
  return dash.join(' ');
}

/** Half the pill's height: a cluster's box is its extent × this much above and below. */
export const PILL_HALF = MARK_STYLE.pillHeight / 2;
