import type { Lane } from '../../domain/timeline/lanes';
import { truncateLabel } from '../../domain/timeline/labels';
import { kindColor, kindShape } from '../../domain/view/kinds';
import type { LaneGeometry } from './geometry';

interface LaneLabelsProps {
  lanes: readonly Lane[];
  geometry: LaneGeometry;
  /** Gutter width; 0 = narrow screen, names go on a line at the top of each lane. */
  gutter: number;
}

/** Lane names (with the kind's shape in kind mode), in the gutter or inside each lane. */
export function LaneLabels({ lanes, geometry, gutter }: LaneLabelsProps) {
  return (
    <g className="tl-lane-labels" aria-hidden="true">
      {lanes.map((lane, i) => {
        const top = geometry.top[i] ?? 0;
        const h = geometry.height[i] ?? 0;
        const y = gutter > 0 ? top + h / 2 : top + 9;
        const x = gutter > 0 ? 10 : 6;
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
            <text x={lane.kind ? (gutter > 0 ? 18 : 13) : 0} dy="0.34em">
              {truncateLabel(lane.label, gutter > 0 ? 16 : 28)}
            </text>
          </g>
        );
      })}
    </g>
  );
}
