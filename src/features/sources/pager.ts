/** Where one panel sits in the scrolling row, in the row's own pixels. */
export interface PanelBox {
  left: number;
  width: number;
}

/** Which panels a row shows: `first` to `last` (inclusive), of `count`. */
export interface ShownPanels {
  first: number;
  last: number;
  count: number;
}

/**
 * The panels a horizontally scrolled row shows: those whose middle lies inside the visible span
 * (a panel cut by less than half still counts, as the scroll snaps to whole panels). At least
 * one panel is shown whenever there is one: the nearest to the span's start.
 */
export function shownPanels(
  boxes: readonly PanelBox[],
  scrollLeft: number,
  viewWidth: number,
): ShownPanels {
  const count = boxes.length;
  const inside = boxes.flatMap((b, i) => {
    const middle = b.left + b.width / 2;
    return middle >= scrollLeft && middle <= scrollLeft + viewWidth ? [i] : [];
  });
  if (inside.length > 0) return { first: inside[0] ?? 0, last: inside.at(-1) ?? 0, count };
  let nearest = 0;
  boxes.forEach((b, i) => {
    const best = boxes[nearest];
    if (best && Math.abs(b.left - scrollLeft) < Math.abs(best.left - scrollLeft)) nearest = i;
  });
  return { first: nearest, last: nearest, count };
}

/** True when every panel is shown (no pager needed). */
export const allShown = ({ first, last, count }: ShownPanels) =>
  count === 0 || (first === 0 && last === count - 1);

/** "2–3 of 4", "1 of 3": what the pager says is on screen. */
export function shownLabel({ first, last, count }: ShownPanels): string {
  return first === last ? `${first + 1} of ${count}` : `${first + 1}–${last + 1} of ${count}`;
}
