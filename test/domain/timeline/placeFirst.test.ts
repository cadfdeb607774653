import { describe, expect, it } from 'vitest';
import {
  layoutLabels,
  overlaps,
  type Box,
  type LabelLayoutOptions,
  type LabelRequest,
} from '../../../src/domain/timeline/labels';
import { placeFirst } from '../../../src/domain/timeline/placeFirst';

/** Ten px per character: easy to reason about in the cases below. */
const measure = (text: string) => text.length * 10;
const request = (key: string, x: number, line: string, extra: Partial<LabelRequest> = {}) => ({
  key,
  x,
  y: 50,
  r: 5,
  line,
  lines2: null,
  band: [0, 100] as const,
  ...extra,
});
const markBox = (x: number, y = 50): Box => ({ x0: x - 6, x1: x + 6, y0: y - 6, y1: y + 6 });
const options = (obstacles: Box[], xMax = 1000): LabelLayoutOptions => ({
  obstacles,
  xMin: 0,
  xMax,
  measure,
  lineHeight: 13,
  rowOffset: 18,
});

describe('placeFirst', () => {
  it('gives the first label the spot it would take first, and moves the label that was there', () => {
    // a's label takes the room right of a; b (placed first) wants the same room.
    const a = request('a', 100, 'aaaa');
    const b = request('b', 200, 'bbbb');
    const obstacles = [markBox(100), markBox(200)];
    const placed = layoutLabels([a, b], options(obstacles));
    expect(placed.get('a')?.anchor).toBe('start');
    const next = placeFirst(placed, b, [a, b], options(obstacles));
    expect(next.get('b')).toEqual(layoutLabels([b, a], options(obstacles)).get('b'));
    const boxes = [...next.values()].map((l) => l.box);
    boxes.forEach((box, i) =>
      boxes.slice(i + 1).forEach((other) => expect(overlaps(box, other)).toBe(false)),
    );
  });

  it('leaves labels out of its way where they were', () => {
    const far = request('far', 700, 'far away');
    const near = request('near', 100, 'near');
    const first = request('first', 140, 'first label', { bold: true });
    const obstacles = [markBox(700), markBox(100), markBox(140)];
    const requests = [far, near, first];
    const placed = layoutLabels(requests, options(obstacles));
    const next = placeFirst(placed, first, requests, options(obstacles));
    expect(next.get('far')).toBe(placed.get('far'));
    expect(next.has('first')).toBe(true);
  });

  it('never places a label over an obstacle, and leaves it out when nothing is free', () => {
    const first = request('first', 100, 'first');
    const walls = [
      markBox(100),
      { x0: 0, x1: 1000, y0: 0, y1: 44 },
      { x0: 0, x1: 1000, y0: 56, y1: 100 },
      { x0: 0, x1: 94, y0: 0, y1: 100 },
      { x0: 106, x1: 1000, y0: 0, y1: 100 },
    ];
    const next = placeFirst(new Map(), first, [first], options(walls));
    expect(next.has('first')).toBe(false);
  });

  it('never overlaps, over seeded random crowds and random selections (property)', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    let firsts = 0;
    for (let round = 0; round < 60; round++) {
      const requests: LabelRequest[] = [];
      const obstacles: Box[] = [];
      for (let i = 0; i < 30; i++) {
        const x = Math.round(random() * 800);
        const y = 20 + Math.floor(random() * 4) * 18;
        obstacles.push(markBox(x, y));
        const line = 'x'.repeat(3 + Math.floor(random() * 20));
        const makeRoom = random() < 0.2;
        requests.push(request(`m${i}`, x, line, { y, band: [10, 90], makeRoom }));
      }
      const opts = options(obstacles, 800);
      const placed = layoutLabels(requests, opts);
      // A few selections in a row, each from the previous result, as a reader clicks around.
      let current = placed;
      for (let step = 0; step < 3; step++) {
        const chosen = requests[Math.floor(random() * requests.length)]!;
        const first = { ...chosen, bold: true, makeRoom: true };
        current = placeFirst(placed, first, requests, opts);
        const boxes = [...current.values()].map((l) => l.box);
        boxes.forEach((a, i) => {
          expect(obstacles.some((o) => overlaps(a, o))).toBe(false);
          boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false));
          expect(a.x0 >= 0 && a.x1 <= 800 && a.y0 >= 10 && a.y1 <= 90).toBe(true);
        });
        // Placed first, it gets a label exactly when layoutLabels would give it one first.
        const alone = layoutLabels([first, ...requests.filter((r) => r !== chosen)], opts);
        expect(current.get(first.key)).toEqual(alone.get(first.key));
        if (current.has(first.key)) firsts++;
        // Every label that moved was in the first label's way.
        for (const [key, label] of current) {
          const before = placed.get(key);
          if (key === first.key || before === label || !before) continue;
          expect(overlaps(before.box, current.get(first.key)!.box)).toBe(true);
        }
      }
    }
    expect(firsts).toBeGreaterThan(100);
  });
});
