import { labelBoard } from './labelBoard';
import type { LabelLayoutOptions, LabelRequest, PlacedLabel } from './labels';
import { candidates } from './labelSpots';
import { firstFree } from './makeRoom';

/**
 * `placed` (laid out by layoutLabels from `requests`) with `first`'s label placed as if it had
 * come first: at its first spot beside its mark that covers no obstacle, whatever labels (and
 * leader lines) are there. The labels it displaces move to their first free spot beside their
 * mark, in request order, or are left out; all others stay where they were. O(boxes +
 * candidates × nearby boxes), so selecting an event places one label instead of all of them.
 */
export function placeFirst(
  placed: ReadonlyMap<string, PlacedLabel>,
  first: LabelRequest,
  requests: readonly LabelRequest[],
  { obstacles, xMin, xMax, measure, lineHeight, rowOffset }: LabelLayoutOptions,
): Map<string, PlacedLabel> {
  const board = labelBoard(obstacles, xMin, xMax);
  const byKey = new Map(requests.map((r) => [r.key, r]));
  for (const [key, label] of placed) {
    const at = byKey.get(key);
    if (key !== first.key && at) board.place(at, label);
  }
  for (const spot of candidates(first, measure, lineHeight, rowOffset)) {
    const displaced = board.blockers(first, spot);
    if (!displaced) continue;
    for (const key of displaced) board.unplace(key);
    board.place(first, spot);
    for (const req of requests) {
      if (!displaced.has(req.key)) continue;
      const moved = firstFree(board, req, candidates(req, measure, lineHeight, rowOffset));
      if (moved) board.place(req, moved);
    }
    break;
  }
  return board.placed;
}
