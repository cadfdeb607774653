/* oxlint-disable jsx-a11y/prefer-tag-over-role -- SVG has no native listbox, option or group elements */
import { memo } from 'react';
import { eventAccessibleName } from '../../domain/timeline/time';
import { formatDay } from '../../domain/view/dates';
import type { TimelineLayout } from '../../domain/timeline/layout';
import type { PlacedCluster, PlacedItem } from '../../domain/timeline/placement';
import { ClusterMark, EventMark } from './Marks';
import { rowY, type LaneGeometry } from './geometry';
import { kindColor } from '../../domain/view/kinds';
import type { ChartModel } from './useChartModel';

export interface ChartMarksProps {
  layout: TimelineLayout;
  items: ChartModel['items'];
  labels: ChartModel['labels'];
  /** Half-width of an approximate date's whisker, px. */
  whisker: number;
  geometry: LaneGeometry;
  narrow: boolean;
  selectedId: string | null;
  tabStop: string | null;
  /** A place under the pointer elsewhere (the map): its events are highlighted. */
  linkedPlace: string | null;
}

/**
 * The marks, one group per lane (so screen readers hear the lane), in time order within it.
 * Memoised: its props only change when the level of detail, labels, selection or focus do,
 * not on every zoom or pan frame (the parent layer's transform and stretch do that).
 */
export const ChartMarks = memo(function ChartMarks(props: ChartMarksProps) {
  const { layout, items, labels, whisker, geometry, narrow, selectedId, tabStop, linkedPlace } =
    props;
  const byLane: PlacedItem[][] = layout.lanes.map(() => []);
  for (const item of items) byLane[item.lane]?.push(item);
  return (
    <>
      {layout.lanes.map((lane, i) => (
        <g key={lane.key} role="group" aria-label={lane.label}>
          {byLane[i]?.map((item) => {
            const y = rowY(geometry, item.lane, item.row, narrow);
            if (item.type === 'cluster') {
              return (
                <ClusterMark
                  key={item.key}
                  clusterKey={item.key}
                  x={item.x}
                  left={item.left}
                  right={item.right}
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
                label={labels.get(item.key) ?? null}
                name={eventAccessibleName(e)}
                selected={e.id === selectedId}
                linked={linkedPlace !== null && e.places.includes(linkedPlace)}
                tabStop={tabStop === item.key}
              />
            );
          })}
        </g>
      ))}
    </>
  );
});

const layoutKeys = new WeakMap<TimelineLayout, number>();

/**
 * A React key per layout. A new layout (other filters, scale or lane mode) shares few marks with
 * the old one and fits them to a new window: keyed by it, the old marks leave the page as a few
 * lane groups (one removal each) instead of one removal per mark.
 */
export function layoutKey(layout: TimelineLayout): number {
  let key = layoutKeys.get(layout);
  if (key === undefined) {
    key = nextLayoutKey++;
    layoutKeys.set(layout, key);
  }
  return key;
}
let nextLayoutKey = 0;

/** "5 events, 10 Mar 2022 to 11 Mar 2022, grouped: press Enter to expand". */
function clusterName(item: PlacedCluster): string {
  const first = item.events[0]?.event.date ?? '';
  const last = item.events[item.events.length - 1]?.event.date ?? first;
  const when = first === last ? formatDay(first) : `${formatDay(first)} to ${formatDay(last)}`;
  return `${item.events.length} events, ${when}, grouped: press Enter to expand`;
}
