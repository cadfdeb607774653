/** An axis-aligned box in chart px: x0 ≤ x1, y0 ≤ y1. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A line from (ax, ay) to (bx, by) (a leader line); its Box is the line's bounding box. */
export interface Segment extends Box {
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

/** The segment from (ax, ay) to (bx, by). */
export function segment(ax: number, ay: number, bx: number, by: number): Segment {
  return {
    ax,
    ay,
    bx,
    by,
    x0: Math.min(ax, bx),
    x1: Math.max(ax, bx),
    y0: Math.min(ay, by),
    y1: Math.max(ay, by),
  };
}

/** Boxes that share area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

const isSegment = (b: Box): b is Segment => 'ax' in b;

/** Whether two boxes or segments share a point (touching a box's edge does not count). */
export function hits(a: Box, b: Box): boolean {
  // Bounding boxes apart: nothing to test (a segment's box may be flat, so compare with ≤).
  if (a.x1 < b.x0 || b.x1 < a.x0 || a.y1 < b.y0 || b.y1 < a.y0) return false;
  if (isSegment(a)) return isSegment(b) ? crosses(a, b) : cutsBox(a, b);
  return isSegment(b) ? cutsBox(b, a) : overlaps(a, b);
}

/** Whether segment `s` passes through the inside of `box` (Liang–Barsky clipping). */
function cutsBox(s: Segment, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = s.bx - s.ax;
  const dy = s.by - s.ay;
  const clip = (p: number, q: number) => {
    // p·t < q keeps the part of the line inside one edge of the open box.
    if (p === 0) return q > 0;
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    return true;
  };
  return (
    clip(-dx, s.ax - box.x0) &&
    clip(dx, box.x1 - s.ax) &&
    clip(-dy, s.ay - box.y0) &&
    clip(dy, box.y1 - s.ay) &&
    t1 - t0 > 1e-9
  );
}

/** Whether two segments cross (their ends on opposite sides of each other). */
function crosses(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) =>
    Math.sign((s.bx - s.ax) * (y - s.ay) - (s.by - s.ay) * (x - s.ax));
  return (
    side(a, b.ax, b.ay) * side(a, b.bx, b.by) < 0 && side(b, a.ax, a.ay) * side(b, a.bx, a.by) < 0
  );
}

/** Boxes are bucketed in cells this wide and this tall, so a test looks at neighbours only. */
const CELL_W = 64;
const CELL_H = 16;

/** Boxes and segments bucketed in CELL_W × CELL_H cells, so a test looks at neighbours only. */
export function boxGrid() {
  const grid = new Map<number, Box[]>();
  // One number per cell (column × 2^20 + row): rows stay far below 2^19 in magnitude.
  const cells = (b: Box, visit: (key: number) => boolean | void) => {
    const r0 = Math.floor(b.y0 / CELL_H);
    const r1 = Math.floor(b.y1 / CELL_H);
    for (let c = Math.floor(b.x0 / CELL_W); c <= Math.floor(b.x1 / CELL_W); c++) {
      for (let r = r0; r <= r1; r++) if (visit(c * 1048576 + r) === false) return false;
    }
    return true;
  };
  const add = (b: Box) =>
    cells(b, (key) => {
      const cell = grid.get(key);
      if (cell) cell.push(b);
      else grid.set(key, [b]);
    });
  const free = (b: Box) =>
    cells(b, (key) => {
      for (const o of grid.get(key) ?? []) if (hits(b, o)) return false;
    });
  const remove = (b: Box) =>
    cells(b, (key) => {
      const cell = grid.get(key);
      const i = cell ? cell.indexOf(b) : -1;
      if (i !== -1) cell?.splice(i, 1);
    });
  /** The boxes and segments that `b` hits. */
  const blocking = (b: Box) => {
    const found = new Set<Box>();
    cells(b, (key) => {
      for (const o of grid.get(key) ?? []) if (hits(b, o)) found.add(o);
    });
    return found;
  };
  return { add, free, remove, blocking };
}
