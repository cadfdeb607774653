import {
  boxGrid,
  candidates,
  insideOf,
  overlaps,
  type Box,
  type LabelLayoutOptions,
  type LabelRequest,
  type PlacedLabel,
} from './labels';

/**
 * `placed` (laid out by layoutLabels from `requests`) with `first`'s label placed as if it had
 * come first: at its first spot that covers no obstacle, whatever labels are there. The labels
 * it displaces move to their first free spot, in request order, or are left out; all others
 * stay where they were. O(boxes + candidates × nearby boxes), so selecting an event places one
 * label instead of all of them.
 */
export function placeFirst(
  placed: ReadonlyMap<string, PlacedLabel>,
  first: LabelRequest,
  requests: readonly LabelRequest[],
  { obstacles, xMin, xMax, measure, lineHeight, rowOffset }: LabelLayoutOptions,
): Map<string, PlacedLabel> {
  const { add, free, remove, cells, grid } = boxGrid();
  const inside = insideOf(xMin, xMax);
  for (const o of obstacles) add(o);
  const next = new Map(placed);
  next.delete(first.key);
  const owner = new Map<Box, string>();
  for (const [key, label] of next) {
    add(label.box);
    owner.set(label.box, key);
  }
  for (const candidate of candidates(first, measure, lineHeight, rowOffset)) {
    const { box } = candidate;
    if (!inside(box, first)) continue;
    const blocking = new Set<Box>();
    cells(box, (key) => {
      for (const o of grid.get(key) ?? []) if (overlaps(box, o)) blocking.add(o);
    });
    if ([...blocking].some((b) => !owner.has(b))) continue;
    const displaced = new Set<string>();
    for (const b of blocking) {
      remove(b);
      displaced.add(owner.get(b) as string);
      next.delete(owner.get(b) as string);
    }
    next.set(first.key, candidate);
    add(box);
    for (const req of requests) {
      if (!displaced.has(req.key)) continue;
      for (const moved of candidates(req, measure, lineHeight, rowOffset)) {
        if (!inside(moved.box, req) || !free(moved.box)) continue;
        next.set(req.key, moved);
        add(moved.box);
        break;
      }
    }
    return next;
  }
  return next;
}
