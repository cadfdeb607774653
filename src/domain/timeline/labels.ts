/** An axis-aligned box in chart px: x0 ≤ x1, y0 ≤ y1. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A mark that wants its title written beside it. */
export interface LabelRequest {
  key: string;
  /** Centre of the mark, px. */
  x: number;
  y: number;
  /** Half the mark's width: the label starts this far from the centre, plus LABEL_GAP. */
  r: number;
  /** The label on one line (already shortened) and, when the title is long, on two lines. */
  line: string;
  lines2: readonly [string, string] | null;
  /** Vertical room the label may use (its lane's rows), px. */
  band: readonly [number, number];
  /** Drawn in bold (the selected event): measured wider. */
  bold?: boolean;
  /**
   * A label that must be written if at all possible (the selected and the key events): a label
   * already placed in its way is moved elsewhere when that makes room for both.
   */
  makeRoom?: boolean;
  /** The label on three lines, tried last (callers give it to the labels that must be written). */
  lines3?: readonly string[] | null;
  /** The label on two short lines (shortened if need be), tried after three lines. */
  narrow2?: readonly [string, string] | null;
}

/** Where a label is drawn, relative to its mark's centre. */
export interface PlacedLabel {
  lines: readonly string[];
  /** Left of the mark ('end': text ends at dx) or right of it ('start': text starts at dx). */
  anchor: 'start' | 'end';
  dx: number;
  /** Vertical offset of the first line's centre from the mark's centre, px. */
  dy: number;
  /** The box the label covers, chart px (padding included). */
  box: Box;
}

export interface LabelLayoutOptions {
  /** Boxes no label may cover: marks, pills, gap labels, lane names. */
  obstacles: readonly Box[];
  /** Horizontal room: labels stay inside [xMin, xMax]. */
  xMin: number;
  xMax: number;
  /** Width in px of a line of label text in the painters' font (regular or bold). */
  measure: (text: string, bold: boolean) => number;
  /** Height of one line of label text, px. */
  lineHeight: number;
  /** How far a label may move up or down to the next row of marks, px. */
  rowOffset: number;
}

/** Space between a mark and its label, px. */
export const LABEL_GAP = 4;
/** Clear space kept around every label, px. */
const PAD = 1.5;
/** Boxes are bucketed in cells this wide and this tall, so a test looks at neighbours only. */
const CELL_W = 64;
const CELL_H = 16;

/**
 * Greedy label placement over boxes. Requests are taken in the order given (callers put the
 * selected event first, then the story's key events, then the rest by importance); each label
 * tries, in order: right of its mark on one line, left of it, on two lines right then left (the
 * two lines first when one line had to shorten the title), and a row above or below; it takes the first spot that covers no obstacle,
 * no label already placed and nothing outside its band or [xMin, xMax], or is left out (it still
 * shows on hover and focus). So no label ever covers a mark, a pill, another label or a reserved
 * box. Cost: O(candidates × boxes in the cells a candidate spans) per label.
 */
export function layoutLabels(
  requests: readonly LabelRequest[],
  { obstacles, xMin, xMax, measure, lineHeight, rowOffset }: LabelLayoutOptions,
): Map<string, PlacedLabel> {
  const { add, free, remove, cells, grid } = boxGrid();
  const inside = insideOf(xMin, xMax);
  for (const o of obstacles) add(o);

  const placed = new Map<string, PlacedLabel>();
  const owner = new Map<Box, LabelRequest>();
  const place = (req: LabelRequest, label: PlacedLabel) => {
    placed.set(req.key, label);
    owner.set(label.box, req);
    add(label.box);
  };
  const options = (req: LabelRequest) => candidates(req, measure, lineHeight, rowOffset);
  for (const req of requests) {
    if (placed.has(req.key)) continue;
    for (const candidate of options(req)) {
      if (!inside(candidate.box, req) || !free(candidate.box)) continue;
      place(req, candidate);
      break;
    }
  }

  /** The placed boxes that `box` overlaps. */
  const blockingAt = (box: Box) => {
    const blocking = new Set<Box>();
    cells(box, (key) => {
      for (const o of grid.get(key) ?? []) if (overlaps(box, o)) blocking.add(o);
    });
    return blocking;
  };

  // Room for the labels that must be written: a spot where only one placed label is in the
  // way, and that label fits somewhere else.
  for (const req of requests) {
    if (!req.makeRoom || placed.has(req.key)) continue;
    for (const candidate of options(req)) {
      const { box } = candidate;
      if (!inside(box, req)) continue;
      const blocking = blockingAt(box);
      const [only] = blocking;
      const other = only && blocking.size === 1 ? owner.get(only) : undefined;
      if (!only || !other) continue;
      remove(only);
      add(box);
      const moved = [...options(other)].find((c) => inside(c.box, other) && free(c.box));
      remove(box);
      if (moved) {
        owner.delete(only);
        place(other, moved);
        place(req, candidate);
        break;
      }
      add(only);
    }
  }

  // Still unwritten: a spot where only labels that need not be written are in the way. They
  // move to a free spot, or are left out.
  for (const req of requests) {
    if (!req.makeRoom || placed.has(req.key)) continue;
    for (const candidate of options(req)) {
      const { box } = candidate;
      if (!inside(box, req)) continue;
      const blocking = blockingAt(box);
      const others = [...blocking].map((b) => owner.get(b));
      if (others.some((o) => !o || o.makeRoom)) continue;
      for (const b of blocking) {
        remove(b);
        owner.delete(b);
      }
      for (const other of others) placed.delete((other as LabelRequest).key);
      place(req, candidate);
      for (const other of others as LabelRequest[]) {
        const moved = [...options(other)].find((c) => inside(c.box, other) && free(c.box));
        if (moved) place(other, moved);
      }
      break;
    }
  }
  return placed;
}

/** Boxes bucketed in CELL_W × CELL_H cells, so a test looks at neighbours only. */
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
      for (const o of grid.get(key) ?? []) if (overlaps(b, o)) return false;
    });
  const remove = (b: Box) =>
    cells(b, (key) => {
      const cell = grid.get(key);
      const i = cell ? cell.indexOf(b) : -1;
      if (i !== -1) cell?.splice(i, 1);
    });
  return { grid, cells, add, free, remove };
}

/** Whether a label's box stays inside [xMin, xMax] and its request's band. */
export function insideOf(xMin: number, xMax: number) {
  return (box: Box, req: LabelRequest) =>
    box.x0 >= xMin && box.x1 <= xMax && box.y0 >= req.band[0] && box.y1 <= req.band[1];
}

interface Text {
  lines: readonly string[];
  width: number;
}

/** A label's spots in the order it tries them (see layoutLabels). */
export function* candidates(
  req: LabelRequest,
  measure: (text: string, bold: boolean) => number,
  lineHeight: number,
  rowOffset: number,
): Generator<PlacedLabel> {
  const bold = req.bold ?? false;
  const one: Text = { lines: [req.line], width: measure(req.line, bold) };
  const order: Array<[Text, number]> = [[one, 0]];
  if (req.lines2) {
    const two: Text = {
      lines: req.lines2,
      width: Math.max(...req.lines2.map((l) => measure(l, bold))),
    };
    // Centred on the mark, or its first line level with the mark, or its last.
    const wrapped: Array<[Text, number]> = [
      [two, 0],
      [two, lineHeight / 2],
      [two, -lineHeight / 2],
    ];
    // A title shortened to fit one line reads worse than the whole title on two.
    if (req.line.endsWith('…')) order.unshift(...wrapped);
    else order.push(...wrapped);
  }
  order.push([one, -rowOffset], [one, rowOffset]);
  if (req.lines3) {
    order.push([
      { lines: req.lines3, width: Math.max(...req.lines3.map((l) => measure(l, bold))) },
      0,
    ]);
  }
  if (req.narrow2) {
    const narrow: Text = {
      lines: req.narrow2,
      width: Math.max(...req.narrow2.map((l) => measure(l, bold))),
    };
    order.push([narrow, 0], [narrow, lineHeight / 2], [narrow, -lineHeight / 2]);
  }
  for (const [text, dy] of order) {
    for (const anchor of ['start', 'end'] as const) {
      yield at(req, text.lines, text.width, anchor, dy, lineHeight);
    }
  }
}

function at(
  req: LabelRequest,
  lines: readonly string[],
  width: number,
  anchor: 'start' | 'end',
  dy: number,
  lineHeight: number,
): PlacedLabel {
  const dx = anchor === 'start' ? req.r + LABEL_GAP : -(req.r + LABEL_GAP);
  const x0 = anchor === 'start' ? req.x + dx : req.x + dx - width;
  const height = lines.length * lineHeight;
  const top = req.y + dy - height / 2;
  // The first line's centre: lines are stacked around the mark's row (or the offset row).
  const first = dy - ((lines.length - 1) * lineHeight) / 2;
  return {
    lines,
    anchor,
    dx,
    dy: first,
    box: { x0: x0 - PAD, y0: top - PAD, x1: x0 + width + PAD, y1: top + height + PAD },
  };
}

/** Boxes that share area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Average glyph width of the UI font, as a fraction of its size (no DOM measuring). */
const GLYPH = 0.56;

/** Estimated width in px of `text` at `fontPx` (deterministic; no layout reads per frame). */
export function estimateTextWidth(text: string, fontPx = 11): number {
  return Math.ceil(text.length * fontPx * GLYPH);
}

/** Shortens a title to `max` characters at a word boundary, with an ellipsis. */
export function truncateLabel(text: string, max = 34): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Splits a title into two lines at the word break nearest its middle, each at most `max`
 * characters (the second shortened with an ellipsis if the title is longer still); null for a
 * title with no break or short enough for one line.
 */
export function wrapLabel(text: string, max = 30): [string, string] | null {
  if (text.length <= 20) return null;
  const mid = Math.min(text.length / 2, max);
  let best = -1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
    if (i > max) break;
    if (best === -1 || Math.abs(i - mid) < Math.abs(best - mid)) best = i;
  }
  if (best === -1) return null;
  return [text.slice(0, best), truncateLabel(text.slice(best + 1), max)];
}

/**
 * Splits a title into three lines at the word breaks that make its longest line shortest (of
 * those, the most even); null for a title of fewer than three words or short enough for one line.
 */
export function wrapLabel3(text: string): [string, string, string] | null {
  const words = text.split(' ');
  if (text.length <= 20 || words.length < 3) return null;
  let best: [string, string, string] | null = null;
  let score = Infinity;
  for (let i = 1; i < words.length - 1; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const lines: [string, string, string] = [
        words.slice(0, i).join(' '),
        words.slice(i, j).join(' '),
        words.slice(j).join(' '),
      ];
      const lengths = lines.map((l) => l.length);
      // The longest line first, then the spread (sum of squares) among equal longest lines.
      const next = Math.max(...lengths) * 1e4 + lengths.reduce((sum, n) => sum + n * n, 0);
      if (next < score) [best, score] = [lines, next];
    }
  }
  return best;
}
