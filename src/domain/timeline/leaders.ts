import type { Box } from './boxes';
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

/** A bend costs as much as this much longer a leader line, px. */
const BEND_COST = 24;
/** Where a bent leader line meets its label: this far in from the label's end, px at most. */
const BEND_INSET = 6;

/**
 * Spots for a label written away from its mark, in free space of its band, joined to the mark
 * by a leader line (as newsroom charts do): its text in any of its forms, at every half line of
 * its reach (its band first), above or below the mark or left or right of it up to REACH px
 * further out; shortest leader first (each extra line counting LINE_COST px). The leader runs
 * from just outside the mark's box (`r` wide, `ry` tall, each way) to the nearest point of the
 * label's box. `bend`: instead, the spots next to a strip at an edge of the mark's lane, where no
 * mark is, their leader bent through it (`bent`): past the labels of the mark's row to free space
 * further along it or in the next lane. Asked for only where no straight line will do (they are
 * as many again).
 */
export function leaderSpots(req: LabelRequest, measure: Measure, lineHeight: number, bend = false) {
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
          const line = length * (1 - t) >= MIN_LEADER ? [ex * t, ey * t, ex, ey] : null;
          const outside = box.y0 < req.band[0] || box.y1 > req.band[1];
          const extra = LINE_COST * (text.lines.length - 1) + (outside ? OUTSIDE_COST : 0);
          if (!bend && (line || !outside)) {
            spots.push({ label: line ? { ...label, leader: line } : label, cost: length + extra });
          }
          for (const strip of bend ? req.band : []) {
            const leader = bent(req, ry, box, strip, lineHeight);
            if (leader) spots.push({ label: { ...label, leader }, cost: leader.cost + extra });
          }
        }
      }
    }
  }
  return spots.sort((a, b) => a.cost - b.cost).map((s) => s.label);
}

/**
 * A leader bent through the strip at height `strip` (an edge of the mark's lane): down or up
 * from the mark to the strip, along it, and up or down into the label's end nearest the mark,
 * as points from the mark's centre with its cost; null where the label is not clear of the mark
 * sideways, is not next to the strip (within a line of it, not across it), or the mark reaches
 * the strip.
 */
function bent(req: LabelRequest, ry: number, box: Box, strip: number, lineHeight: number) {
  const sy = strip - req.y;
  const left = box.x1 <= req.x - req.r - MIN_LEADER;
  if (!left && box.x0 < req.x + req.r + MIN_LEADER) return null;
  if (Math.abs(sy) <= ry + 1 || (box.y0 < strip && box.y1 > strip)) return null;
  const inset = Math.min(BEND_INSET, (box.x1 - box.x0) / 2);
  const ex = (left ? box.x1 - inset : box.x0 + inset) - req.x;
  // The label's edge facing the strip (on it already: the line ends there).
  const ey = (box.y1 <= strip ? box.y1 : box.y0) - req.y;
  if (Math.abs(ey - sy) > lineHeight) return null;
  const points = [0, Math.sign(sy) * (ry + 1), 0, sy, ex, sy];
  if (ey !== sy) points.push(ex, ey);
  const cost = Math.abs(sy) + Math.abs(ex) + Math.abs(ey - sy) + BEND_COST;
  return Object.assign(points, { cost });
}
