import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PlacedLabel } from '../../../src/domain/timeline/labels';
import type { PlacedItem } from '../../../src/domain/timeline/placement';
import { EVENT_KINDS, type EventKind } from '../../../src/domain/types';
import {
  paintMarks,
  type MarkFrame,
  type MarkPalette,
} from '../../../src/features/timeline/paintMarks';
import { makeEvent } from '../../helpers/factories';

/** A 2D context that records what was drawn: fills and strokes at their translation, and texts. */
function recordingContext() {
  const calls: string[] = [];
  let tx = 0;
  let ty = 0;
  const state: Record<string, unknown> = {};
  const ctx = {
    setTransform: (_a: number, _b: number, _c: number, _d: number, e: number, f: number) => {
      tx = e;
      ty = f;
    },
    beginPath: () => {},
    moveTo: () => {},
    lineTo: () => {},
    arc: () => calls.push(`ring@${tx},${ty}:${String(state.strokeStyle)}`),
    roundRect: (x: number, _y: number, w: number) => calls.push(`pill@${tx + x},${ty}:${w}`),
    fill: (path?: unknown) => path && calls.push(`shape@${tx},${ty}:${String(state.fillStyle)}`),
    stroke: () => {},
    setLineDash: () => {},
    fillText: (text: string, x: number, y: number) =>
      calls.push(
        `text@${tx},${ty}${x || y ? `+${x},${y}` : ''}:${text}:${String(state.font)}${state.textAlign === 'right' ? ':right' : ''}`,
      ),
  };
  const proxy = new Proxy(ctx, {
    get: (target, key: string) => (key in target ? target[key as keyof typeof target] : state[key]),
    set: (_target, key: string, value) => {
      state[key] = value;
      return true;
    },
  });
  return { ctx: proxy as unknown as CanvasRenderingContext2D, calls };
}

const palette: MarkPalette = {
  kinds: Object.fromEntries(EVENT_KINDS.map((k) => [k, `colour-${k}`])) as Record<
    EventKind,
    string
  >,
  surface: 'white',
  fg: 'black',
  muted: 'grey',
  accent: 'blue',
  focus: 'orange',
  font: 'serif',
};

function eventItem(
  id: string,
  x: number,
  kind: EventKind = 'talks',
  approximate = false,
): PlacedItem {
  const event = makeEvent({
    id,
    kind,
    title: `Title ${id}`,
    places: ['kyiv'],
    datePrecision: approximate ? 'approximate' : 'day',
  });
  return { type: 'event', key: id, laid: { event, lane: 0, u: x, order: 0 }, lane: 0, row: 0, x };
}

function label(lines: string[], anchor: 'start' | 'end', dx: number, dy: number): PlacedLabel {
  return { lines, anchor, dx, dy, box: { x0: 0, x1: 0, y0: 0, y1: 0 } };
}

function frameOf(items: PlacedItem[], overrides: Partial<MarkFrame> = {}): MarkFrame {
  return {
    items,
    labels: new Map(),
    stretch: 1,
    offset: 0,
    whisker: 6,
    y: () => 40,
    selectedId: null,
    linkedPlace: null,
    laneKind: () => 'talks',
    ...overrides,
  };
}

describe('paintMarks (the gesture canvas)', () => {
  // jsdom has no Path2D; the recording context only needs to tell a shape from a pill.
  beforeAll(() => vi.stubGlobal('Path2D', function Path2D() {}));

  it('draws each on-screen event in its kind colour at stretch × x − offset, and skips the rest', () => {
    const { ctx, calls } = recordingContext();
    const items = [eventItem('a', 10), eventItem('b', 100, 'strike'), eventItem('c', 900)];
    paintMarks(ctx, 400, 1, frameOf(items, { stretch: 2, offset: 50 }), palette);
    const shapes = calls.filter((c) => c.startsWith('shape'));
    // a: 2×10−50 = −30 (beyond the 20 px margin), b: 150, c: 1750 (off screen).
    expect(shapes).toEqual(['shape@150,40:colour-strike']);
  });

  it('scales positions by the device pixel ratio', () => {
    const { ctx, calls } = recordingContext();
    paintMarks(ctx, 400, 2, frameOf([eventItem('a', 100)]), palette);
    expect(calls.filter((c) => c.startsWith('shape'))).toEqual(['shape@200,80:colour-talks']);
  });

  it('draws a hollow shape for an approximate date, rings for the selected and linked events', () => {
    const { ctx, calls } = recordingContext();
    const items = [eventItem('exact', 50), eventItem('approx', 100, 'talks', true)];
    paintMarks(ctx, 400, 1, frameOf(items, { selectedId: 'exact', linkedPlace: 'kyiv' }), palette);
    expect(calls).toContain('shape@100,40:white');
    expect(calls).toContain('ring@50,40:blue');
    expect(calls.filter((c) => c.startsWith('ring') && c.endsWith('orange'))).toHaveLength(2);
  });

  it('labels only labelled events where they were placed, the selected one in bold, and counts clusters', () => {
    const { ctx, calls } = recordingContext();
    const laid = [eventItem('x', 0), eventItem('y', 0)].map((i) =>
      i.type === 'event' ? i.laid : null,
    );
    const cluster: PlacedItem = {
      type: 'cluster',
      key: '0:3',
      column: 3,
      lane: 0,
      row: 0,
      left: 180,
      right: 220,
      x: 200,
      events: laid.filter((l) => l !== null),
    };
    const items = [eventItem('a', 50), eventItem('b', 100), eventItem('c', 150), cluster];
    paintMarks(
      ctx,
      400,
      1,
      frameOf(items, {
        labels: new Map([
          ['a', label(['Title a'], 'start', 10.5, 0)],
          ['b', label(['Title', 'b'], 'end', -10.5, -6.5)],
        ]),
        selectedId: 'b',
      }),
      palette,
    );
    const texts = calls.filter((c) => c.startsWith('text'));
    expect(texts).toEqual([
      'text@200,40+0,0.5:+2:700 10.5px serif',
      'text@50,40+10.5,0.5:Title a:11px serif',
      'text@100,40+-10.5,-6:Title:700 11px serif:right',
      'text@100,40+-10.5,7:b:700 11px serif:right',
    ]);
    expect(calls).toContain('pill@180,40:40');
  });
});
