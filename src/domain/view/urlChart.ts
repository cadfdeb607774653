import { formatInstant, parseInstant } from './instant.ts';
import {
  firstValue,
  quoted,
  readChoice,
  type ParamValues,
  type ParamsWritten,
} from './urlParams.ts';
import {
  DEFAULT_VIEW,
  type LaneMode,
  type LayoutMode,
  type ScaleMode,
  type ViewState,
} from './viewState.ts';

/** How the events are drawn: `scale`, `lanes`, `layout`, and the zoom `window`. */
type ChartParam = 'scale' | 'lanes' | 'layout' | 'window';
type ChartView = Pick<ViewState, 'scale' | 'lanes' | 'layout' | 'window'>;

const SCALES: readonly ScaleMode[] = ['compressed', 'linear'];
const LANES: readonly LaneMode[] = ['kind', 'actor'];
const LAYOUTS: readonly LayoutMode[] = ['timeline', 'list'];
const MINUTE = 60_000;
/** The span a four-digit year can write; a window outside it is left out of the link. */
const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:58:00Z');

function readWindow(raw: string[] | undefined, problems: string[]): ViewState['window'] {
  if (!raw) return null;
  const value = firstValue(raw);
  const [a, b, extra] = value.split('~');
  const start = parseInstant(a ?? '');
  const end = parseInstant(b ?? '');
  if (extra === undefined && start !== null && end !== null && start < end) return [start, end];
  problems.push(`The zoom window ${quoted(value)} was not understood; showing all events.`);
  return null;
}

/** Reads the chart settings; a choice not understood falls back to its default. */
export function readChart(get: ParamValues, problems: string[]): ChartView {
  return {
    scale: readChoice(get('scale'), SCALES, DEFAULT_VIEW.scale, 'scale', problems),
    lanes: readChoice(get('lanes'), LANES, DEFAULT_VIEW.lanes, 'lane grouping', problems),
    layout: readChoice(get('layout'), LAYOUTS, DEFAULT_VIEW.layout, 'layout', problems),
    window: readWindow(get('window'), problems),
  };
}

/** Rounds a window to whole minutes (what the URL can hold), keeping it at least a minute wide. */
export function canonicalWindow(window: readonly [number, number]): readonly [number, number] {
  const start = Math.round(window[0] / MINUTE) * MINUTE;
  const end = Math.max(Math.round(window[1] / MINUTE) * MINUTE, start + MINUTE);
  return [start, end];
}

function writeWindow(window: ViewState['window']): string | null {
  if (!window || !window.every((t) => t >= FIRST_INSTANT && t <= LAST_INSTANT)) return null;
  const [start, end] = canonicalWindow(window);
  return `${formatInstant(start)}~${formatInstant(end)}`;
}

/** Writes the chart settings that differ from the default; the window to the minute, UTC. */
export function writeChart(view: ChartView): ParamsWritten<ChartParam> {
  return {
    scale: view.scale === DEFAULT_VIEW.scale ? null : view.scale,
    lanes: view.lanes === DEFAULT_VIEW.lanes ? null : view.lanes,
    layout: view.layout === DEFAULT_VIEW.layout ? null : view.layout,
    window: writeWindow(view.window),
  };
}
