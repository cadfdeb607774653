import type { TimelineScale } from '../../domain/timeline/compressedScale';
import type { PlacedLabel } from '../../domain/timeline/labels';
import type { TimelineLayout } from '../../domain/timeline/layout';
import {
  buildColumns,
  placeColumns,
  type Column,
  type PlacedItem,
} from '../../domain/timeline/placement';
import type { UnitWindow } from '../../domain/timeline/viewport';
import {
  labelInputs,
  levelGaps,
  placeEventLabels,
  type LabelContext,
  type LabelInputs,
} from './eventLabels';
import type { PlacedGap } from './gapLabels';
import type { LaneGeometry } from './geometry';

/** Marks closer than this in a lane are grouped (px). */
export const MIN_SPACING = 15;
/** Labels need at most this much room beside their mark; placed beyond the view. */
export const OVERSCAN_PX = 260;
/**
 * Zoom levels per doubling at which the level of detail is recomputed: at rest, and while a
 * gesture runs (fewer levels, so most frames of a zoom reuse the items and their labels).
 */
const LEVELS_PER_DOUBLING = 4;
const MOVING_LEVELS_PER_DOUBLING = 1;
/** Levels of detail (columns) kept per layout: zooming back and forth reuses them. */
const CACHED_LEVELS = 12;
/** Gesture spans kept (items and labels over a range at one level). */
const CACHED_GLIDES = 16;

/**
 * The level of detail's zoom for a zoom of `exact` px per unit: the level at or below it (from
 * the coarser set of levels while a gesture runs).
 */
export function levelPx(exact: number, moving = false): number {
  const levels = moving ? MOVING_LEVELS_PER_DOUBLING : LEVELS_PER_DOUBLING;
  return 2 ** (Math.floor(Math.log2(exact) * levels) / levels);
}

/**
 * Approximate dates' whisker: ± one day at the level's zoom, clamped so it reads as a sign at
 * every zoom without drowning its neighbours.
 */
export function whiskerAt(basePx: number): number {
  return Math.max(6, Math.min(16, basePx));
}

/** Every whisker a gesture frame draws: its levels are powers of two. */
export const GESTURE_WHISKERS: readonly number[] = [...new Set([4, 8, 16].map(whiskerAt))];

/**
 * Item x values count from a multiple of this many px at their level: the same for every width,
 * so a width change (the detail column opening beside the chart) leaves the marks where they are.
 */
const ORIGIN_STEP_PX = 1024;

/** The unit range items are placed over at one level, and the unit their x values count from. */
export interface ItemSpan {
  basePx: number;
  origin: number;
  lo: number;
  hi: number;
}

/**
 * The span that places items over `range` (a window, or more) plus room for labels at `basePx`,
 * snapped to half-screen chunks so that nearby windows get the same span.
 */
export function spanOver(range: UnitWindow, width: number, basePx: number): ItemSpan {
  const overscan = OVERSCAN_PX / basePx;
  const screenUnits = width / basePx;
  const chunk = screenUnits / 2;
  const step = ORIGIN_STEP_PX / basePx;
  return {
    basePx,
    origin: Math.floor(range[0] / step) * step,
    lo: Math.floor((range[0] - overscan) / chunk) * chunk,
    hi: Math.ceil((range[1] + overscan) / chunk) * chunk,
  };
}

/** Whether `span` holds every item `w` shows at `basePx`, with room for their labels. */
export function covers(span: ItemSpan, w: UnitWindow, basePx: number): boolean {
  const overscan = OVERSCAN_PX / basePx;
  return span.basePx === basePx && span.lo <= w[0] - overscan && span.hi >= w[1] + overscan;
}

/**
 * What a gesture frame draws at one level over one span, placed once for every frame that
 * shows it: the items, and their labels in the level's own px (stretch 1, no offset) among the
 * level's gap labels. Zooming within a level only spreads the marks apart, so clear labels stay
 * clear.
 */
export interface Glide {
  span: ItemSpan;
  items: PlacedItem[];
  /** The level's gap labels over the span, in its own px. */
  gaps: PlacedGap[];
  inputs: LabelInputs;
  labels: Map<string, PlacedLabel>;
}

/** What the levels of one chart are computed from; a new cache goes with a new source. */
export interface LevelSource {
  layout: TimelineLayout;
  scale: TimelineScale;
  geometry: LaneGeometry;
  narrow: boolean;
  keyIds: ReadonlySet<string>;
  /** Plot width, px. */
  width: number;
}

export interface LevelCache {
  /** The columns of the layout at a level (least recently used dropped first). */
  columnsAt(basePx: number): Column[][];
  /**
   * What a gesture frame showing `w` at level `basePx` draws: a kept span of that level that
   * covers it, else one of a neighbouring level (half or twice the zoom) that shows the whole
   * window, drawn stretched until this level is ready (as maps show the last tiles while new
   * ones load), else a new span of this level.
   */
  glideFor(basePx: number, w: UnitWindow): Glide;
  /**
   * Work that makes the next gesture frames from `w` cheap: the spans its first frame, a zoom
   * in over the next two levels, a zoom out to the previous one and a pan of up to a screen
   * will ask for, most urgent first. Each step is one level's work, meant for an idle period; a
   * step already done is gone.
   */
  pending(w: UnitWindow): Array<() => void>;
}

/** A chart's levels of detail and gesture spans, kept while its layout and geometry stay. */
export function levelCache(source: LevelSource): LevelCache {
  const { layout, scale, geometry, narrow, keyIds, width } = source;
  const columns = new Map<number, Column[][]>();
  const glides: Glide[] = [];

  const columnsAt = (basePx: number) => {
    let found = columns.get(basePx);
    if (found) columns.delete(basePx);
    else found = buildColumns(layout, basePx, { minSpacing: MIN_SPACING });
    columns.set(basePx, found);
    const oldest = columns.keys().next().value;
    if (columns.size > CACHED_LEVELS && oldest !== undefined) columns.delete(oldest);
    return found;
  };

  const make = (span: ItemSpan): Glide => {
    const { basePx, lo, hi, origin } = span;
    const items = placeColumns(layout, columnsAt(basePx), {
      pxPerUnit: basePx,
      range: [lo, hi],
      origin,
      keyIds,
      markSpacing: MIN_SPACING,
    });
    const context: LabelContext = {
      layout,
      geometry,
      narrow,
      keyIds,
      whisker: whiskerAt(basePx),
      stretch: 1,
      offset: 0,
      xMin: -Infinity,
      xMax: Infinity,
      margin: Infinity,
      lanesInside: false,
    };
    const gaps = levelGaps(scale, [lo, hi], origin, basePx, geometry);
    // One pass of placement: the rescue of labels that must be written (moving others, leader
    // lines) is for the view at rest, and on a phone it costs hundreds of ms at 4× CPU.
    const all = labelInputs(items, gaps, context);
    const inputs = {
      ...all,
      requests: all.requests.map((r) => (r.makeRoom ? { ...r, makeRoom: false } : r)),
    };
    const glide = { span, items, gaps, inputs, labels: placeEventLabels(inputs) };
    glides.push(glide);
    if (glides.length > CACHED_GLIDES) glides.shift();
    return glide;
  };

  const use = (i: number) => {
    const [glide] = glides.splice(i, 1);
    glides.push(glide!);
    return glide!;
  };
  const kept = (basePx: number, w: UnitWindow) => {
    const i = glides.findLastIndex((g) => covers(g.span, w, basePx));
    return i < 0 ? null : use(i);
  };
  // A neighbouring level that shows the whole window, while this level is built in idle time.
  const stand = (basePx: number, w: UnitWindow) => {
    const i = glides.findLastIndex(
      ({ span }) =>
        span.basePx >= basePx / 2 &&
        span.basePx <= basePx * 2 &&
        span.lo <= w[0] &&
        span.hi >= w[1],
    );
    return i < 0 ? null : use(i);
  };

  return {
    columnsAt,
    glideFor: (basePx, w) =>
      kept(basePx, w) ?? stand(basePx, w) ?? make(spanOver(w, width, basePx)),
    pending(w) {
      const base = levelPx(width / (w[1] - w[0]), true);
      const screen = w[1] - w[0];
      const around: UnitWindow = [w[0] - screen, w[1] + screen];
      // Most urgent first: this level over the window (a gesture's first frame), the next
      // level in and out, the one after in, then this level for a pan.
      const wanted: Array<[number, UnitWindow]> = [
        [base, w],
        [base * 2, w],
        [base / 2, around],
        [base * 4, w],
        [base, around],
      ];
      return wanted
        .filter(([basePx, range]) => !glides.some((g) => covers(g.span, range, basePx)))
        .map(([basePx, range]) => () => {
          if (!glides.some((g) => covers(g.span, range, basePx))) {
            make(spanOver(range, width, basePx));
          }
        });
    },
  };
}
