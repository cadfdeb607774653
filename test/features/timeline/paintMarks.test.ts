import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PlacedLabel } from '../../../src/domain/timeline/labels';
import type { PlacedItem } from '../../../src/domain/timeline/placement';
import { EVENT_KINDS, type EventKind } from '../../../src/domain/types';
import {
  markStamps,
  type MarkStamps,
  type StampCanvas,
} from '../../../src/features/timeline/markStamps';
import {
  paintMarks,
  type MarkFrame,
  type MarkPalette,
} from '../../../src/features/timeline/paintMarks';
import { MARK_STYLE } from '../../../src/features/timeline/markStyle';
import { makeEvent } from '../../helpers/factories';

/**
 * A 2D context that records what was drawn: fills and strokes at their translation, and texts;
 * with `lines`, also the lines drawn and each stroke's colour and width.
 */
function recordingContext(lines = false) {
  const calls: string[] = [];
  const line = (entry: string) => lines && calls.push(entry);
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
    lineTo: (x: number, y: number) => line(`line@${tx},${ty}+${x},${y}`),
    arc: () => calls.push(`ring@${tx},${ty}:${String(state.strokeStyle)}`),
    roundRect: (x: number, _y: number, w: number) => calls.push(`pill@${tx + x},${ty}:${w}`),
    fill: (path?: unknown) => path && calls.push(`shape@${tx},${ty}:${String(state.fillStyle)}`),
    stroke: () => line(`stroke:${String(state.strokeStyle)}:${String(state.lineWidth)}`),
    setLineDash: () => {},
    drawImage: (image: { name: string }, x: number, y: number) =>
      calls.push(`stamp@${x},${y}:${image.name}`),
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
  leader: 'leader-colour',
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

  it('draws a leader line from a mark to its label written away from it, in the leader style', () => {
    const { ctx, calls } = recordingContext(true);
    const away = { ...label(['Title a'], 'start', 40, -30), leader: [0, -8, 36, -30] as const };
    const labels = new Map([['a', away]]);
    paintMarks(
      ctx,
      400,
      1,
      frameOf([eventItem('a', 50), eventItem('b', 100)], { labels }),
      palette,
    );
    const at = calls.indexOf('line@50,40+36,-30');
    expect(at).toBeGreaterThan(-1);
    expect(calls[at + 1]).toBe(`stroke:leader-colour:${MARK_STYLE.leaderStroke}`);
    expect(calls.filter((c) => c.startsWith('line@100'))).toEqual([]);
  });

  it('copies a stamp per mark with its centre on the nearest device pixel, and keeps the rings', () => {
    const { ctx, calls } = recordingContext();
    const asked: string[] = [];
    const stamp: MarkStamps = (kind, approximate, whisker) => {
      asked.push(`${kind} ${approximate} ${whisker}`);
      return { image: { name: kind } as unknown as CanvasImageSource, cx: 7, cy: 9 };
    };
    const items = [eventItem('a', 100.3, 'strike'), eventItem('b', 150.2, 'talks', true)];
    paintMarks(ctx, 400, 2, frameOf(items, { whisker: 8, selectedId: 'a' }), palette, stamp);
    // a: 2 × 100.3 = 200.6 → 201 − 7; b: 300.4 → 300 − 7; both rows at 2 × 40 − 9.
    expect(calls.filter((c) => c.startsWith('stamp'))).toEqual([
      'stamp@194,71:strike',
      'stamp@293,71:talks',
    ]);
    expect(calls.filter((c) => c.startsWith('shape'))).toEqual([]);
    expect(calls).toContain('ring@200.6,80:blue');
    expect(asked).toEqual(['strike false 8', 'talks true 8']);
  });
});

describe('markStamps', () => {
  beforeAll(() => vi.stubGlobal('Path2D', function Path2D() {}));

  /** Canvases that record their size and what was drawn on them. */
  function canvases() {
    const made: Array<{ width: number; height: number; calls: string[] }> = [];
    const canvas: StampCanvas = (width, height) => {
      const { ctx, calls } = recordingContext();
      const entry = { width, height, calls };
      made.push(entry);
      return {
        ctx: ctx as unknown as OffscreenCanvasRenderingContext2D,
        done: () => ({ name: `stamp${made.length}` }) as unknown as CanvasImageSource,
      };
    };
    return { made, canvas };
  }

  it('draws each kind once per precision and whisker, centred in a box that holds the whisker', () => {
    const { made, canvas } = canvases();
    const stamp = markStamps(palette, 2, canvas);
    const exact = stamp('strike', false, 6);
    expect(stamp('strike', false, 6)).toBe(exact);
    const wide = stamp('strike', true, 16);
    expect(wide).not.toBe(stamp('strike', true, 6));
    expect(made).toHaveLength(3);
    // The centre is a whole device pixel in the middle of the image.
    for (const [s, m] of [
      [exact, made[0]],
      [wide, made[1]],
    ] as const) {
      expect(Number.isInteger(s!.cx) && Number.isInteger(s!.cy)).toBe(true);
      expect(m!.width).toBe(2 * s!.cx);
      expect(m!.height).toBe(2 * s!.cy);
    }
    // The whisker (16 px each side, at ratio 2) fits: the box is wider than 2 × 32 device px.
    expect(made[1]!.width).toBeGreaterThan(64);
    expect(made[0]!.calls).toEqual(['shape@' + exact!.cx + ',' + exact!.cy + ':colour-strike']);
  });

  it('has no stamp where no canvas can be made, and paintMarks then draws the shape', () => {
    const stamp = markStamps(palette, 1, () => null);
    expect(stamp('talks', false, 6)).toBeNull();
    const { ctx, calls } = recordingContext();
    paintMarks(ctx, 400, 1, frameOf([eventItem('a', 100)]), palette, stamp);
    expect(calls.filter((c) => c.startsWith('shape'))).toEqual(['shape@100,40:colour-talks']);
  });
});
