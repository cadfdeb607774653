/* oxlint-disable jsx-a11y/prefer-tag-over-role -- SVG has no native listbox, option or group elements */
import { memo } from 'react';
import type { DatasetEvent } from '../../domain/types';
import { KIND_SHAPES, kindColor } from './shapes';
import { MARK_R } from './geometry';

interface EventMarkProps {
  event: DatasetEvent;
  /** Content px (already offset by the layer's transform) and row centre. */
  x: number;
  y: number;
  /** Half-width of the uncertainty whisker of an approximate date, px. */
  whisker: number;
  /** Visible label text ("≈ " included), or null when it does not fit (shown on hover/focus). */
  label: string | null;
  name: string;
  selected: boolean;
  /** The roving tabindex stop of the timeline. */
  tabStop: boolean;
}

/**
 * One event: the kind's shape, filled for an exact day, hollow and dashed with a horizontal
 * whisker and "≈" for an approximate date. Memoised on primitive props, so while panning at a
 * fixed zoom (same content coordinates) React skips it entirely.
 */
export const EventMark = memo(function EventMark(props: EventMarkProps) {
  const { event, x, y, whisker, label, name, selected, tabStop } = props;
  const approximate = event.datePrecision === 'approximate';
  const color = kindColor(event.kind);
  return (
    <g
      className={`tl-mark${selected ? ' is-selected' : ''}${approximate ? ' is-approx' : ''}`}
      transform={`translate(${x},${y})`}
      role="option"
      aria-label={name}
      aria-selected={selected}
      tabIndex={tabStop ? 0 : -1}
      data-key={event.id}
      style={{ color }}
    >
      <rect className="tl-hit" x={-10} y={-9} width={20} height={18} />
      {selected && <circle className="tl-ring" r={MARK_R + 4} />}
      {approximate && (
        <path
          className="tl-whisker"
          d={`M${-whisker},-3v6M${-whisker},0H${whisker}M${whisker},-3v6`}
        />
      )}
      <path className="tl-shape" d={KIND_SHAPES[event.kind]} />
      {label !== null && (
        <text className="tl-label" x={MARK_R + 4} dy="0.32em">
          {label}
        </text>
      )}
    </g>
  );
});

interface ClusterMarkProps {
  clusterKey: string;
  x0: number;
  x1: number;
  y: number;
  count: number;
  name: string;
  /** Colour of the lane's kind, or null for a neutral cluster (actor lanes). */
  color: string | null;
  tabStop: boolean;
}

/** A dense stretch of events as a "+N" pill spanning them; Enter or click expands it. */
export const ClusterMark = memo(function ClusterMark(props: ClusterMarkProps) {
  const { clusterKey, x0, x1, y, count, name, color, tabStop } = props;
  const text = `+${count}`;
  const width = Math.max(x1 - x0 + 2 * MARK_R, 10 + text.length * 7);
  const mid = (x0 + x1) / 2;
  return (
    <g
      className="tl-cluster"
      transform={`translate(${mid},${y})`}
      role="option"
      aria-label={name}
      aria-selected={false}
      tabIndex={tabStop ? 0 : -1}
      data-key={clusterKey}
      style={color ? { color } : undefined}
    >
      <rect className="tl-pill" x={-width / 2} y={-8} width={width} height={16} rx={8} />
      <text className="tl-count" textAnchor="middle" dy="0.35em">
        {text}
      </text>
    </g>
  );
});
