import type { Box } from './boxes';
import { labelBoard } from './labelBoard';
import { candidates, type Measure } from './labelSpots';
import { leaderSpots } from './leaders';
import { evictOthers, firstFree, moveOneAside } from './makeRoom';

/** A mark that wants its title written beside it. */
export interface LabelRequest {
  key: string;
  /** Centre of the mark, px. */
  x: number;
  y: number;
  /** Half the mark's width: the label starts this far from the centre, plus LABEL_GAP. */
  r: number;
  /** Half the mark's height (default `r`): a leader line starts outside it. */
  ry?: number;
  /** The label on one line (already shortened) and, when the title is long, on two lines. */
  line: string;
  lines2: readonly [string, string] | null;
  /** Vertical room the label may use (its lane's rows), px. */
  band: readonly [number, number];
  /**
   * Vertical room a label written away from its mark may use (default `band`): its lane and
   * its neighbours, the leader line showing whose it is.
   */
  reach?: readonly [number, number];
  /** Drawn in bold (the selected event): measured wider. */
  bold?: boolean;
  /**
   * A label that must be written if at all possible (the selected and the key events): a label
   * already placed in its way is moved elsewhere when that makes room for both, and failing that
   * it is written away from its mark, joined to it by a leader line.
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
  /**
   * For a label written away from its mark, the leader line joining them: its points as (x, y)
   * pairs, px from the mark's centre, from beside the mark to the label's edge; a line with more
   * than two points bends at those between.
   */
  leader?: readonly number[];
}

export interface LabelLayoutOptions {
  /** Boxes no label may cover: marks, pills, gap labels, lane names. */
  obstacles: readonly Box[];
  /** Horizontal room: labels stay inside [xMin, xMax]. */
  xMin: number;
  xMax: number;
  /** Width in px of a line of label text in the painters' font (regular or bold). */
  measure: Measure;
  /** Height of one line of label text, px. */
  lineHeight: number;
  /** How far a label may move up or down to the next row of marks, px. */
  rowOffset: number;
}

/** Spots tried per label where another label, moved anywhere, would make room for it. */
const MOVE_TRIES = 3;

/**
 * Greedy label placement over boxes. Requests are taken in the order given (callers put the
 * selected event first, then the story's key events, then the rest by importance); each label
 * takes the first of its spots beside its mark (see `candidates`) that covers no obstacle, no
 * label already placed and nothing outside its band or [xMin, xMax], or is left out (it still
 * shows on hover and focus). The labels that must be written (`makeRoom`) then get room: by moving
 * one label in their way to another spot, else away from their mark with a leader line
 * (`leaderSpots`), straight or else bent, else in place of labels that need not be written, else
 * by moving one label in their way to any of its spots, away from its mark included. So no label
 * or leader line ever covers a mark, a pill, another label or a reserved box. Cost: O(candidates ×
 * boxes in the cells a candidate spans) per label.
 */
export function layoutLabels(
  requests: readonly LabelRequest[],
  { obstacles, xMin, xMax, measure, lineHeight, rowOffset }: LabelLayoutOptions,
): Map<string, PlacedLabel> {
  const board = labelBoard(obstacles, xMin, xMax);
  const beside = (req: LabelRequest) => candidates(req, measure, lineHeight, rowOffset);
  for (const req of requests) {
    if (board.placed.has(req.key)) continue;
    const spot = firstFree(board, req, beside(req));
    if (spot) board.place(req, spot);
  }
  const mustWrite = requests.filter((r) => r.makeRoom);
  if (mustWrite.every((r) => board.placed.has(r.key))) return board.placed;

  const byKey = new Map(requests.map((r) => [r.key, r]));
  moveOneAside(board, mustWrite, byKey, beside);
  // Spots away from the mark are many and sorted: computed once per label.
  const farSpots = new Map<string, PlacedLabel[]>();
  const away = (req: LabelRequest) => {
    let spots = farSpots.get(req.key);
    if (!spots) farSpots.set(req.key, (spots = leaderSpots(req, measure, lineHeight)));
    return spots;
  };
  for (const req of mustWrite) {
    if (board.placed.has(req.key)) continue;
    const spot = firstFree(board, req, away(req));
    if (spot) board.place(req, spot);
  }
  // Where no straight line will do, a line bent through the strip at the lane's edge.
  for (const req of mustWrite) {
    if (board.placed.has(req.key)) continue;
    const spot = firstFree(board, req, leaderSpots(req, measure, lineHeight, true));
    if (spot) board.place(req, spot);
  }
  const anywhere = (req: LabelRequest) => [...beside(req), ...away(req)];
  evictOthers(board, mustWrite, byKey, anywhere, beside);
  moveOneAside(board, mustWrite, byKey, anywhere, MOVE_TRIES);
  return board.placed;
}
