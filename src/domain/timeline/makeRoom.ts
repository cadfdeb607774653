import type { LabelBoard } from './labelBoard';
import type { LabelRequest, PlacedLabel } from './labels';

/** A label's spots, in the order it tries them. */
export type Spots = (req: LabelRequest) => Iterable<PlacedLabel>;

/** The first of `spots` where `req`'s label fits on `board`. */
export function firstFree(board: LabelBoard, req: LabelRequest, spots: Iterable<PlacedLabel>) {
  for (const spot of spots) if (board.fits(req, spot)) return spot;
  return null;
}

/**
 * Room for the labels that must be written: a spot where only one placed label is in the way,
 * and that label fits at another of its spots (at most `tries` such spots per label: each try
 * searches the other label's spots).
 */
export function moveOneAside(
  board: LabelBoard,
  mustWrite: readonly LabelRequest[],
  byKey: ReadonlyMap<string, LabelRequest>,
  spots: Spots,
  tries = Infinity,
) {
  for (const req of mustWrite) {
    if (board.placed.has(req.key)) continue;
    let left = tries;
    for (const spot of spots(req)) {
      if (left <= 0) break;
      const blockers = board.blockers(req, spot);
      const [key] = blockers ?? [];
      const other = key !== undefined && blockers?.size === 1 ? byKey.get(key) : undefined;
      const was = key !== undefined ? board.placed.get(key) : undefined;
      if (!other || !was) continue;
      left--;
      board.unplace(other.key);
      board.place(req, spot);
      const moved = firstFree(board, other, spots(other));
      if (moved) {
        board.place(other, moved);
        break;
      }
      board.unplace(req.key);
      board.place(other, was);
    }
  }
}

/**
 * Room for the labels that must be written, at the cost of others: the first of `spots` where
 * only labels that need not be written are in the way. Those move to another of their spots
 * beside their mark (`aside`), or are left out.
 */
export function evictOthers(
  board: LabelBoard,
  mustWrite: readonly LabelRequest[],
  byKey: ReadonlyMap<string, LabelRequest>,
  spots: Spots,
  aside: Spots,
) {
  // Labels that must be written (or are not known) stay where they are.
  const stays = (key: string) => byKey.get(key)?.makeRoom ?? !byKey.has(key);
  for (const req of mustWrite) {
    if (board.placed.has(req.key)) continue;
    for (const spot of spots(req)) {
      const blockers = board.blockers(req, spot);
      if (!blockers || [...blockers].some(stays)) continue;
      for (const key of blockers) board.unplace(key);
      board.place(req, spot);
      for (const key of blockers) {
        const other = byKey.get(key) as LabelRequest;
        const moved = firstFree(board, other, aside(other));
        if (moved) board.place(other, moved);
      }
      break;
    }
  }
}
