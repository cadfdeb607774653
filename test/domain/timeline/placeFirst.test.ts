import { describe, expect, it } from 'vitest';
import { hits, overlaps } from '../../../src/domain/timeline/boxes';
import { leaderLines } from '../../../src/domain/timeline/labelBoard';
import { layoutLabels } from '../../../src/domain/timeline/labels';
import { placeFirst } from '../../../src/domain/timeline/placeFirst';
import { crowd, expectClearLayout, markBox, options, request, seeded } from './labelFixtures';

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
    const random = seeded(11);
    let firsts = 0;
    for (let round = 0; round < 60; round++) {
      const { requests, obstacles } = crowd(random);
      const opts = options(obstacles, 800);
      const placed = layoutLabels(requests, opts);
      // A few selections in a row, each from the previous result, as a reader clicks around.
      let current = placed;
      for (let step = 0; step < 3; step++) {
        const chosen = requests[Math.floor(random() * requests.length)]!;
        const first = { ...chosen, bold: true, makeRoom: true };
        current = placeFirst(placed, first, requests, opts);
        expectClearLayout(current, requests, obstacles, 800);
        // Placed first, it takes the spot beside its mark it would take on its own.
        const alone = layoutLabels([{ ...first, makeRoom: false }], opts);
        expect(current.get(first.key)).toEqual(alone.get(first.key));
        if (current.has(first.key)) firsts++;
        // Every label that moved was in the first label's way.
        for (const [key, label] of current) {
          const before = placed.get(key);
          if (key === first.key || before === label || !before) continue;
          const at = requests.find((r) => r.key === key)!;
          const was = [before.box, ...leaderLines(at, before)];
          expect(was.some((b) => hits(b, current.get(first.key)!.box))).toBe(true);
        }
      }
    }
    expect(firsts).toBeGreaterThan(100);
  });
});
