/** Pixel constants of the chart, in one place (the domain layer never sees pixels). */
export const AXIS_H = 28;
export const ROW_H = 18;
export const LANE_PAD = 6;
const LANE_PAD_NARROW = 3;
/** Extra line for the lane's name on narrow screens (no gutter there). */
export const LANE_LABEL_H = 12;
/** On narrow screens, the top of each lane (padding and its name) holds no marks or labels. */
export const LANE_NAME_LINE = LANE_PAD_NARROW + LANE_LABEL_H;
export const MIN_HEIGHT = 260;
export const MARK_R = 6.5;
/** Widths below this count as a phone: no gutter, fewer ticks, only the selected label. */
export const NARROW = 640;
/** Charts narrower than this (the smallest phones) give key events' labels rows of their own. */
const SMALL_PHONE = 360;

/**
 * Rows a lane's key events close together get for their labels in a chart `width` px wide (see
 * buildLayout): two on the smallest phones, where there is no room beside their marks.
 */
export function keyLabelRows(width: number): number {
  return width < SMALL_PHONE ? 2 : 0;
}

/** Left column with lane names on wide screens. */
export function gutterWidth(width: number): number {
  return width >= NARROW ? 132 : 0;
}

export interface LaneGeometry {
  top: number[];
  height: number[];
  /** Height of the whole chart, axis included (at least MIN_HEIGHT). */
  total: number;
}

/** Vertical layout: each lane is as tall as its rows of marks. */
export function laneGeometry(rows: readonly number[], narrow: boolean): LaneGeometry {
  const top: number[] = [];
  const height: number[] = [];
  let y = AXIS_H;
  for (const r of rows) {
    const pad = narrow ? LANE_PAD_NARROW * 2 + LANE_LABEL_H : LANE_PAD * 2;
    const h = pad + r * ROW_H;
    top.push(y);
    height.push(h);
    y += h;
  }
  return { top, height, total: Math.max(MIN_HEIGHT, y + 4) };
}

/** Centre y of a row of marks in a lane. */
export function rowY(geometry: LaneGeometry, lane: number, row: number, narrow: boolean): number {
  return (
    (geometry.top[lane] ?? AXIS_H) +
    (narrow ? LANE_PAD_NARROW + LANE_LABEL_H : LANE_PAD) +
    row * ROW_H +
    ROW_H / 2
  );
}
