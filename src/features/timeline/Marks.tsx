/* oxlint-disable jsx-a11y/prefer-tag-over-role -- SVG has no native listbox, option or group elements */
import { memo } from 'react';
import type { PlacedLabel } from '../../domain/timeline/labels';
import type { DatasetEvent } from '../../domain/types';
import { isExactDay } from '../../domain/view/dates';
import { kindColor, kindShape } from '../../domain/view/kinds';
import { dashArray, leaderPath, MARK_STYLE as S } from './markStyle';

interface EventMarkProps {
  event: DatasetEvent;
  /** Base content px (the layer stretches and offsets it, see useChartModel) and row centre. */
  x: number;
  y: number;
  /** Half-width of the uncertainty whisker of an approximate date, px. */
  whisker: number;
  /** Where the title is written ("≈ " included), or null when it does not fit (hover/focus). */
  label: PlacedLabel | null;
  name: string;
  selected: boolean;
  /** At the place under the pointer on the map. */
  linked?: boolean;
  /** The roving tabindex stop of the timeline. */
  tabStop: boolean;
}

/**
 * One event: the kind's shape, filled for an exact day, hollow and dashed with a horizontal
 * whisker and "≈" for an approximate date. Memoised on primitive props, so while panning at a
 * fixed zoom (same content coordinates) React skips it entirely.
 */
export const EventMark = memo(function EventMark(props: EventMarkProps) {
  const { event, x, y, whisker, label, name, selected, linked, tabStop } = props;
  const approximate = !isExactDay(event.datePrecision);
  const color = kindColor(event.kind);
  return (
    <g
      className={`tl-mark${selected ? ' is-selected' : ''}${approximate ? ' is-approx' : ''}${linked ? ' is-linked' : ''}`}
      role="option"
      aria-label={name}
      aria-selected={selected}
      tabIndex={tabStop ? 0 : -1}
      data-key={event.id}
      style={{ color, transform: at(x, y) }}
    >
      <rect className="tl-hit" x={-10} y={-9} width={20} height={18} />
      {selected && <circle className="tl-ring" r={S.selectedRing} strokeWidth={S.ringStroke} />}
      {linked && (
        <circle
          className="tl-link-ring"
          r={S.linkRing}
          strokeWidth={S.ringStroke}
          strokeDasharray={dashArray(S.linkDash)}
        />
      )}
      {approximate && (
        <path
          className="tl-whisker"
          strokeWidth={S.whiskerStroke}
          d={`M${-whisker},${-S.whiskerTick}v${2 * S.whiskerTick}M${-whisker},0H${whisker}M${whisker},${-S.whiskerTick}v${2 * S.whiskerTick}`}
        />
      )}
      <path
        className="tl-shape"
        d={kindShape(event.kind)}
        strokeWidth={approximate ? S.approxStroke : S.shapeStroke}
        strokeDasharray={approximate ? dashArray(S.approxDash) : undefined}
      />
      {label?.leader && (
        <path
          className="tl-leader"
          d={leaderPath(label.leader)}
          fill="none"
          strokeWidth={S.leaderStroke}
          style={{ stroke: S.leaderColor }}
        />
      )}
      {label !== null && (
        <text
          className="tl-label"
          x={label.dx}
          y={label.dy}
          dy="0.32em"
          textAnchor={label.anchor}
          fontSize={S.labelFontPx}
        >
          {label.lines.map((line, i) => (
            <tspan key={i} x={label.dx} dy={i === 0 ? undefined : S.labelLineHeight}>
              {line}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
});

/**
 * Position as a CSS transform: x is stretched by the layer's --tl-stretch, so zooming between
 * levels of detail moves marks without React touching them (and shapes are not distorted).
 */
function at(x: number, y: number): string {
  return `translate(calc(var(--tl-stretch, 1) * ${x}px), ${y}px)`;
}

interface ClusterMarkProps {
  clusterKey: string;
  /** Centre and pill extent, base content px. */
  x: number;
  left: number;
  right: number;
  y: number;
  count: number;
  name: string;
  /** Colour of the lane's kind, or null for a neutral cluster (actor lanes). */
  color: string | null;
  tabStop: boolean;
}

/** A dense stretch of events as a "+N" pill spanning them; Enter or click expands it. */
export const ClusterMark = memo(function ClusterMark(props: ClusterMarkProps) {
  const { clusterKey, x, left, right, y, count, name, color, tabStop } = props;
  return (
    <g
      className="tl-cluster"
      role="option"
      aria-label={name}
      aria-selected={false}
      tabIndex={tabStop ? 0 : -1}
      data-key={clusterKey}
      style={{ transform: at(x, y), ...(color ? { color } : {}) }}
    >
      <rect
        className="tl-pill"
        x={left - x}
        y={-S.pillHeight / 2}
        width={right - left}
        height={S.pillHeight}
        rx={S.pillRadius}
        strokeWidth={S.pillStroke}
      />
      <text className="tl-count" textAnchor="middle" dy="0.35em" fontSize={S.countFontPx}>
        +{count}
      </text>
    </g>
  );
});
