import { useMemo } from 'react';
import { EVENT_KINDS, type DatasetEvent } from '../../domain/types';
import { kindColor, kindLabel, kindShape } from '../../domain/view/kinds';

interface KindLegendProps {
  events: readonly DatasetEvent[];
  /** Kind lanes already name each shape; actor lanes need the key. */
  showKinds: boolean;
}

/** Key to the marks: exact vs approximate dates, and (in actor lanes) each kind's shape. */
export function KindLegend({ events, showKinds }: KindLegendProps) {
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
        ≈ Approximate date
      </li>
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
