import type { LabelRequest, PlacedLabel } from './labels';

/** Space between a mark and its label, px. */
export const LABEL_GAP = 4;
/** Clear space kept around every label, px. */
export const PAD = 1.5;

/** A form of a label's text: its lines and the width of the longest. */
export interface LabelText {
  lines: readonly string[];
  width: number;
}

/** Width of a label's text in a form, px. */
export type Measure = (text: string, bold: boolean) => number;

/** The forms a request's text may take: one line, two, three, two short ones. */
export function textForms(req: LabelRequest, measure: Measure) {
  const bold = req.bold ?? false;
  const form = (lines: readonly string[] | null | undefined): LabelText | null =>
    lines ? { lines, width: Math.max(...lines.map((l) => measure(l, bold))) } : null;
  return {
    one: form([req.line]) as LabelText,
    two: form(req.lines2),
    three: form(req.lines3),
    narrow: form(req.narrow2),
  };
}

/**
 * A label's spots beside its mark in the order it tries them: right of its mark on one line,
 * left of it, on two lines right then left (the two lines first when one line had to shorten the
 * title), a row above or below, then (for the labels that must be written) three lines and two
 * short ones.
 */
export function* candidates(
  req: LabelRequest,
  measure: Measure,
  lineHeight: number,
  rowOffset: number,
): Generator<PlacedLabel> {
  const { one, two, three, narrow } = textForms(req, measure);
  const order: Array<[LabelText, number]> = [[one, 0]];
  if (two) {
    // Centred on the mark, or its first line level with the mark, or its last.
    const wrapped: Array<[LabelText, number]> = [
      [two, 0],
      [two, lineHeight / 2],
      [two, -lineHeight / 2],
    ];
    // A title shortened to fit one line reads worse than the whole title on two.
    if (req.line.endsWith('…')) order.unshift(...wrapped);
    else order.push(...wrapped);
  }
  order.push([one, -rowOffset], [one, rowOffset]);
  if (three) order.push([three, 0]);
  if (narrow) order.push([narrow, 0], [narrow, lineHeight / 2], [narrow, -lineHeight / 2]);
  for (const [text, dy] of order) {
    for (const anchor of ['start', 'end'] as const) {
      const dx = anchor === 'start' ? req.r + LABEL_GAP : -(req.r + LABEL_GAP);
      yield labelAt(req, text, anchor, dx, dy, lineHeight);
    }
  }
}

/**
 * The label of `req` written in `text`, its text starting (anchor 'start') or ending ('end') `dx`
 * px from the mark's centre and its lines centred `dy` px below it.
 */
export function labelAt(
  req: LabelRequest,
  text: LabelText,
  anchor: 'start' | 'end',
  dx: number,
  dy: number,
  lineHeight: number,
): PlacedLabel {
  const { lines, width } = text;
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
