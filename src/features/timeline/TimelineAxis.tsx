import type { AxisTick, GapMarker } from '../../domain/timeline/ticks';
import { estimateTextWidth } from '../../domain/timeline/labels';
import { AXIS_H } from './geometry';

interface TimelineAxisProps {
  ticks: readonly AxisTick[];
  gaps: readonly GapMarker[];
  /** Plot height (axis included): grid lines and gap bands run the full height. */
  height: number;
  /** Url of the hatch pattern for gap bands. */
  hatch: string;
}

/** Stateless: draws the ticks and gap markers it is given (plot coordinates). */
export function TimelineAxis({ ticks, gaps, height, hatch }: TimelineAxisProps) {
  return (
    <g className="tl-axis" aria-hidden="true">
      {gaps.map((g) => {
        // Written down the hatched band: a gap holds no events, so the text covers nothing.
        const text = `⋯ ${g.label} ⋯`;
        const mid = (g.x0 + g.x1) / 2;
        const y = AXIS_H + 8 + estimateTextWidth(text, 10) / 2;
        return (
          <g key={`${g.x0}`} className="tl-gap">
            <rect x={g.x0} y={AXIS_H} width={g.x1 - g.x0} height={height - AXIS_H} fill={hatch} />
            <line x1={g.x0} x2={g.x0} y1={AXIS_H - 6} y2={height} />
            <line x1={g.x1} x2={g.x1} y1={AXIS_H - 6} y2={height} />
            {g.x1 - g.x0 >= 11 && height - AXIS_H > estimateTextWidth(text, 10) + 16 && (
              <text
                transform={`translate(${mid},${y}) rotate(-90)`}
                textAnchor="middle"
                dy="0.35em"
              >
                {text}
              </text>
            )}
          </g>
        );
      })}
      {ticks.map((t) => (
        <g key={t.t} className="tl-tick" transform={`translate(${t.x},0)`}>
          <line y1={AXIS_H - 14} y2={height} />
          <text x={4} y={AXIS_H - 9}>
            {t.label}
          </text>
        </g>
      ))}
      <line className="tl-axis-line" x1={0} x2="100%" y1={AXIS_H} y2={AXIS_H} />
    </g>
  );
}
