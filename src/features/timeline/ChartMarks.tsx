/* oxlint-disable jsx-a11y/prefer-tag-over-role -- SVG has no native listbox, option or group elements */
import { formatDay, eventAccessibleName } from '../../domain/timeline/time';
import type { TimelineLayout } from '../../domain/timeline/layout';
import type { PlacedCluster, PlacedItem } from '../../domain/timeline/placement';
import { ClusterMark, EventMark } from './Marks';
import { rowY, type LaneGeometry } from './geometry';
import { kindColor } from './shapes';
import { labelText, type ChartModel } from './useChartModel';

interface ChartMarksProps {
  layout: TimelineLayout;
  model: ChartModel;
  geometry: LaneGeometry;
  narrow: boolean;
  selectedId: string | null;
  tabStop: string | null;
}

/** The marks, one group per lane (so screen readers hear the lane), in time order within it. */
export function ChartMarks({
  layout,
  model,
  geometry,
  narrow,
  selectedId,
  tabStop,
}: ChartMarksProps) {
  const byLane: PlacedItem[][] = layout.lanes.map(() => []);
  for (const item of model.items) byLane[item.lane]?.push(item);
  // Approximate dates: a whisker of ± one day, clamped so it reads as a sign at every zoom
  // without drowning its neighbours.
  const whisker = Math.max(6, Math.min(16, model.pxPerUnit));
  return (
    <g transform={`translate(${-model.offset},0)`}>
      {layout.lanes.map((lane, i) => (
        <g key={lane.key} role="group" aria-label={lane.label}>
          {byLane[i]?.map((item) => {
            const y = rowY(geometry, item.lane, item.row, narrow);
            if (item.type === 'cluster') {
              return (
                <ClusterMark
                  key={item.key}
                  clusterKey={item.key}
                  x0={item.x0}
                  x1={item.x1}
                  y={y}
                  count={item.events.length}
                  name={clusterName(item)}
                  color={lane.kind ? kindColor(lane.kind) : null}
                  tabStop={tabStop === item.key}
                />
              );
            }
            const e = item.laid.event;
            return (
              <EventMark
                key={item.key}
                event={e}
                x={item.x}
                y={y}
                whisker={whisker}
                label={model.labelled.has(item.key) ? labelText(e.title, e.datePrecision) : null}
                name={eventAccessibleName(e)}
                selected={e.id === selectedId}
                tabStop={tabStop === item.key}
              />
            );
          })}
        </g>
      ))}
    </g>
  );
}

/** "5 events, 10 Mar 2022 to 11 Mar 2022, grouped: press Enter to expand". */
function clusterName(item: PlacedCluster): string {
  const first = item.events[0]?.event.date ?? '';
  const last = item.events[item.events.length - 1]?.event.date ?? first;
  const when = first === last ? formatDay(first) : `${formatDay(first)} to ${formatDay(last)}`;
  return `${item.events.length} events, ${when}, grouped: press Enter to expand`;
}
