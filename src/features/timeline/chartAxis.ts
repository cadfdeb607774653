import type { TimelineScale } from '../../domain/timeline/compressedScale';
import type { TimelineLayout } from '../../domain/timeline/layout';
import { axisTicks, gapMarkers, type AxisTick } from '../../domain/timeline/ticks';
import type { UnitWindow } from '../../domain/timeline/viewport';
import type { LaneGeometry } from './geometry';
import { placeGapLabels, type PlacedGap } from './gapLabels';
import { laneNameBoxes } from './LaneLabels';

/** What the axis draws for one window: its ticks and the gap markers with their labels. */
export interface ChartAxis {
  ticks: AxisTick[];
  gaps: PlacedGap[];
}

/** What the axis of a chart is computed from, besides the window. */
export interface AxisSource {
  scale: TimelineScale;
  layout: TimelineLayout;
  geometry: LaneGeometry;
  narrow: boolean;
  /** Plot width, px. */
  width: number;
}

/** The ticks of `w` (fewer on narrow plots) and its gap labels, clear of the lane names. */
export function axisTicksAt({ scale, width }: AxisSource, w: UnitWindow): AxisTick[] {
  return axisTicks(scale, w, width, width < 500 ? 70 : 90);
}

/** The gap markers of `w` with their labels placed down their bands. */
export function gapsAt(source: AxisSource, w: UnitWindow): PlacedGap[] {
  const { scale, layout, geometry, narrow, width } = source;
  return placeGapLabels(gapMarkers(scale, w, width), {
    top: geometry.top[0] ?? 0,
    bottom: geometry.total,
    avoid: narrow ? laneNameBoxes(layout.lanes, geometry) : [],
  });
}
