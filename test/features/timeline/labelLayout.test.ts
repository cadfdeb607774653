import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildTimelineScale } from '../../../src/domain/timeline/compressedScale';
import {
  hits,
  overlaps,
  segment,
  type Box,
  type Segment,
} from '../../../src/domain/timeline/boxes';
import { assignLanes } from '../../../src/domain/timeline/lanes';
import { buildLayout } from '../../../src/domain/timeline/layout';
import { dayStart } from '../../../src/domain/timeline/time';
import { fitWindow, zoomWindow, type UnitWindow } from '../../../src/domain/timeline/viewport';
import type { Dataset } from '../../../src/domain/types';
import {
  gutterWidth,
  keyLabelRows,
  laneGeometry,
  MARK_R,
  NARROW,
  rowY,
} from '../../../src/features/timeline/geometry';
import { laneNameBoxes } from '../../../src/features/timeline/LaneLabels';
import { MARK_STYLE } from '../../../src/features/timeline/markStyle';
import { useChartModel } from '../../../src/features/timeline/useChartModel';
import { levelCache } from '../../../src/features/timeline/levelCache';
import { gestureFrames } from '../../../src/features/timeline/gestureFrames';
import { keyEventIds } from '../../../src/domain/story/story';
import corpus from '../../../src/generated/dataset.json';

const dataset = corpus as unknown as Dataset;
/** The story's headline events, among its steps' events (all of which are key events). */
const KEY_EVENTS = ['antalya-talks', 'mariupol-maternity-hospital-strike', 'istanbul-talks'];
const WIDTHS = [288, 320, 360, 412, 500, 639, 640, 768, 900, 1024, 1280, 1440, 1680, 1920, 2560];

/** The chart model of the fitted view at one width, as the chart computes it. */
function fittedView(width: number, lanes: 'kind' | 'actor', selected: string | null = null) {
  const events = dataset.events;
  const narrow = width < NARROW;
  const scale = buildTimelineScale(
    events.map((e) => dayStart(e.date)),
    'compressed',
  );
  const layout = buildLayout(
    events,
    assignLanes(events, lanes, dataset.actors),
    scale,
    narrow ? 2 : 3,
    narrow ? keyEventIds(dataset) : undefined,
    keyLabelRows(width),
  );
  const geometry = laneGeometry(layout.rows, narrow);
  const plotWidth = width - gutterWidth(width);
  let selectedId = selected;
  const keyIds = keyEventIds(dataset);
  const levels = levelCache({ layout, scale, geometry, narrow, keyIds, width: plotWidth });
  const { result, rerender } = renderHook(() =>
    useChartModel({
      scale,
      layout,
      window: fitWindow(scale),
      plotWidth,
      geometry,
      narrow,
      selectedId,
      keyIds,
      levels,
      whisker: 6,
    }),
  );
  /** The model after the reader selects `id` (null: clears the selection). */
  const select = (id: string | null) => {
    selectedId = id;
    rerender();
    return result.current;
  };
  return { model: result.current, select, layout, geometry, narrow, plotWidth };
}

type View = ReturnType<typeof fittedView>;

/**
 * No label or leader line of `model` covers a label, mark, pill, gap label, lane name or another
 * leader line; a label beside its mark stays in its lane, one with a leader line in its lane or
 * the next one up or down, its line running from its mark to its box.
 */
function expectClear(model: View['model'], { layout, geometry, narrow, plotWidth }: View) {
  const { stretch, offset } = model;
  // Marks and pills in screen px of the plot, recomputed here from the items and geometry.
  const screen = (x: number) => stretch * x - offset;
  const labels: Array<{ key: string; box: Box }> = [];
  const leaders: Array<{ key: string; line: Segment }> = [];
  const marks: Array<{ key: string; box: Box }> = [];
  for (const item of model.items) {
    const y = rowY(geometry, item.lane, item.row, narrow);
    const [l, r] =
      item.type === 'event'
        ? [screen(item.x) - MARK_R, screen(item.x) + MARK_R]
        : [screen(item.left), screen(item.right)];
    marks.push({ key: item.key, box: { x0: l, x1: r, y0: y - MARK_R, y1: y + MARK_R } });
    const label = model.labels.get(item.key);
    if (!label) continue;
    labels.push({ key: item.key, box: label.box });
    const [above, below] = label.leader
      ? [Math.max(0, item.lane - 1), Math.min(layout.lanes.length - 1, item.lane + 1)]
      : [item.lane, item.lane];
    expect(label.box.y0).toBeGreaterThanOrEqual(geometry.top[above] ?? 0);
    expect(label.box.y1).toBeLessThanOrEqual(
      (geometry.top[below] ?? 0) + (geometry.height[below] ?? 0),
    );
    if (label.leader) {
      const points = label.leader;
      const x = screen(item.x);
      // From beside its mark (whisker included), bending at the points between, to its label's edge.
      expect(Math.hypot(points[0]!, points[1]!)).toBeLessThan(MARK_R + 6 + 4);
      for (let i = 2; i + 1 < points.length; i += 2) {
        const [x1, y1, x2, y2] = points.slice(i - 2, i + 2) as [number, number, number, number];
        leaders.push({ key: item.key, line: segment(x + x1, y + y1, x + x2, y + y2) });
      }
      const [ex, ey] = [x + points.at(-2)!, y + points.at(-1)!];
      expect(ex >= label.box.x0 - 1e-6 && ex <= label.box.x1 + 1e-6).toBe(true);
      expect(ey >= label.box.y0 - 1e-6 && ey <= label.box.y1 + 1e-6).toBe(true);
    }
  }
  const gapLabels = model.gaps.filter((g) => g.text !== null).map((g) => g.box);
  const names = narrow ? laneNameBoxes(layout.lanes, geometry) : [];
  const onScreen = labels.filter(({ box }) => box.x1 > 0 && box.x0 < plotWidth);
  expect(onScreen.length).toBeGreaterThan(0);
  onScreen.forEach(({ key, box }, i) => {
    expect(box.x0).toBeGreaterThanOrEqual(-0.01);
    expect(box.x1).toBeLessThanOrEqual(plotWidth + 0.01);
    for (const other of onScreen.slice(i + 1)) expect(overlaps(box, other.box)).toBe(false);
    for (const m of marks) if (m.key !== key) expect(overlaps(box, m.box), m.key).toBe(false);
    for (const g of [...gapLabels, ...names]) expect(overlaps(box, g)).toBe(false);
    for (const l of leaders) if (l.key !== key) expect(hits(l.line, box), l.key).toBe(false);
  });
  for (const { key, line } of leaders) {
    for (const m of marks) if (m.key !== key) expect(hits(line, m.box), m.key).toBe(false);
    for (const g of [...gapLabels, ...names]) expect(hits(line, g)).toBe(false);
    for (const o of leaders) if (o.key !== key) expect(hits(line, o.line), o.key).toBe(false);
  }
  for (const g of gapLabels) for (const n of names) expect(overlaps(g, n)).toBe(false);
}

describe('labels of the fitted view, 320 to 2560 px', () => {
  for (const lanes of ['kind', 'actor'] as const) {
    it.each(WIDTHS)(
      `${lanes} lanes at %i px: no label covers a label, mark, pill, gap label or lane name`,
      (width) => {
        const view = fittedView(width, lanes);
        expectClear(view.model, view);
      },
    );
  }

  it.each([320, 768, 1440, 2560])(
    'selecting events one after another at %i px: the selected mark is labelled in bold wherever it fits, and labels stay clear (seeded)',
    (width) => {
      const view = fittedView(width, 'kind');
      let seed = width;
      const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
      let labelled = 0;
      for (let step = 0; step < 12; step++) {
        const id = dataset.events[Math.floor(random() * dataset.events.length)]!.id;
        const model = view.select(id);
        expectClear(model, view);
        if (model.labels.has(id)) labelled++;
      }
      // A phone's fitted view has room beside few of its marks.
      expect(labelled).toBeGreaterThan(width < NARROW ? 0 : 3);
      // Cleared again, the labels are those of the first screen.
      expect(view.select(null).labels).toEqual(view.model.labels);
    },
  );

  // A 360 px screen leaves the chart 328 px; a 1440 px one, 1102 px beside the filters.
  it.each([328, 338, 360, 380, 412, 768, 1024, 1102, 1440, 2560])(
    'names the headline events at %i px',
    (width) => {
      const { model } = fittedView(width, 'kind');
      for (const id of KEY_EVENTS) expect(model.labels.has(id), id).toBe(true);
    },
  );

  // Phones (a 288 px chart on a 320 px screen, 380 px on a Pixel 7) and the desktop's 768 to
  // 2560 px screens (a 1582 px chart on a 1920 px one; 1342 to 1502 px on 1680 to 1840 px
  // screens, where a Statement mark hemmed in on its lane's last row needs a bent leader line).
  it.each([
    288, 300, 320, 328, 338, 360, 380, 412, 736, 768, 960, 1024, 1102, 1342, 1382, 1422, 1462, 1502,
    1582, 2228, 2560,
  ])('names every one of the story’s key events at %i px, some by a leader line', (width) => {
    const { model } = fittedView(width, 'kind');
    const missing = [...keyEventIds(dataset)].filter((id) => !model.labels.has(id));
    expect(missing).toEqual([]);
  });

  it.each([640, 768, 1024, 1102, 1440, 2560])(
    'draws every key event as a mark of its own at %i px, never inside a pill',
    (width) => {
      const { model } = fittedView(width, 'kind');
      for (const id of keyEventIds(dataset)) {
        expect(
          model.items.some((i) => i.type === 'event' && i.key === id),
          id,
        ).toBe(true);
      }
    },
  );

  it('folds marks into pills only where they cannot be spread over the rows', () => {
    const { model } = fittedView(1440, 'kind');
    const pills = model.items.filter((i) => i.type === 'cluster');
    const events = model.items.filter((i) => i.type === 'event');
    expect(events.length).toBeGreaterThan(
      pills.reduce((n, p) => n + (p.type === 'cluster' ? p.events.length : 0), 0),
    );
  });
});

/** A label's padding and line height, as the chart draws them. */
const PAD = 1.5;
const LINE = MARK_STYLE.labelLineHeight;

describe('labels while a gesture runs', () => {
  it('are placed once per level and stay clear of each other and of the marks as the zoom spreads the marks', () => {
    const events = dataset.events;
    const scale = buildTimelineScale(
      events.map((e) => dayStart(e.date)),
      'compressed',
    );
    const layout = buildLayout(events, assignLanes(events, 'kind', dataset.actors), scale, 3);
    const geometry = laneGeometry(layout.rows, false);
    const plotWidth = 1308;
    let window: UnitWindow = fitWindow(scale);
    const keyIds = new Set(KEY_EVENTS);
    const source = { layout, scale, geometry, narrow: false, keyIds, width: plotWidth };
    const frameAt = gestureFrames({
      ...source,
      levels: levelCache(source),
      selectedId: null,
      linkedPlace: null,
    });
    let checked = 0;
    let reused = 0;
    let previous = frameAt(window).marks;
    // Zoom in by small steps, as wheel notches do, about a point among the marks.
    const anchor = layout.byId.get('antalya-talks')!.u;
    for (let step = 0; step < 24; step++) {
      window = zoomWindow(window, 1.12, Infinity, anchor);
      const model = frameAt(window).marks;
      if (model.items === previous.items) {
        // Not placed again: the same labels (or, while the level stands in for the next one,
        // those of them written beside their marks).
        for (const [key, label] of model.labels) expect(previous.labels.get(key)).toBe(label);
        reused++;
      }
      previous = model;
      const { stretch, offset } = model;
      const boxes: Array<{ key: string; box: Box; label: boolean }> = [];
      for (const item of model.items) {
        const y = rowY(geometry, item.lane, item.row, false);
        const x = stretch * item.x - offset;
        const [l, r] =
          item.type === 'event'
            ? [x - MARK_R, x + MARK_R]
            : [stretch * item.left - offset, stretch * item.right - offset];
        boxes.push({
          key: item.key,
          box: { x0: l, x1: r, y0: y - MARK_R, y1: y + MARK_R },
          label: false,
        });
        const label = model.labels.get(item.key);
        if (!label) continue;
        // Drawn beside its mark, wherever the mark is: its box from its offset, size and anchor
        // (the map may be an equal one from an earlier level, with boxes where marks were then).
        const w = label.box.x1 - label.box.x0;
        const x0 = label.anchor === 'start' ? x + label.dx - PAD : x + label.dx + PAD - w;
        const y0 = y + label.dy - LINE / 2 - PAD;
        const box = { x0, x1: x0 + w, y0, y1: y0 + label.lines.length * LINE + 2 * PAD };
        boxes.push({ key: item.key, box, label: true });
      }
      const labels = boxes.filter((b) => b.label && b.box.x1 > 0 && b.box.x0 < plotWidth);
      labels.forEach((a) => {
        for (const b of boxes) {
          if (b === a || (b.key === a.key && !b.label)) continue;
          expect(overlaps(a.box, b.box), `${a.key} × ${b.key}`).toBe(false);
        }
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(100);
    expect(reused).toBeGreaterThan(12);
  });
});
