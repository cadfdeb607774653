/* oxlint-disable jsx-a11y/prefer-tag-over-role -- SVG has no native listbox, option or group elements */
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react';
import type { TimelineScale } from '../../domain/timeline/compressedScale';
import type { TimelineLayout } from '../../domain/timeline/layout';
import { clampWindow, clusterWindow, type UnitWindow } from '../../domain/timeline/viewport';
import type { PlacedItem } from '../../domain/timeline/placement';
import { gutterWidth, laneGeometry, NARROW, rowY } from './geometry';
import { keyAction } from './keyboard';
import { LaneLabels } from './LaneLabels';
import { GestureAxis } from './TimelineAxis';
import { levelCache, levelPx, MIN_SPACING, whiskerAt } from './levelCache';
import { useChartModel } from './useChartModel';
import { useZoom } from './useZoom';
import { ChartMarks, layoutKey } from './ChartMarks';
import { useLateChart } from './useLateChart';
import { useGestureFrame } from './useGestureFrame';
import { useActions, useAppStore } from '../../state/store';

export interface TimelineChartProps {
  scale: TimelineScale;
  layout: TimelineLayout;
  window: UnitWindow;
  fit: UnitWindow;
  maxSpan: number;
  /** Chart width in chart px. */
  width: number;
  /** CSS px per chart px (see useFontScale): the chart is drawn this much larger. */
  unitPx?: number;
  selectedId: string | null;
  /** The story's key events: labelled first. */
  keyIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
  /** An arrow, Home or End key stepped to an event (a run of steps is one history entry). */
  onStep: (id: string) => void;
  onWindow: (w: UnitWindow | null) => void;
}

/**
 * The SVG chart: axis, lanes, marks, tooltip. Holds only UI state (roving focus, hovered mark);
 * the window and selection come from the store through props.
 */
export function TimelineChart(props: TimelineChartProps) {
  const {
    scale,
    layout,
    window: w,
    fit,
    maxSpan,
    width,
    unitPx = 1,
    selectedId,
    keyIds,
    onSelect,
    onStep,
    onWindow,
  } = props;
  const narrow = width < NARROW;
  const gutter = gutterWidth(width);
  const plotWidth = Math.max(1, width - gutter);
  const geometry = useMemo(() => laneGeometry(layout.rows, narrow), [layout.rows, narrow]);
  const exactPx = plotWidth / (w[1] - w[0]);
  // Approximate dates' whisker, at the level of detail's zoom (so it changes with it).
  const whisker = whiskerAt(levelPx(exactPx));
  // A zoom or pan gesture's frames are drawn on a canvas without rendering the chart (see
  // useGestureFrame), once the canvas painter has loaded; before, the SVG marks follow the store.
  const late = useLateChart();
  // Hover is shared with the map: a hovered place lights its events, a hovered event its places.
  const linkedPlace = useAppStore((s) => s.hoveredPlace);
  // The levels of detail built for this layout are the chart's own, dropped with it.
  const levels = useMemo(
    () => levelCache({ layout, scale, geometry, narrow, keyIds, width: plotWidth }),
    [layout, scale, geometry, narrow, keyIds, plotWidth],
  );
  const frames = useMemo(
    () =>
      late?.gestureFrames({
        levels,
        scale,
        layout,
        geometry,
        narrow,
        width: plotWidth,
        keyIds,
        selectedId,
        linkedPlace,
      }) ?? null,
    [late, levels, scale, layout, geometry, narrow, plotWidth, keyIds, selectedId, linkedPlace],
  );
  const gestureFrame = useGestureFrame({ frames, onWindow });
  const { gesture } = gestureFrame;
  const model = useChartModel({
    scale,
    layout,
    window: w,
    plotWidth,
    geometry,
    narrow,
    selectedId,
    keyIds,
    levels,
    whisker,
    moving: gesture,
  });
  const plotRef = useRef<SVGGElement>(null);
  const listRef = useRef<SVGGElement>(null);
  const clipId = `tl${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [hint, setHint] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const { eventHovered } = useActions();
  const hover = (item: PlacedItem | null) => {
    setHint(item?.key ?? null);
    eventHovered(item?.type === 'event' ? item.laid.event.id : null);
  };
  // A chart that goes away (list layout, empty result) leaves nothing hovered behind.
  useEffect(() => () => eventHovered(null), [eventHovered]);

  const byKey = new Map(model.items.map((i) => [i.key, i]));
  const screenX = (i: PlacedItem) => model.stretch * i.x - model.offset;
  const visible = (i: PlacedItem) => screenX(i) >= 0 && screenX(i) <= plotWidth;
  const tabStop =
    (active && byKey.has(active) && active) ||
    (selectedId && byKey.has(selectedId) && selectedId) ||
    model.items.find(visible)?.key ||
    null;

  const marks = {
    layout,
    items: model.items,
    labels: model.labels,
    whisker,
    geometry,
    narrow,
    selectedId,
    tabStop,
    linkedPlace,
  };
  useZoom(plotRef, {
    width: plotWidth,
    height: geometry.total,
    fit,
    window: w,
    maxSpan,
    onWindow: gestureFrame.onZoomWindow,
    onGesture: gestureFrame.onGesture,
  });

  // Keyboard moves focus to the newly selected mark once it has been rendered.
  useEffect(() => {
    const key = pendingFocus.current;
    if (!key || !listRef.current) return;
    const el = [...listRef.current.querySelectorAll<SVGGElement>('[data-key]')].find(
      (n) => n.dataset.key === key,
    );
    if (el) {
      pendingFocus.current = null;
      el.focus();
    }
  });

  const itemOf = (e: SyntheticEvent) => {
    const key = (e.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
    return key ? (byKey.get(key) ?? null) : null;
  };
  const expand = (item: PlacedItem) => {
    if (item.type !== 'cluster') return;
    const units = item.events.map((l) => l.u);
    onWindow(clampWindow(clusterWindow(units, plotWidth, MIN_SPACING), fit));
    pendingFocus.current = item.events[0]?.event.id ?? null;
  };
  const activate = (item: PlacedItem | null) => {
    if (item?.type === 'event') onSelect(item.laid.event.id);
    else if (item) expand(item);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const item = itemOf(e);
    const action = keyAction(e.key, e.shiftKey, { layout, item, selectedId, window: w, maxSpan });
    if (!action) return;
    e.preventDefault();
    if (action.type === 'select') {
      if (e.key === 'Enter' || e.key === ' ') onSelect(action.id);
      else onStep(action.id);
      pendingFocus.current = action.id;
      setActive(action.id);
    } else if (action.type === 'window') onWindow(clampWindow(action.window, fit));
    else if (action.type === 'fit') onWindow(null);
    else activate(action.item);
  };

  const hinted = !gesture && hint ? byKey.get(hint) : undefined;
  const empty = layout.ordered.length === 0;
  return (
    <div className="tl-chart" style={{ height: geometry.total * unitPx }}>
      <svg
        className="tl-svg"
        width={width * unitPx}
        height={geometry.total * unitPx}
        viewBox={`0 0 ${width} ${geometry.total}`}
      >
        <defs>
          <clipPath id={`${clipId}clip`}>
            <rect width={plotWidth} height={geometry.total} />
          </clipPath>
          <pattern id={`${clipId}hatch`} width={6} height={6} patternUnits="userSpaceOnUse">
            <path className="tl-hatch" d="M0,6L6,0" />
          </pattern>
        </defs>
        {gutter > 0 && <LaneLabels lanes={layout.lanes} geometry={geometry} gutter={gutter} />}
        <g ref={plotRef} className="tl-plot" transform={`translate(${gutter},0)`}>
          <rect className="tl-bg" width={plotWidth} height={geometry.total} />
          {layout.lanes.map((lane, i) => (
            <rect
              key={lane.key}
              className={`tl-lane ${i % 2 ? 'is-odd' : ''}`}
              y={geometry.top[i]}
              width={plotWidth}
              height={geometry.height[i]}
            />
          ))}
          <g clipPath={`url(#${clipId}clip)`}>
            <GestureAxis
              rest={model}
              feed={gestureFrame.axis}
              height={geometry.total}
              hatch={`url(#${clipId}hatch)`}
            />
            <g
              ref={listRef}
              role="listbox"
              aria-label="Timeline"
              aria-orientation="horizontal"
              aria-describedby={`${clipId}help`}
              onKeyDown={onKeyDown}
              onClick={(e) => activate(itemOf(e))}
              onFocus={(e) => {
                const item = itemOf(e);
                setActive(item?.key ?? null);
                hover(item);
              }}
              onBlur={() => hover(null)}
              onMouseOver={(e) => hover(itemOf(e))}
              onMouseLeave={() => hover(null)}
            >
              <g
                transform={`translate(${-model.offset},0)`}
                style={{ '--tl-stretch': model.stretch } as CSSProperties}
                display={gesture ? 'none' : undefined}
              >
                <ChartMarks key={layoutKey(layout)} {...marks} />
              </g>
            </g>
          </g>
          {gutter === 0 && <LaneLabels lanes={layout.lanes} geometry={geometry} gutter={0} />}
          {empty && (
            <text className="tl-empty" x={plotWidth / 2} y={geometry.total / 2} textAnchor="middle">
              No events match
            </text>
          )}
        </g>
      </svg>
      {late && (
        <late.GestureCanvas
          active={gesture}
          paint={gestureFrame.paint}
          left={gutter}
          width={plotWidth}
          height={geometry.total}
          unitPx={unitPx}
        />
      )}
      <p id={`${clipId}help`} className="tl-sr-only">
        Left and Right arrows move between events in time order, Home and End go to the first and
        last, plus and minus zoom, Shift with an arrow pans, 0 fits all events, Enter expands a
        group.
      </p>
      {hinted && late && (
        <late.Tooltip
          item={hinted}
          left={(gutter + screenX(hinted)) * unitPx}
          top={rowY(geometry, hinted.lane, hinted.row, narrow) * unitPx}
          width={width * unitPx}
        />
      )}
    </div>
  );
}
