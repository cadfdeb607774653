import { overlaps, type Box } from '../../domain/timeline/boxes';
import { estimateTextWidth } from '../../domain/timeline/labelText';
import type { GapMarker } from '../../domain/timeline/ticks';

/** Font size of a gap's label, px (written down the hatched band). */
export const GAP_FONT_PX = 10;

/** A gap as drawn: its band, and its label (text, centre and box) or null when none fits. */
export interface PlacedGap extends GapMarker {
  text: string | null;
  /** Centre of the rotated text, screen px. */
  cx: number;
  cy: number;
  box: Box;
}

export interface GapLabelOptions {
  /** Vertical extent of the lanes, px. */
  top: number;
  bottom: number;
  /** Boxes the labels must not cover (lane names written inside the plot). */
  avoid: readonly Box[];
}

/** Half the rotated text's thickness plus a margin, px. */
const HALF_THICK = 7;
const STEP = 6;

/**
 * Places each gap's rotated label in its band: from the bottom of the lanes upwards (the top
 * lanes hold the kinds read first), the first spot that covers none of `avoid`; "⋯ 8 years ⋯",
 * else "8 years", else none. A band too narrow for the text's height gets none.
 */
export function placeGapLabels(gaps: readonly GapMarker[], options: GapLabelOptions): PlacedGap[] {
  return gaps.map((g) => {
    const cx = (g.x0 + g.x1) / 2;
    const none = { ...g, text: null, cx, cy: 0, box: { x0: cx, x1: cx, y0: 0, y1: 0 } };
    if (g.x1 - g.x0 < 11) return none;
    for (const text of [`⋯ ${g.label} ⋯`, g.label]) {
      // Semi-bold, and "⋯" is wider than an average glyph: measured generously.
      const len = Math.ceil(estimateTextWidth(text, GAP_FONT_PX) * 1.2) + 4;
      for (let y1 = options.bottom - 8; y1 - len >= options.top + 4; y1 -= STEP) {
        const box = { x0: cx - HALF_THICK, x1: cx + HALF_THICK, y0: y1 - len, y1 };
        if (options.avoid.some((a) => overlaps(a, box))) continue;
        return { ...g, text, cx, cy: y1 - len / 2, box };
      }
    }
    return none;
  });
}
