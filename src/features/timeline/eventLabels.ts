import { useMemo, useRef } from 'react';
import type { TimelineScale } from '../../domain/timeline/compressedScale';
import type { Box } from '../../domain/timeline/boxes';
import {
  layoutLabels,
  type LabelLayoutOptions,
  type LabelRequest,
  type PlacedLabel,
} from '../../domain/timeline/labels';
import {
  estimateTextWidth,
  truncateLabel,
  wrapLabel,
  wrapLabel3,
} from '../../domain/timeline/labelText';
import { placeFirst } from '../../domain/timeline/placeFirst';
import type { TimelineLayout } from '../../domain/timeline/layout';
import type { PlacedEvent, PlacedItem } from '../../domain/timeline/placement';
import { gapMarkers } from '../../domain/timeline/ticks';
import type { UnitWindow } from '../../domain/timeline/viewport';
import { isExactDay } from '../../domain/view/dates';
import { MARK_R, ROW_H, rowY, type LaneGeometry } from './geometry';
import { placeGapLabels, type PlacedGap } from './gapLabels';
import { laneNameBoxes } from './LaneLabels';
import { MARK_STYLE, PILL_HALF } from './markStyle';

/*
 * The event marks' labels: what each says, where it goes among the other labels, the marks, the
 * gap labels and the lane names (src/domain/timeline/labels.ts does the placing), and one map
 * object while the placements stay the same.
 */

/** What label placement needs of the chart, and where this frame's labels may go. */
export interface LabelContext {
  layout: TimelineLayout;
  geometry: LaneGeometry;
  narrow: boolean;
  keyIds: ReadonlySet<string>;
  /** Half-width of an approximate date's whisker, px. */
  whisker: number;
  stretch: number;
  offset: number;
  /** Labels stay within [xMin, xMax]; marks further than `margin` outside it get none. */
  xMin: number;
  xMax: number;
  margin: number;
  /** Whether the lane names written inside the plot (narrow screens) are obstacles. */
  lanesInside?: boolean;
}

/**
 * The gap labels over the unit range `range`, in a level's own px (x = (u − origin) × basePx),
 * where labels placed while moving are compared with them.
 */
export function levelGaps(
  scale: TimelineScale,
  range: UnitWindow,
  origin: number,
  basePx: number,
  geometry: LaneGeometry,
): PlacedGap[] {
  const shift = (range[0] - origin) * basePx;
  const markers = gapMarkers(scale, range, (range[1] - range[0]) * basePx).map((g) => ({
    ...g,
    x0: g.x0 + shift,
    x1: g.x1 + shift,
  }));
  return placeGapLabels(markers, { top: geometry.top[0] ?? 0, bottom: geometry.total, avoid: [] });
}

/** Characters per line of the short two-line form that must-write labels try last. */
const NARROW_LINE = 20;

/** What placing the event marks' labels takes: the requests and the boxes they must avoid. */
export interface LabelInputs {
  /** The labels wanted, most important first (key events, then most sources, then in time). */
  requests: LabelRequest[];
  options: LabelLayoutOptions;
  context: LabelContext;
}

/**
 * The requests and obstacles for the event marks near the view, in screen px of this frame
 * (marks at `stretch × x − offset`, labels at their mark plus a fixed offset), so the boxes
 * compared are exactly those drawn. Nothing here depends on the selection.
 */
export function labelInputs(
  items: readonly PlacedItem[],
  gaps: readonly PlacedGap[],
  context: LabelContext,
): LabelInputs {
  const { layout, geometry, narrow, stretch, offset, xMin, xMax, lanesInside = narrow } = context;
  // On narrow screens the lane names are written inside the plot, at fixed screen positions.
  const obstacles: Box[] = lanesInside ? laneNameBoxes(layout.lanes, geometry) : [];
  const requests: Array<LabelRequest & { sources: number; order: number; rank: number }> = [];
  for (const item of items) {
    const y = rowY(geometry, item.lane, item.row, narrow);
    if (item.type === 'cluster') {
      const [x0, x1] = [stretch * item.left - offset, stretch * item.right - offset];
      obstacles.push({ x0, x1, y0: y - PILL_HALF, y1: y + PILL_HALF });
      continue;
    }
    const x = stretch * item.x - offset;
    const r = markHalf(item, context);
    obstacles.push({ x0: x - r - 1, x1: x + r + 1, y0: y - MARK_R - 1, y1: y + MARK_R + 1 });
    const request = requestFor(item, context, false);
    if (request) requests.push(request);
  }
  for (const g of gaps) if (g.text !== null) obstacles.push(g.box);
  requests.sort((a, b) => a.rank - b.rank || b.sources - a.sources || a.order - b.order);
  const options = {
    obstacles,
    xMin,
    xMax,
    measure: measureLabel,
    lineHeight: MARK_STYLE.labelLineHeight,
    rowOffset: ROW_H,
  };
  return { requests, options, context };
}

/** The labels of `inputs` with nothing selected. */
export function placeEventLabels(inputs: LabelInputs): Map<string, PlacedLabel> {
  return layoutLabels(inputs.requests, inputs.options);
}

/**
 * `placed` (from placeEventLabels) with the selected event's label in bold, placed first: only
 * the labels in its way move (see placeFirst). The same map when the event has no mark near
 * the view.
 */
export function withSelectedLabel(
  placed: Map<string, PlacedLabel>,
  inputs: LabelInputs,
  items: readonly PlacedItem[],
  selectedId: string | null,
): Map<string, PlacedLabel> {
  if (selectedId === null) return placed;
  const item = items.find((i) => i.type === 'event' && i.key === selectedId);
  const request = item?.type === 'event' ? requestFor(item, inputs.context, true) : null;
  return request ? placeFirst(placed, request, inputs.requests, inputs.options) : placed;
}

/** Half the drawn width of a mark: an approximate date's whisker is part of it. */
function markHalf(item: PlacedEvent, { whisker }: LabelContext): number {
  return isExactDay(item.laid.event.datePrecision) ? MARK_R : Math.max(MARK_R, whisker);
}

/** A mark's label request, or null for a mark too far outside the view to need one. */
function requestFor(item: PlacedEvent, context: LabelContext, selected: boolean) {
  const { geometry, narrow, keyIds, stretch, offset, xMin, xMax, margin } = context;
  const x = stretch * item.x - offset;
  if (x < xMin - margin || x > xMax + margin) return null;
  const e = item.laid.event;
  const y = rowY(geometry, item.lane, item.row, narrow);
  const top = geometry.top[item.lane] ?? 0;
  const text = labelText(e.title, e.datePrecision);
  const rank = selected ? 0 : keyIds.has(e.id) ? 1 : 2;
  return {
    key: item.key,
    x,
    y,
    r: markHalf(item, context) + 1,
    ry: MARK_R + 1,
    line: truncateLabel(text),
    lines2: wrapLabel(text),
    band: [top, top + (geometry.height[item.lane] ?? 0)] as const,
    reach: rank < 2 ? laneReach(geometry, item.lane) : undefined,
    bold: selected,
    rank,
    makeRoom: rank < 2,
    lines3: rank < 2 ? wrapLabel3(text) : null,
    narrow2: rank < 2 ? wrapLabel(text, NARROW_LINE) : null,
    sources: e.evidence.length,
    order: item.laid.order,
  };
}

/** From the top of the lane above `lane` to the bottom of the lane below it, px. */
function laneReach({ top, height }: LaneGeometry, lane: number): readonly [number, number] {
  const below = Math.min(lane + 1, top.length - 1);
  return [top[Math.max(0, lane - 1)] ?? 0, (top[below] ?? 0) + (height[below] ?? 0)];
}

/** Estimated width of label text; bold glyphs run about a tenth wider. */
function measureLabel(text: string, bold: boolean): number {
  const w = estimateTextWidth(text, MARK_STYLE.labelFontPx);
  return bold ? Math.ceil(w * 1.1) : w;
}

/**
 * The same map object while the labels are drawn the same, and in a new map the same object
 * for each label that is unchanged (keeps memoised marks from re-rendering).
 */
export function useStableLabels(next: Map<string, PlacedLabel>): ReadonlyMap<string, PlacedLabel> {
  // The labels drawn last, as an identity cache only: a render React drops leaves labels here
  // that equal what it computed, so reusing them is still right.
  const drawn = useRef<ReadonlyMap<string, PlacedLabel> | null>(null);
  return useMemo(
    // oxlint-disable-next-line react/refs -- an identity cache, see above
    () => (drawn.current = keepEqualLabels(drawn.current, next)),
    [next],
  );
}

/**
 * `previous` when `next` draws every label as it does; otherwise `next`, where each label drawn
 * as before is `previous`'s object. Drawn alike: the same lines, anchor, offsets from the mark,
 * leader line and box size (a label moved with its mark, the window having moved, draws alike;
 * its box in the map is then where it was placed first).
 */
export function keepEqualLabels(
  previous: ReadonlyMap<string, PlacedLabel> | null,
  next: Map<string, PlacedLabel>,
): ReadonlyMap<string, PlacedLabel> {
  if (previous === null) return next;
  const drawnAsBefore = (l: PlacedLabel, key: string) => {
    const old = previous.get(key);
    return old !== undefined && drawnAlike(old, l);
  };
  if (previous.size === next.size && [...next].every(([k, l]) => drawnAsBefore(l, k))) {
    return previous;
  }
  // A new map: `next` may be kept elsewhere (a level's placed labels, reused).
  const out = new Map<string, PlacedLabel>();
  for (const [key, label] of next) {
    const old = previous.get(key);
    out.set(key, old !== undefined && drawnAlike(old, label) ? old : label);
  }
  return out;
}

function drawnAlike(a: PlacedLabel, b: PlacedLabel): boolean {
  const [p, q] = [a.box, b.box];
  return (
    a === b ||
    (a.anchor === b.anchor &&
      a.dx === b.dx &&
      a.dy === b.dy &&
      near(p.x1 - p.x0, q.x1 - q.x0) &&
      near(p.y1 - p.y0, q.y1 - q.y0) &&
      sameNumbers(a.leader, b.leader) &&
      sameNumbers(a.lines, b.lines))
  );
}

/** Equal but for rounding (a box's size computed from other coordinates). */
const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;

function sameNumbers<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  return (
    a === b ||
    (a !== undefined && b !== undefined && a.length === b.length && a.every((v, i) => v === b[i]))
  );
}

/** A mark's label text: the title, with "≈ " for an approximate date. */
function labelText(title: string, precision: string): string {
  return isExactDay(precision) ? title : `≈ ${title}`;
}
