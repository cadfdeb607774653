import type { TimelineScale } from '../../domain/timeline/compressedScale';
import { groupWindow, type EventGroup, type LinearGroups } from '../../domain/timeline/outliers';
import type { UnitWindow } from '../../domain/timeline/viewport';

interface OutlierPointersProps {
  scale: TimelineScale;
  groups: LinearGroups;
  window: UnitWindow;
  /** Width of the window that shows the main cluster: other groups are shown as wide. */
  span: number;
  onWindow: (w: UnitWindow) => void;
}

/**
 * On a true-to-scale axis whose fitted view shows the main cluster only (see linearGroups), a
 * button at each side pointing to the events beyond the window there ("◀ 1 earlier event
 * (2014)"), which moves the window to them; from there, the other way leads back.
 */
export function OutlierPointers({
  scale,
  groups,
  window: w,
  span,
  onWindow,
}: OutlierPointersProps) {
  const before = groups.groups.filter((g) => g.hi < w[0]).at(-1);
  const after = groups.groups.find((g) => g.lo > w[1]);
  if (!before && !after) return null;
  const years = (g: EventGroup) => {
    const [a, b] = [g.lo, g.hi].map((u) => new Date(scale.fromUnit(u)).getUTCFullYear());
    return a === b ? `${a}` : `${a}–${b}`;
  };
  const count = (g: EventGroup, side: string) =>
    `${g.count} ${side} event${g.count === 1 ? '' : 's'} (${years(g)})`;
  const go = (g: EventGroup) => onWindow(groupWindow(g, span));
  return (
    <div className="tl-pointers">
      {before && (
        <button type="button" onClick={() => go(before)}>
          <span aria-hidden="true">◀ </span>
          {count(before, 'earlier')}
        </button>
      )}
      {after && (
        <button type="button" className="tl-pointer-later" onClick={() => go(after)}>
          {count(after, 'later')}
          <span aria-hidden="true"> ▶</span>
        </button>
      )}
    </div>
  );
}
