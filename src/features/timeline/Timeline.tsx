import { useCallback, useEffect, useMemo, useRef } from 'react';
import { buildTimelineScale } from '../../domain/timeline/compressedScale';
import { buildLayout } from '../../domain/timeline/layout';
import { assignLanes } from '../../domain/timeline/lanes';
import { dayStart } from '../../domain/timeline/time';
import { groupWindow, linearGroups } from '../../domain/timeline/outliers';
import {
  clampWindow,
  ensureVisible,
  fitWindow,
  maxSpan as maxSpanOf,
  toTimeWindow,
  toUnitWindow,
  zoomWindow,
  type UnitWindow,
} from '../../domain/timeline/viewport';
import type { DatasetEvent } from '../../domain/types';
import { useFilteredEvents } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { ZOOM_STEP } from './keyboard';
import { gutterWidth, keyLabelRows, NARROW } from './geometry';
import { LateOverviewStrip } from './LateOverviewStrip';
import { OutlierPointers } from './OutlierPointers';
import { TimelineChart } from './TimelineChart';
import { LateTimelineToolbar } from './LateTimelineToolbar';
import { KindLegend } from './KindLegend';
import { useElementWidth } from '../../shared/useElementWidth';
import { keyEventIds } from '../../domain/story/story';
import { useStoryFocus } from './useStoryFocus';
import { useFontScale } from './useFontScale';
import { useResizedWindow } from './useResizedWindow';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './timeline.css';

const daysOf = (events: readonly DatasetEvent[]) => events.map((e) => dayStart(e.date));

/**
 * The timeline feature. Container: reads the store, measures its width, builds the scale and the
 * zoom-independent layout (memoised on the filtered events, scale mode and lane mode — never on the
 * window, so zooming does not redo them) and hands them to the stateless chart.
 */
export function Timeline() {
  const events = useFilteredEvents();
  const [boxRef, boxWidth, measured] = useElementWidth<HTMLDivElement>(960, '.tl-box');
  // The chart is laid out in chart px and drawn scaled with the reader's default font size.
  const unitPx = useFontScale();
  const width = boxWidth / unitPx;
  const dataset = useAppStore((s) => s.dataset);
  const scaleMode = useAppStore((s) => s.view.scale);
  const laneMode = useAppStore((s) => s.view.lanes);
  const pinned = useAppStore((s) => s.view.filters.actors);
  const from = useAppStore((s) => s.view.filters.from);
  const to = useAppStore((s) => s.view.filters.to);
  const storeWindow = useAppStore((s) => s.view.window);
  const selectedId = useAppStore((s) => s.view.event);
  const story = useAppStore((s) => s.view.story);
  const eventSelected = useAppStore((s) => s.eventSelected);
  const eventStepped = useAppStore((s) => s.eventStepped);
  const windowChanged = useAppStore((s) => s.windowChanged);
  const dateRangeChanged = useAppStore((s) => s.dateRangeChanged);
  const scaleModeChanged = useAppStore((s) => s.scaleModeChanged);
  const laneModeChanged = useAppStore((s) => s.laneModeChanged);

  const overviewScale = useMemo(
    () => buildTimelineScale(daysOf(dataset.events), scaleMode),
    [dataset.events, scaleMode],
  );
  // Every event passing (no filter): the overview's scale is the scale. With nothing to show,
  // the axis still spans the date filter (or the whole dataset).
  const everyEvent = events.length > 0 && events.length === dataset.events.length;
  const scale = useMemo(() => {
    if (everyEvent) return overviewScale;
    if (events.length > 0) return buildTimelineScale(daysOf(events), scaleMode);
    const fallback = [from, to].filter((d): d is string => d !== null).map(dayStart);
    return fallback.length ? buildTimelineScale(fallback, scaleMode) : overviewScale;
  }, [everyEvent, overviewScale, events, from, to, scaleMode]);
  // From the story alone: the articles' text arriving (a new dataset, the same story) keeps it.
  const told = dataset.story;
  const keyIds = useMemo(() => keyEventIds({ story: told }), [told]);
  // Phones get at most two rows per lane (more events per day become a "+N" group sooner), and
  // rows for the story's key events close together, so that each stands beside the group; the
  // smallest phones, two rows more there for those events' labels.
  const narrow = width < NARROW;
  const labelRows = keyLabelRows(width);
  const layout = useMemo(
    () =>
      buildLayout(
        events,
        assignLanes(events, laneMode, dataset.actors, { pinned }),
        scale,
        narrow ? 2 : 3,
        narrow ? keyIds : undefined,
        labelRows,
      ),
    [events, laneMode, dataset.actors, pinned, scale, narrow, labelRows, keyIds],
  );
  const fit = useMemo(() => fitWindow(scale), [scale]);
  const maxSpan = maxSpanOf(fit);
  // True to scale, a few far-off events would squeeze the rest into a corner: the fitted view
  // shows the main cluster, with pointers to the others (zoom and pan still reach everything).
  const groups = useMemo(
    () => (scaleMode === 'linear' ? linearGroups(layout.ordered.map((l) => l.u)) : null),
    [scaleMode, layout],
  );
  const home = useMemo(
    () => (groups ? groupWindow(groups.groups[groups.main]!) : fit),
    [groups, fit],
  );
  const stored = useMemo(
    () => (storeWindow ? toUnitWindow(scale, storeWindow) : home),
    [scale, storeWindow, home],
  );

  const setWindow = useCallback(
    (next: UnitWindow | null) => {
      const t = next ? toTimeWindow(scale, next) : null;
      const cur = storeWindow;
      if (t === cur || (t && cur && t[0] === cur[0] && t[1] === cur[1])) return;
      windowChanged(t);
    },
    [scale, storeWindow, windowChanged],
  );

  const selectedU = selectedId ? layout.byId.get(selectedId)?.u : undefined;
  // A width change keeps the zoom the reader chose (see useResizedWindow).
  const w = useResizedWindow({
    scale,
    storeWindow,
    window: stored,
    width: width - gutterWidth(width),
    measured,
    fit,
    anchor: selectedU,
    onWindow: setWindow,
  });

  // The selected event is scrolled into view (same zoom) when the selection changes.
  const current = useRef({ w, fit, setWindow });
  useEffect(() => {
    current.current = { w, fit, setWindow };
  });
  useEffect(() => {
    if (selectedU === undefined) return;
    const { w: now, fit: f, setWindow: set } = current.current;
    const next = ensureVisible(now, selectedU);
    if (next !== now) set(clampWindow(next, f));
  }, [selectedU]);

  useStoryFocus({ story, u: selectedU, w, storeWindow, fit, setWindow });

  const zoomBy = (factor: number) => setWindow(clampWindow(zoomWindow(w, factor, maxSpan), fit));
  return (
    <section className="timeline" aria-label="Timeline of events">
      <LateTimelineToolbar
        scale={scaleMode}
        lanes={laneMode}
        onZoomIn={() => zoomBy(ZOOM_STEP)}
        onZoomOut={() => zoomBy(1 / ZOOM_STEP)}
        onFit={() => setWindow(null)}
        onScale={scaleModeChanged}
        onLanes={laneModeChanged}
      />
      <div ref={boxRef} className="tl-box">
        {groups && (
          <OutlierPointers
            scale={scale}
            groups={groups}
            window={w}
            span={home[1] - home[0]}
            onWindow={(next) => setWindow(clampWindow(next, fit))}
          />
        )}
        <TimelineChart
          scale={scale}
          layout={layout}
          window={w}
          fit={fit}
          maxSpan={maxSpan}
          width={width}
          unitPx={unitPx}
          selectedId={selectedId}
          keyIds={keyIds}
          onSelect={eventSelected}
          onStep={eventStepped}
          onWindow={setWindow}
        />
        <KindLegend
          events={events}
          showKinds={laneMode !== 'kind'}
          showGaps={scaleMode === 'compressed'}
        />
        <LateOverviewStrip
          events={dataset.events}
          scale={overviewScale}
          width={boxWidth}
          from={from}
          to={to}
          visible={toTimeWindow(scale, w)}
          onRange={dateRangeChanged}
        />
      </div>
    </section>
  );
}
