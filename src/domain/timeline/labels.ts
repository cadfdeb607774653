/** What the label placer needs to know about a mark. */
export interface LabelCandidate {
  key: string;
  /** Lane and row: labels only compete with marks in the same row. */
  lane: number;
  row: number;
  /** Left and right edge of the mark itself, px. */
  left: number;
  right: number;
  /** Label text width, px (0 = this mark has no label, e.g. a cluster). */
  width: number;
  /** Shown even when it does not fit (the selected event). */
  force?: boolean;
}

/** Space between a mark and its label, and between a label and the next mark. */
export const LABEL_GAP = 4;

/**
 * Greedy collision avoidance: a label sits right of its mark and is shown only if it ends before
 * the next mark of the same row begins. Labels never cover marks, so they cannot overlap each other
 * either, and each decision is local (it does not depend on the labels to its left): stable under
 * panning and O(n log n). Labels that would run past `limit` (the right edge of the view) are
 * hidden rather than cut off. Hidden labels appear on hover/focus as the tooltip. A forced label is
 * always shown (over the marks after it), and any label it would cross is hidden.
 */
export function placeLabels(candidates: readonly LabelCandidate[], limit = Infinity): Set<string> {
  const rows = new Map<string, LabelCandidate[]>();
  for (const c of candidates) {
    const id = `${c.lane}|${c.row}`;
    const row = rows.get(id);
    if (row) row.push(c);
    else rows.set(id, [c]);
  }
  const shown = new Set<string>();
  for (const row of rows.values()) {
    row.sort((a, b) => a.left - b.left);
    const forced = row
      .filter((c) => c.force && c.width > 0)
      .map((c) => [c.right, c.right + LABEL_GAP + c.width] as const);
    row.forEach((c, i) => {
      if (c.width <= 0) return;
      if (c.force) {
        shown.add(c.key);
        return;
      }
      const next = row[i + 1];
      const end = c.right + LABEL_GAP + c.width;
      if (end > limit || (next && end + LABEL_GAP > next.left)) return;
      if (forced.some(([a, b]) => c.right < b && end > a)) return;
      shown.add(c.key);
    });
  }
  return shown;
}

/** Average glyph width of the 11 px UI font, as a fraction of its size (no DOM measuring). */
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
