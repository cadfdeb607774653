import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clusterMarks,
  edgePointers,
  placeLabels,
  pointerBox,
  pointerLabel,
  spreadRing,
  type ScreenMark,
} from '../../../src/domain/map/layout';

const mark = (id: string, x: number, y: number, r = 6, events = 1): ScreenMark => ({
  id,
  name: id,
  x,
  y,
  r,
  hit: r,
  linked: false,
  events,
});
const runs = { numRuns: 300 };
const marks = fc
  .uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 240 }),
      r: fc.integer({ min: 3, max: 20 }),
      events: fc.integer({ min: 1, max: 30 }),
    }),
    { selector: (m) => m.id, maxLength: 30 },
  )
  .map((list) => list.map((m) => mark(m.id, m.x, m.y, m.r, m.events)));

describe('clusterMarks', () => {
  it('keeps apart marks that do not touch, and joins those that do', () => {
    const groups = clusterMarks([
      mark('a', 0, 0),
      mark('b', 100, 0),
      mark('c', 10, 0, 6, 5),
      mark('d', 300, 0),
    ]);
    expect(groups.map((g) => g.members.map((m) => m.id))).toEqual([['c', 'a'], ['b'], ['d']]);
    // The group sits on its busiest place.
    expect([groups[0]!.x, groups[0]!.y]).toEqual([10, 0]);
  });

  it('every mark is in exactly one group, and no two groups overlap', () => {
    fc.assert(
      fc.property(marks, (list) => {
        const radius = (members: readonly ScreenMark[]) =>
          Math.max(...members.map((m) => m.r)) + members.length;
        const groups = clusterMarks(list, radius);
        const ids = groups.flatMap((g) => g.members.map((m) => m.id)).sort();
        expect(ids).toEqual(list.map((m) => m.id).sort());
        for (const [i, a] of groups.entries()) {
          for (const b of groups.slice(i + 1)) {
            const apart = Math.hypot(a.x - b.x, a.y - b.y);
            expect(apart).toBeGreaterThanOrEqual(radius(a.members) + radius(b.members));
          }
        }
      }),
      runs,
    );
  });
});

describe('spreadRing', () => {
  it('parts places at one point so that none overlaps another', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 3, max: 20 }), (n, r) => {
        const members = Array.from({ length: n }, (_, i) => mark(`p${i}`, 50, 50, r));
        const spread = spreadRing({ members, x: 50, y: 50 });
        for (const [i, a] of spread.entries()) {
          for (const b of spread.slice(i + 1)) {
            expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
          }
        }
      }),
      runs,
    );
  });
});

describe('placeLabels', () => {
  const size = { width: 400, height: 240 };
  it('labels never overlap each other or another solid mark, and stay in the frame', () => {
    fc.assert(
      fc.property(marks, fc.integer({ min: 11, max: 24 }), (list, fontPx) => {
        const groups = list.map((m) => ({
          group: { members: [m], x: m.x, y: m.y },
          r: m.r,
          solid: true,
        }));
        const labels = placeLabels(groups, size, fontPx);
        const h = fontPx * 1.25;
        const boxes = labels.map((l) => ({ ...l, y0: l.y - h / 2, y1: l.y + h / 2 }));
        for (const [i, a] of boxes.entries()) {
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.x + a.width).toBeLessThanOrEqual(size.width);
          expect(a.y0).toBeGreaterThanOrEqual(0);
          expect(a.y1).toBeLessThanOrEqual(size.height);
          // Wide enough for its text at this font size (an oracle of its own: 0.5 em a glyph).
          expect(a.width).toBeGreaterThanOrEqual(a.text.length * fontPx * 0.5);
          for (const b of boxes.slice(i + 1)) {
            const apart =
              a.x + a.width <= b.x || b.x + b.width <= a.x || a.y1 <= b.y0 || b.y1 <= a.y0;
            expect(apart).toBe(true);
          }
          for (const m of list) {
            if (m.id === a.id) continue;
            const clear =
              a.x + a.width <= m.x - m.r ||
              m.x + m.r <= a.x ||
              a.y1 <= m.y - m.r ||
              m.y + m.r <= a.y0;
            expect(clear).toBe(true);
          }
        }
      }),
      runs,
    );
  });

  it('labels the linked place first, then the busiest', () => {
    const a = { ...mark('quiet', 100, 100), linked: true };
    const b = mark('busy', 100, 110, 6, 20);
    const labels = placeLabels(
      [a, b].map((m) => ({ group: { members: [m], x: m.x, y: m.y }, r: m.r, solid: true })),
      { width: 400, height: 240 },
      12,
    );
    // Both cannot sit on the right: the linked place gets it, the busy one goes left.
    expect(labels.map((l) => [l.id, l.anchor])).toEqual([
      ['quiet', 'start'],
      ['busy', 'end'],
    ]);
  });

  it('puts a label left of its mark when the right runs out of frame', () => {
    const m = mark('Edge', 390, 100);
    const [label] = placeLabels(
      [{ group: { members: [m], x: m.x, y: m.y }, r: m.r, solid: true }],
      { width: 400, height: 240 },
      12,
    );
    expect(label?.anchor).toBe('end');
    expect(label!.x + label!.width).toBeLessThan(390);
  });
});

describe('edgePointers', () => {
  it('gathers places beyond the frame by the edge they lie past, busiest first', () => {
    const pointers = edgePointers(
      [
        mark('in', 200, 100),
        mark('us', -500, 110),
        mark('uk', -40, 60, 6, 3),
        mark('china', 900, 140),
        mark('arctic', 210, -300),
      ],
      { width: 400, height: 240 },
    );
    expect(pointers.map((p) => [p.edge, p.members.map((m) => m.id)])).toEqual([
      ['west', ['uk', 'us']],
      ['north', ['arctic']],
      ['east', ['china']],
    ]);
  });

  it('names the busiest place past an edge and how many more', () => {
    const [west] = edgePointers([mark('uk', -40, 60, 6, 3), mark('us', -500, 110)], {
      width: 400,
      height: 240,
    });
    expect(pointerLabel(west!)).toBe('uk +1');
  });
});

describe('labels and edge pointers', () => {
  const size = { width: 400, height: 240 };
  const fontPx = 12;
  const overlap = (
    a: { x0: number; y0: number; x1: number; y1: number },
    b: { x0: number; y0: number; x1: number; y1: number },
  ) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

  it('a pointer’s box sits inside its edge, centred along it, and fits its text', () => {
    const far = [
      mark('United States', -500, 120),
      mark('China', 900, 120),
      mark('North', 200, -90),
    ];
    for (const pointer of edgePointers(far, size)) {
      const box = pointerBox(pointer, size, fontPx);
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(size.width);
      expect(box.y0).toBeGreaterThanOrEqual(0);
      expect(box.y1).toBeLessThanOrEqual(size.height);
      // The text's width at the labels' estimate, the arrow and padding besides.
      expect(box.x1 - box.x0).toBeGreaterThan(pointerLabel(pointer).length * fontPx * 0.5);
      if (pointer.edge === 'west') expect(box.x0).toBeLessThan(10);
      if (pointer.edge === 'east') expect(box.x1).toBeGreaterThan(size.width - 10);
      if (pointer.edge !== 'north') expect((box.y0 + box.y1) / 2).toBeCloseTo(size.height / 2);
    }
  });

  it('no label is placed under a pointer', () => {
    // A place just inside the east edge, level with the pointer to China beyond it.
    const near = mark('Mariupol', 300, 120);
    const [east] = edgePointers([mark('China', 900, 120)], size);
    const box = pointerBox(east!, size, fontPx);
    const group = { group: { members: [near], x: near.x, y: near.y }, r: near.r, solid: true };
    const [free] = placeLabels([group], size, fontPx);
    const [clear] = placeLabels([group], size, fontPx, [box]);
    // Without the pointer the label would cover it; with it, the label goes elsewhere.
    // A label's x is its box's left edge, whatever its anchor.
    const boxOf = (l: typeof free) => ({
      x0: l!.x,
      y0: l!.y - (fontPx * 1.25) / 2,
      x1: l!.x + l!.width,
      y1: l!.y + (fontPx * 1.25) / 2,
    });
    expect(free?.anchor).toBe('start');
    expect(overlap(boxOf(free), box)).toBe(true);
    expect(clear?.anchor).toBe('end');
    expect(overlap(boxOf(clear), box)).toBe(false);
  });
});
