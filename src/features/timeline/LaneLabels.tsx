import type { Lane } from '../../domain/timeline/lanes';
import type { Box } from '../../domain/timeline/boxes';
import { estimateTextWidth, truncateLabel } from '../../domain/timeline/labelText';
import { kindColor, kindShape } from '../../domain/view/kinds';
import type { LaneGeometry } from './geometry';

interface LaneLabelsProps {
  lanes: readonly Lane[];
  geometry: LaneGeometry;
  /** Gutter width; 0 = narrow screen, names go on a line at the top of each lane. */
  gutter: number;
}

/** Where a lane's name sits on a narrow screen: x of its text and y of its centre line. */
const NARROW_X = 6;
const NARROW_FONT_PX = 10;
const nameY = (geometry: LaneGeometry, i: number) => (geometry.top[i] ?? 0) + 9;
const narrowName = (lane: Lane) => truncateLabel(lane.label, 28);
const textX = (lane: Lane, gutter: number) => (lane.kind ? (gutter > 0 ? 18 : 13) : 0);

/** Lane names (with the kind's shape in kind mode), in the gutter or inside each lane. */
export function LaneLabels({ lanes, geometry, gutter }: LaneLabelsProps) {
  return (
    <g className="tl-lane-labels" aria-hidden="true">
      {lanes.map((lane, i) => {
        const top = geometry.top[i] ?? 0;
        const h = geometry.height[i] ?? 0;
        const y = gutter > 0 ? top + h / 2 : nameY(geometry, i);
        const x = gutter > 0 ? 10 : NARROW_X;
        return (
          <g key={lane.key} transform={`translate(${x},${y})`}>
            {lane.kind && (
              <path
                d={kindShape(lane.kind)}
                data-kind={lane.kind}
                transform={gutter > 0 ? 'translate(6,0)' : 'translate(5,0) scale(0.75)'}
                style={{ fill: kindColor(lane.kind) }}
              />
            )}
            <text x={textX(lane, gutter)} dy="0.34em">
              {gutter > 0 ? truncateLabel(lane.label, 16) : narrowName(lane)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The boxes the lane names cover inside the plot on a narrow screen (plot px). */
export function laneNameBoxes(lanes: readonly Lane[], geometry: LaneGeometry): Box[] {
  return lanes.map((lane, i) => {
    const y = nameY(geometry, i);
    // Semi-bold: measured generously.
    const text = Math.ceil(estimateTextWidth(narrowName(lane), NARROW_FONT_PX) * 1.15);
    return { x0: 0, x1: NARROW_X + textX(lane, 0) + text + 4, y0: y - 7, y1: y + 7 };
  });
}
