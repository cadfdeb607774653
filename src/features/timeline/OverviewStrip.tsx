import { useMemo, useRef } from 'react';
import type { TimelineScale } from '../../domain/timeline/compressedScale';
import { axisTicks } from '../../domain/timeline/ticks';
import { DAY_MS } from '../../domain/calendar';
import { dayStart, isoDay } from '../../domain/timeline/time';
import { fitWindow } from '../../domain/timeline/viewport';
import type { DatasetEvent, EventKind, IsoDate } from '../../domain/types';
import { kindColor } from '../../domain/view/kinds';
import { useBrush } from './useBrush';
// oxlint-disable-next-line import/no-unassigned-import -- the strip's window and range styles
import './overviewStrip.css';

export interface OverviewStripProps {
  /** Every event of the dataset (the strip ignores filters, so one can brush back out). */
  events: readonly DatasetEvent[];
  /** Scale over all dataset events, in the current mode. */
  scale: TimelineScale;
  width: number;
  from: IsoDate | null;
  to: IsoDate | null;
  /** The main chart's visible span (UTC ms), outlined on the strip. */
  visible: readonly [number, number] | null;
  onRange: (from: IsoDate | null, to: IsoDate | null) => void;
}

const H = 44;
const TICK_TOP = 16;
/** Width of the space the event ticks are drawn in (scaled to the strip's width). */
const TICK_SPACE = 1000;

/**
 * A small full-range strip: one tick per event (one <path> per kind, so 50,000 events are 11
 * elements), the main chart's window outlined, and a d3-brush that sets the date-range filter.
 */
export function OverviewStrip({
  events,
  scale,
  width,
  from,
  to,
  visible,
  onRange,
}: OverviewStripProps) {
  const brushRef = useRef<SVGGElement>(null);
  const ext = useMemo(() => fitWindow(scale), [scale]);
  const x = (u: number) => ((u - ext[0]) / (ext[1] - ext[0])) * width;
  const unitOfX = (px: number) => ext[0] + (px / width) * (ext[1] - ext[0]);

  // Drawn in a fixed-width space and scaled by the group, so a width change (the detail column
  // opening) does not redo 10,000 ticks; the stroke does not scale.
  const paths = useMemo(() => {
    const byKind = new Map<EventKind, string[]>();
    for (const e of events) {
      const px =
        ((scale.toUnit(dayStart(e.date) + DAY_MS / 2) - ext[0]) / (ext[1] - ext[0])) * TICK_SPACE;
      const list = byKind.get(e.kind) ?? [];
      list.push(`M${px.toFixed(1)},${TICK_TOP}v${H - TICK_TOP - 4}`);
      byKind.set(e.kind, list);
    }
    return [...byKind].map(([kind, d]) => ({ kind, d: d.join('') }));
  }, [events, scale, ext]);

  const ticks = useMemo(() => axisTicks(scale, ext, width, 110, 3), [scale, width, ext]);

  const selection: [number, number] | null =
    from || to
      ? [
          x(scale.toUnit(from ? dayStart(from) : scale.extent[0])),
          x(scale.toUnit(to ? dayStart(to) + DAY_MS : scale.extent[1])),
        ]
      : null;

  useBrush(brushRef, {
    width,
    height: H,
    selection,
    onBrush: (s) => {
      if (!s) return onRange(null, null);
      // Snap to whole days: the filter is inclusive of both end days.
      const t0 = Math.round(scale.fromUnit(unitOfX(s[0])) / DAY_MS) * DAY_MS;
      const t1 = Math.round(scale.fromUnit(unitOfX(s[1])) / DAY_MS) * DAY_MS - DAY_MS;
      onRange(isoDay(t0), isoDay(Math.max(t0, t1)));
    },
  });

  // Outline the main chart's window only when it shows part of the range.
  const win0 = visible ? Math.max(0, x(scale.toUnit(visible[0]))) : 0;
  const win1 = visible ? Math.min(width, x(scale.toUnit(visible[1]))) : width;
  const win = win1 - win0 < width * 0.97 ? ([win0, Math.max(win0 + 2, win1)] as const) : null;
  return (
    <div className="tl-overview">
      <svg
        width={width}
        height={H}
        role="img"
        aria-label="Overview of all events; drag to filter by date range"
      >
        <rect className="tl-overview-bg" width={width} height={H} />
        {scale.gaps.map((g) => (
          <rect
            key={g.t0}
            className="tl-overview-gap"
            x={x(g.u0)}
            width={Math.max(1, x(g.u1) - x(g.u0))}
            height={H}
          />
        ))}
        {ticks.map((t) => (
          <text key={t.t} className="tl-overview-label" x={t.x + t.labelX} y={11}>
            {t.label}
          </text>
        ))}
        <g transform={`scale(${width / TICK_SPACE},1)`}>
          {paths.map(({ kind, d }) => (
            <path
              key={kind}
              d={d}
              className="tl-overview-tick"
              vectorEffect="non-scaling-stroke"
              style={{ stroke: kindColor(kind) }}
            />
          ))}
        </g>
        {win && (
          <rect
            className="tl-overview-window"
            x={win[0]}
            y={1}
            width={win[1] - win[0]}
            height={H - 2}
          />
        )}
        <g ref={brushRef} className="tl-brush" />
      </svg>
      {(from || to) && (
        <button type="button" className="tl-clear-range" onClick={() => onRange(null, null)}>
          Clear date range
        </button>
      )}
    </div>
  );
}
