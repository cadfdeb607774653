import { useMemo } from 'react';
import { EVENT_KINDS, type DatasetEvent } from '../../domain/types';
import { kindColor, kindLabel, kindShape } from '../../domain/view/kinds';
import { MARK_STYLE as S } from './markStyle';

interface KindLegendProps {
  events: readonly DatasetEvent[];
  /** Kind lanes already name each shape; actor lanes need the key. */
  showKinds: boolean;
  /** The compressed scale draws long quiet stretches as shortened, hatched bands. */
  showGaps: boolean;
}

/**
 * Key to everything the chart draws: exact vs approximate dates, the "+N" pills, the shortened
 * gaps (compressed scale) and, in actor lanes, each kind's shape.
 */
export function KindLegend({ events, showKinds, showGaps }: KindLegendProps) {
  const kinds = useMemo(() => {
    const present = new Set(events.map((e) => e.kind));
    return EVENT_KINDS.filter((k) => present.has(k));
  }, [events]);
  return (
    <ul className="tl-legend" aria-label="Legend">
      <li>
        <Swatch d={kindShape('talks')} />
        Exact day
      </li>
      <li>
        <svg width={30} height={14} viewBox="-15 -7 30 14" aria-hidden="true">
          <path className="tl-legend-whisker" d="M-12,-3v6M-12,0H12M12,-3v6" />
          <path className="tl-legend-approx" d={kindShape('talks')} />
        </svg>
        ≈ Approximate or unknown day
      </li>
      <li>
        <svg
          width={26}
          height={S.pillHeight}
          viewBox={`-13 ${-S.pillHeight / 2} 26 ${S.pillHeight}`}
          aria-hidden="true"
        >
          <rect
            className="tl-pill tl-legend-pill"
            x={-12}
            y={-S.pillHeight / 2 + S.pillStroke / 2}
            width={24}
            height={S.pillHeight - S.pillStroke}
            rx={S.pillRadius}
            strokeWidth={S.pillStroke}
          />
          <text className="tl-count" textAnchor="middle" dy="0.35em" fontSize={S.countFontPx}>
            +3
          </text>
        </svg>
        Events too close to draw apart: select to zoom in
      </li>
      {showGaps && (
        <li>
          <svg width={18} height={14} viewBox="0 0 18 14" aria-hidden="true">
            <path className="tl-hatch" d="M0,7L7,0M0,14L14,0M4,14L18,0M11,14L18,7" />
            <path className="tl-legend-gap" d="M0.5,0V14M17.5,0V14" />
          </svg>
          Quiet stretch drawn shorter (its length is written on it)
        </li>
      )}
      {showKinds &&
        kinds.map((k) => (
          <li key={k}>
            <Swatch d={kindShape(k)} color={kindColor(k)} kind={k} />
            {kindLabel(k)}
          </li>
        ))}
    </ul>
  );
}

function Swatch({ d, color, kind }: { d: string; color?: string; kind?: string }) {
  return (
    <svg width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true">
      <path d={d} style={{ fill: color ?? 'var(--muted, #666)' }} data-kind={kind} />
    </svg>
  );
}
