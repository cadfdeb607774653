import type { FrameSize } from './viewport';

/** One place to lay out, already projected to the screen. */
export interface ScreenMark {
  id: string;
  name: string;
  x: number;
  y: number;
  /** Drawn radius in px. */
  r: number;
  /** Radius that counts for overlap: a halo's area is approximate, only its centre collides. */
  hit: number;
  /** Linked to what the reader selected, hovered or filtered: labelled first. */
  linked: boolean;
  /** Events at the place (priority for labels and for leading a cluster). */
  events: number;
}

/** A place drawn on its own, or several overlapping places drawn as one cluster. */
export interface MarkGroup {
  /** The members, the leading (busiest) one first; its position is the group's. */
  members: ScreenMark[];
  x: number;
  y: number;
}

/**
 * A label's box: left edge `x`, vertical centre `y`, `width`; its text is anchored at the box's
 * left (`start`), right (`end`) or middle, toward its mark.
 */
export interface PlacedLabel {
  /** Id of the group's leading place. */
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  anchor: 'start' | 'end' | 'middle';
}

/** The direction of places beyond the frame, and which they are (busiest first). */
export interface EdgePointer {
  edge: 'west' | 'east' | 'north' | 'south';
  members: ScreenMark[];
}

/** Room between two marks before they count as overlapping, px. */
const GAP = 2;

/**
 * Clustering in screen space. Every mark starts alone, busiest first; then, while two groups
 * overlap (centre distance below their two radii plus `GAP`, a group's radius from `radius`
 * of its members), the later joins the earlier. A group sits on its busiest place, a real
 * point, so small pans do not shuffle it. Deterministic: ties are broken by id.
 */
export function clusterMarks(
  marks: readonly ScreenMark[],
  radius: (members: readonly ScreenMark[]) => number = (members) => members[0]!.hit,
): MarkGroup[] {
  const order = [...marks].sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1));
  const groups = order.map((m) => ({ members: [m], x: m.x, y: m.y, r: radius([m]) }));
  for (let merged = true; merged;) {
    merged = false;
    for (let i = 0; i < groups.length && !merged; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const a = groups[i]!;
        const b = groups[j]!;
        if (Math.hypot(a.x - b.x, a.y - b.y) >= a.r + b.r + GAP) continue;
        a.members.push(...b.members);
        a.r = radius(a.members);
        groups.splice(j, 1);
        merged = true;
        break;
      }
    }
  }
  return groups.map(({ members, x, y }) => ({ members, x, y }));
}

/**
 * Spreads a group's members on a ring round its position (the first at the top, clockwise),
 * far enough apart that none overlaps its neighbours: for places the map cannot separate by
 * zooming in (the same or almost the same point). One member stays where it is.
 */
export function spreadRing(group: MarkGroup): ScreenMark[] {
  const n = group.members.length;
  if (n < 2) return group.members;
  const widest = Math.max(...group.members.map((m) => m.hit));
  // Chord between neighbours = 2R sin(pi/n) >= 2 * widest + GAP.
  const radius = (widest + GAP / 2) / Math.sin(Math.PI / n);
  return group.members.map((m, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { ...m, x: group.x + radius * Math.cos(angle), y: group.y + radius * Math.sin(angle) };
  });
}

/** Average glyph width of the label font, in ems (a little generous: labels never collide). */
const EM_WIDTH = 0.6;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Text for a group's label: its leading place, and how many more it holds. */
export function groupLabel(group: MarkGroup): string {
  const lead = group.members[0]!;
  return group.members.length > 1 ? `${lead.name} +${group.members.length - 1}` : lead.name;
}

/** Text of an edge pointer: its busiest place, and how many more lie past that edge. */
export function pointerLabel(pointer: EdgePointer): string {
  const lead = pointer.members[0];
  const more = pointer.members.length > 1 ? ` +${pointer.members.length - 1}` : '';
  return `${lead?.name ?? ''}${more}`;
}

/**
 * The box an edge pointer covers, as map.css draws it: text at the labels' size (`fontPx`, which
 * is 0.75rem) after an arrow and a 0.25rem gap, padding 0.125rem 0.5rem and a 1 px border, at
 * most 45% of the frame wide, 0.375rem inside its edge, centred along it. Generous like the
 * labels' widths, so that no label is placed under a pointer.
 */
export function pointerBox(pointer: EdgePointer, size: FrameSize, fontPx: number): Box {
  const rem = fontPx / 0.75;
  const text = (pointerLabel(pointer).length + 1) * fontPx * EM_WIDTH;
  const width = Math.min(size.width * 0.45, text + 1.25 * rem + 2);
  const height = fontPx * 1.25 + 0.25 * rem + 2;
  const inset = 0.375 * rem;
  const x = (size.width - width) / 2;
  const y = (size.height - height) / 2;
  switch (pointer.edge) {
    case 'west':
      return { x0: inset, y0: y, x1: inset + width, y1: y + height };
    case 'east':
      return { x0: size.width - inset - width, y0: y, x1: size.width - inset, y1: y + height };
    case 'north':
      return { x0: x, y0: inset, x1: x + width, y1: inset + height };
    case 'south':
      return { x0: x, y0: size.height - inset - height, x1: x + width, y1: size.height - inset };
  }
}

/**
 * Greedy labels: linked groups first, then the busiest. Each label goes right of its mark, else
 * left, above or below, and only where it covers no other label, no other solid mark and no
 * `obstacle` (the edge pointers' boxes) and stays inside the frame; otherwise the group is left
 * unlabelled (its name is in the list and its accessible name).
 */
export function placeLabels(
  groups: readonly { group: MarkGroup; r: number; solid: boolean }[],
  size: FrameSize,
  fontPx: number,
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const height = fontPx * 1.25;
  // Labels keep off solid marks (pins); a halo's translucent area may sit under a label.
  const marks: (Box & { id: string })[] = groups
    .filter((g) => g.solid)
    .map(({ group, r }) => ({
      id: group.members[0]!.id,
      x0: group.x - r,
      y0: group.y - r,
      x1: group.x + r,
      y1: group.y + r,
    }));
  const linked = (g: MarkGroup) => g.members.some((m) => m.linked);
  const events = (g: MarkGroup) => g.members.reduce((n, m) => n + m.events, 0);
  const order = [...groups].sort(
    (a, b) =>
      Number(linked(b.group)) - Number(linked(a.group)) ||
      events(b.group) - events(a.group) ||
      (a.group.members[0]!.id < b.group.members[0]!.id ? -1 : 1),
  );
  const placed: (PlacedLabel & Box)[] = [];
  for (const { group, r } of order) {
    const id = group.members[0]!.id;
    const text = groupLabel(group);
    const width = text.length * fontPx * EM_WIDTH;
    // Right, left, above, below: the first place that is clear.
    const mid = group.y - height / 2;
    const centred = group.x - width / 2;
    const sides = [
      { x: group.x + r + 3, y0: mid, anchor: 'start' as const },
      { x: group.x - r - 3 - width, y0: mid, anchor: 'end' as const },
      { x: centred, y0: group.y - r - 1 - height, anchor: 'middle' as const },
      { x: centred, y0: group.y + r + 1, anchor: 'middle' as const },
    ];
    for (const side of sides) {
      const box = { x0: side.x, y0: side.y0, x1: side.x + width, y1: side.y0 + height };
      const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= size.width && box.y1 <= size.height;
      if (!inside) continue;
      if (placed.some((p) => overlaps(p, box))) continue;
      if (obstacles.some((o) => overlaps(o, box))) continue;
      if (marks.some((m) => m.id !== id && overlaps(m, box))) continue;
      const y = side.y0 + height / 2;
      placed.push({ id, text, x: side.x, y, width, anchor: side.anchor, ...box });
      break;
    }
  }
  return placed.map(({ id, text, x, y, width, anchor }) => ({ id, text, x, y, width, anchor }));
}

/**
 * The places beyond the frame, gathered by the edge they lie past (the side of the frame a
 * line from its centre to the place crosses), busiest first; edges with none are left out.
 */
export function edgePointers(marks: readonly ScreenMark[], size: FrameSize): EdgePointer[] {
  const byEdge = new Map<EdgePointer['edge'], ScreenMark[]>();
  const cx = size.width / 2;
  const cy = size.height / 2;
  for (const m of marks) {
    if (m.x >= 0 && m.x <= size.width && m.y >= 0 && m.y <= size.height) continue;
    const dx = (m.x - cx) / Math.max(cx, 1);
    const dy = (m.y - cy) / Math.max(cy, 1);
    const edge =
      Math.abs(dx) >= Math.abs(dy) ? (dx < 0 ? 'west' : 'east') : dy < 0 ? 'north' : 'south';
    byEdge.set(edge, [...(byEdge.get(edge) ?? []), m]);
  }
  const order = ['west', 'north', 'east', 'south'] as const;
  return order
    .filter((edge) => byEdge.has(edge))
    .map((edge) => ({
      edge,
      members: byEdge.get(edge)!.sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1)),
    }));
}
