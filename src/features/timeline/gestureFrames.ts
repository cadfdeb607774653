import type { PlacedLabel } from '../../domain/timeline/labels';
import { withSelected, type PlacedItem } from '../../domain/timeline/placement';
import type { UnitWindow } from '../../domain/timeline/viewport';
import { axisTicksAt, gapsAt, type AxisSource, type ChartAxis } from './chartAxis';
import { labelInputs, placeEventLabels, withSelectedLabel } from './eventLabels';
import { rowY } from './geometry';
import { levelPx, MIN_SPACING, whiskerAt, type Glide, type LevelCache } from './levelCache';
import type { MarkFrame } from './paintMarks';

/** What the frames of one gesture are drawn from: the chart as it was when the gesture began. */
export interface GestureScene extends AxisSource {
  levels: LevelCache;
  keyIds: ReadonlySet<string>;
  selectedId: string | null;
  /** A place under the pointer on the map: its events are ringed. */
  linkedPlace: string | null;
}

/** One frame of a gesture: the marks for the canvas and the axis for the window. */
export interface GestureView extends ChartAxis {
  marks: MarkFrame;
}

/**
 * The frames of a zoom or pan gesture, one per window, with no React render: the level of
 * detail is the span `levels` keeps for the window's level (or a neighbouring level standing
 * in, see LevelCache `glideFor`), with the selected event pulled out of its pill and its label
 * placed first, as the chart at rest does. What a span shows with the selection is kept while
 * frames reuse the span, so most frames only move and stretch it.
 */
export function gestureFrames(scene: GestureScene): (w: UnitWindow) => GestureView {
  const { levels, layout, geometry, narrow, keyIds, selectedId, linkedPlace, width } = scene;
  const y = (item: PlacedItem) => rowY(geometry, item.lane, item.row, narrow);
  const laneKind = (lane: number) => layout.lanes[lane]?.kind ?? null;
  // Per span kept by `levels`: its marks and labels with the selection, drawn as its own level
  // and as a neighbour standing in (frames near a level's edge go back and forth).
  const shownBy = new WeakMap<Glide, { own?: Shown; standIn?: Shown }>();

  const shownFor = (glide: Glide, standIn: boolean): Shown => {
    const kept = shownBy.get(glide) ?? {};
    shownBy.set(glide, kept);
    const found = standIn ? kept.standIn : kept.own;
    if (found) return found;
    const { basePx, lo, hi, origin } = glide.span;
    const items = withSelected(glide.items, layout, levels.columnsAt(basePx), {
      pxPerUnit: basePx,
      range: [lo, hi],
      origin,
      keyIds,
      markSpacing: MIN_SPACING,
      selectedId,
    });
    // A selected event pulled out of a pill changes the marks: their labels are placed again.
    const inputs =
      items === glide.items ? glide.inputs : labelInputs(items, glide.gaps, glide.inputs.context);
    const plain = items === glide.items ? glide.labels : placeEventLabels(inputs);
    const all = withSelectedLabel(plain, inputs, items, selectedId);
    const shown = { items, labels: standIn ? besideTheirMarks(all) : all };
    if (standIn) kept.standIn = shown;
    else kept.own = shown;
    return shown;
  };

  return (w) => {
    const exact = width / (w[1] - w[0]);
    const level = levelPx(exact, true);
    const glide = levels.glideFor(level, w);
    const { basePx, origin } = glide.span;
    // A neighbouring level standing in is drawn at up to four times its zoom: only labels on
    // their mark's row right beside it stay clear of the marks spreading apart.
    const { items, labels } = shownFor(glide, basePx !== level);
    return {
      marks: {
        items,
        labels,
        stretch: exact / basePx,
        offset: (w[0] - origin) * exact,
        whisker: whiskerAt(level),
        selectedId,
        linkedPlace,
        y,
        laneKind,
      },
      ticks: axisTicksAt(scene, w),
      gaps: gapsAt(scene, w),
    };
  };
}

interface Shown {
  items: PlacedItem[];
  labels: ReadonlyMap<string, PlacedLabel>;
}

/** The labels written on one line beside their mark, in its row. */
function besideTheirMarks(labels: Map<string, PlacedLabel>): Map<string, PlacedLabel> {
  return new Map(
    [...labels].filter(([, l]) => l.lines.length === 1 && l.dy === 0 && l.leader === undefined),
  );
}
