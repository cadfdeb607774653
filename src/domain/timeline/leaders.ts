import type { LabelRequest, PlacedLabel } from './labels';
import { labelAt, LABEL_GAP, PAD, textForms, type Measure } from './labelSpots';

/** How far beyond the spot beside its mark a label may be written, px. */
const REACH = 240;
/** Horizontal step between the spots tried, px. */
const STEP = 6;
/** A line more costs as much as this much longer a leader, px: fewer lines read better. */
const LINE_COST = 6;
/** A leader line shorter than this is left out: the label is beside its mark, px. */
const MIN_LEADER = LABEL_GAP + 2;
/** A label outside its mark's lane costs as much as this much longer a leader, px. */
const OUTSIDE_COST = 60;

/**
 * Spots for a label written away from its mark, in free space of its band, joined to the mark
 * by a leader line (as newsroom charts do): its text in any of its forms, at every half line of
 * its reach (its band first), above or below the mark or left or right of it up to REACH px
 * further out; shortest leader first (each
 * extra line counting LINE_COST px). The leader runs from just outside the mark's box (`r` wide,
 * `ry` tall, each way) to the nearest point of the label's box.
 */
export function leaderSpots(req: LabelRequest, measure: Measure, lineHeight: number) {
  const forms = Object.values(textForms(req, measure));
  const ry = req.ry ?? req.r;
  const spots: Array<{ label: PlacedLabel; cost: number }> = [];
  for (const text of forms) {
    if (!text) continue;
    const half = (text.lines.length * lineHeight) / 2 + PAD;
    const [top, bottom] = req.reach ?? req.band;
    for (let cy = top + half; cy <= bottom - half + 1e-9; cy += lineHeight / 2) {
      for (const anchor of ['start', 'end'] as const) {
        // Text starting left of the mark, too: a label above or below it, the line (nearly) upright.
        const over = -Math.ceil((text.width + 2 * (req.r + LABEL_GAP)) / STEP) * STEP;
        for (let s = anchor === 'start' ? over : 0; s <= REACH; s += STEP) {
          const dx = (anchor === 'start' ? 1 : -1) * (req.r + LABEL_GAP + s);
          const label = labelAt(req, text, anchor, dx, cy - req.y, lineHeight);
          const { box } = label;
          // The leader's end: the point of the label's box nearest the mark, from its centre.
          const ex = Math.min(Math.max(req.x, box.x0), box.x1) - req.x;
          const ey = Math.min(Math.max(req.y, box.y0), box.y1) - req.y;
          const length = Math.hypot(ex, ey);
          // Where the line leaves the mark's box, plus a pixel.
          const t =
            Math.min(
              ex === 0 ? Infinity : req.r / Math.abs(ex),
              ey === 0 ? Infinity : ry / Math.abs(ey),
            ) +
            1 / length;
          const line = length * (1 - t) >= MIN_LEADER ? ([ex * t, ey * t, ex, ey] as const) : null;
          const outside = box.y0 < req.band[0] || box.y1 > req.band[1];
          if (outside && !line) continue;
          spots.push({
            label: line ? { ...label, leader: line } : label,
            cost: length + LINE_COST * (text.lines.length - 1) + (outside ? OUTSIDE_COST : 0),
          });
        }
      }
    }
  }
  return spots.sort((a, b) => a.cost - b.cost).map((s) => s.label);
}
