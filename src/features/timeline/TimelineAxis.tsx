import { useSyncExternalStore } from 'react';
import type { AxisTick } from '../../domain/timeline/ticks';
import type { ChartAxis } from './chartAxis';
import { AXIS_H } from './geometry';
import type { PlacedGap } from './gapLabels';

interface TimelineAxisProps {
  ticks: readonly AxisTick[];
  /** Gaps with their labels already placed (gapLabels.ts). */
  gaps: readonly PlacedGap[];
  /** Plot height (axis included): grid lines and gap bands run the full height. */
  height: number;
  /** Url of the hatch pattern for gap bands. */
  hatch: string;
}

/** Stateless: draws the ticks and gap markers it is given (plot coordinates). */
export function TimelineAxis({ ticks, gaps, height, hatch }: TimelineAxisProps) {
  return (
    <g className="tl-axis" aria-hidden="true">
      {gaps.map((g, i) => (
        // Written down the hatched band: a gap holds no events, so the text covers no mark.
        // Keyed by position: a zoom or pan frame moves the nodes there instead of making new ones.
        <g key={i} className="tl-gap">
          <rect x={g.x0} y={AXIS_H} width={g.x1 - g.x0} height={height - AXIS_H} fill={hatch} />
          <line x1={g.x0} x2={g.x0} y1={AXIS_H - 6} y2={height} />
          <line x1={g.x1} x2={g.x1} y1={AXIS_H - 6} y2={height} />
          {g.text !== null && (
            <text
              transform={`translate(${g.cx},${g.cy}) rotate(-90)`}
              textAnchor="middle"
              dy="0.35em"
            >
              {g.text}
            </text>
          )}
        </g>
      ))}
      {ticks.map((t, i) => (
        <g key={i} className="tl-tick" transform={`translate(${t.x},0)`}>
          <line y1={AXIS_H - 14} y2={height} />
          <text x={t.labelX} y={AXIS_H - 9}>
            {t.label}
          </text>
        </g>
      ))}
      <line className="tl-axis-line" x1={0} x2="100%" y1={AXIS_H} y2={AXIS_H} />
    </g>
  );
}

interface GestureAxisProps extends Omit<TimelineAxisProps, 'ticks' | 'gaps'> {
  /** The chart's axis for the store's window. */
  rest: ChartAxis;
  /** The axis of a running gesture's newest frame, or null (see useGestureFrame). */
  feed: {
    get: () => ChartAxis | null;
    subscribe: (listener: () => void) => () => void;
  };
}

/**
 * The axis, following a zoom or pan gesture frame by frame: only this component renders for
 * each frame, not the chart.
 */
export function GestureAxis({ rest, feed, ...props }: GestureAxisProps) {
  const live = useSyncExternalStore(feed.subscribe, feed.get, feed.get);
  const { ticks, gaps } = live ?? rest;
  return <TimelineAxis ticks={ticks} gaps={gaps} {...props} />;
}
