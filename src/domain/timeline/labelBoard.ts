import { boxGrid, segment, type Box, type Segment } from './boxes';
import type { LabelRequest, PlacedLabel } from './labels';

/** What the board needs of a label's request: whose it is, where its mark is, its band. */
type Owner = Pick<LabelRequest, 'key' | 'x' | 'y'>;

/** A placed label's leader line in chart px, one segment per stretch (none beside its mark). */
export function leaderLines(at: Owner, label: PlacedLabel): Segment[] {
  const l = label.leader ?? [];
  const segments: Segment[] = [];
  for (let i = 2; i + 1 < l.length; i += 2) {
    segments.push(segment(at.x + l[i - 2]!, at.y + l[i - 1]!, at.x + l[i]!, at.y + l[i + 1]!));
  }
  return segments;
}

/**
 * The chart as labels are placed on it: the obstacles (marks, pills, gap labels, lane names),
 * the labels placed so far and their leader lines, and who owns each. A label fits where it
 * stays inside [xMin, xMax] and its band (its reach, with a leader line) and neither its box nor its leader line touches anything.
 */
export function labelBoard(obstacles: readonly Box[], xMin: number, xMax: number) {
  const grid = boxGrid();
  for (const o of obstacles) grid.add(o);
  const placed = new Map<string, PlacedLabel>();
  const owner = new Map<Box, string>();
  const shapes = new Map<string, Box[]>();
  const shapesOf = (at: Owner, label: PlacedLabel) => [label.box, ...leaderLines(at, label)];
  const inside = ({ band, reach = band }: LabelRequest, { box, leader }: PlacedLabel) => {
    const [top, bottom] = leader ? reach : band;
    return box.x0 >= xMin && box.x1 <= xMax && box.y0 >= top && box.y1 <= bottom;
  };

  return {
    /** The labels placed, by request key. */
    placed,
    /** Whether `label` fits where it is. */
    fits: (req: LabelRequest, label: PlacedLabel) =>
      inside(req, label) && shapesOf(req, label).every(grid.free),
    place(at: Owner, label: PlacedLabel) {
      const own = shapesOf(at, label);
      placed.set(at.key, label);
      shapes.set(at.key, own);
      for (const b of own) {
        grid.add(b);
        owner.set(b, at.key);
      }
    },
    unplace(key: string) {
      for (const b of shapes.get(key) ?? []) {
        grid.remove(b);
        owner.delete(b);
      }
      shapes.delete(key);
      placed.delete(key);
    },
    /**
     * The keys of the placed labels in `label`'s way, or null when something else is in its way
     * or it leaves the view or its band.
     */
    blockers(req: LabelRequest, label: PlacedLabel): Set<string> | null {
      if (!inside(req, label)) return null;
      const keys = new Set<string>();
      for (const shape of shapesOf(req, label)) {
        for (const b of grid.blocking(shape)) {
          const key = owner.get(b);
          if (key === undefined) return null;
          keys.add(key);
        }
      }
      return keys;
    },
  };
}

export type LabelBoard = ReturnType<typeof labelBoard>;
