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

/** A dash pattern as an SVG attribute value. */
export function dashArray(dash: readonly number[]): string {
  return dash.join(' ');
}

/** Half the pill's height: a cluster's box is its extent × this much above and below. */
export const PILL_HALF = MARK_STYLE.pillHeight / 2;
