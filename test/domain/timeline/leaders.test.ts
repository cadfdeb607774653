import { describe, expect, it } from 'vitest';
import { hits } from '../../../src/domain/timeline/boxes';
import { leaderLines } from '../../../src/domain/timeline/labelBoard';
import { layoutLabels } from '../../../src/domain/timeline/labels';
import { leaderSpots } from '../../../src/domain/timeline/leaders';
import {
  crowd,
  expectClearLayout,
  markBox,
  measure,
  options,
  request,
  seeded,
} from './labelFixtures';

// A mark hemmed in by marks left and right, above and below: no room beside it, only through
// the gaps between them.
const walls = [markBox(100), markBox(100, 32), markBox(100, 68)];
for (const x of [80, 120]) walls.push(markBox(x), markBox(x, 32), markBox(x, 68));
/** Requests whose mark is the 12 px box of `markBox` (6 px each way). */
const at = (key: string, x: number, line: string, extra = {}) =>
  request(key, x, line, { r: 6, ...extra });

describe('leader lines', () => {
  it('write a must-write label away from its hemmed-in mark, joined to it by a line', () => {
    const key = at('key', 100, 'abcdef', { makeRoom: true });
    expect(layoutLabels([{ ...key, makeRoom: false }], options(walls)).has('key')).toBe(false);
    const placed = layoutLabels([key], options(walls));
    const label = placed.get('key')!;
    expect(label.leader).toBeDefined();
    const [line] = leaderLines(key, label);
    if (!line) throw new Error('no leader line');
    // It starts outside the mark, ends on the label's box, and crosses no other mark.
    expect(hits(line, markBox(100))).toBe(false);
    expect(
      line.bx === label.box.x0 ||
        line.bx === label.box.x1 ||
        line.by === label.box.y0 ||
        line.by === label.box.y1,
    ).toBe(true);
    expectClearLayout(placed, [key], walls, 1000);
  });

  it('are tried shortest first, and a label beyond its lane only within its reach', () => {
    const req = at('a', 100, 'abcdef', { band: [40, 60], reach: [0, 100] });
    const spots = leaderSpots(req, measure, 13);
    const length = (i: number) => {
      const l = spots[i]!.leader;
      return l ? Math.hypot(l.at(-2)!, l.at(-1)!) : 0;
    };
    expect(length(0)).toBeLessThanOrEqual(length(spots.length - 1));
    expect(spots.every((s) => s.box.y0 >= 0 && s.box.y1 <= 100)).toBe(true);
    // Outside the band only with a line to show whose it is.
    expect(spots.filter((s) => s.box.y0 < 40 || s.box.y1 > 60).every((s) => s.leader)).toBe(true);
    const inBand = leaderSpots({ ...req, reach: undefined }, measure, 13);
    expect(inBand.every((s) => s.box.y0 >= 40 && s.box.y1 <= 60)).toBe(true);
  });

  it('leave a label out when no line can reach free space', () => {
    const closed = [
      ...walls,
      { x0: 0, y0: 0, x1: 1000, y1: 30 },
      { x0: 0, y0: 70, x1: 1000, y1: 100 },
    ];
    closed.push({ x0: 0, y0: 0, x1: 70, y1: 100 }, { x0: 130, y0: 0, x1: 1000, y1: 100 });
    const key = at('key', 100, 'abcdef', { makeRoom: true });
    expect(layoutLabels([key], options(closed)).has('key')).toBe(false);
  });

  it('cross no label, mark or other leader in seeded crowds, and more must-write labels get written (property)', () => {
    const random = seeded(23);
    let written = 0;
    let beside = 0;
    let leaders = 0;
    for (let round = 0; round < 40; round++) {
      const { requests, obstacles } = crowd(random, 45);
      const reachy = requests.map((r) => ({
        ...r,
        r: 6,
        band: [r.y - 12, r.y + 12] as const,
        reach: [10, 90] as const,
      }));
      const placed = layoutLabels(reachy, options(obstacles, 800));
      expectClearLayout(placed, reachy, obstacles, 800);
      const must = reachy.filter((r) => r.makeRoom);
      written += must.filter((r) => placed.has(r.key)).length;
      leaders += [...placed.values()].filter((l) => l.leader).length;
      // Without leader lines (no must-write labels), as a baseline.
      const plain = layoutLabels(
        reachy.map((r) => ({ ...r, makeRoom: false })),
        options(obstacles, 800),
      );
      beside += must.filter((r) => plain.has(r.key)).length;
    }
    expect(leaders).toBeGreaterThan(0);
    expect(written).toBeGreaterThan(beside);
  });
});

describe('bent leader lines', () => {
  // A mark on its lane's last row, its neighbours' labels on that row left and right of it and
  // a row above it full: free space only beyond the left neighbour's label, and a straight line
  // to it would cross that label.
  const band = [20, 80] as const;
  const hemmed = [markBox(300, 68), markBox(280, 68), markBox(320, 68)];
  hemmed.push({ x0: 150, y0: 61, x1: 272, y1: 75 }, { x0: 328, y0: 61, x1: 600, y1: 75 });
  hemmed.push({ x0: 0, y0: 20, x1: 600, y1: 58 }, { x0: 0, y0: 80, x1: 600, y1: 100 });

  it('run from the mark to the strip at its lane’s edge, along it, and into the label', () => {
    const key = at('key', 300, 'abcdefghij', { y: 68, band, makeRoom: true });
    const placed = layoutLabels([key], options(hemmed, 600));
    const label = placed.get('key')!;
    expect(label.leader).toBeDefined();
    const lines = leaderLines(key, label);
    expect(lines.length).toBeGreaterThan(1);
    // The bends lie on the band's bottom edge, where no mark is.
    expect(lines[1]!.ay).toBe(band[1]);
    expect(lines[1]!.by).toBe(band[1]);
    expectClearLayout(placed, [key], hemmed, 600);
    // Written beyond the left neighbour's label, on the mark's row.
    expect(label.box.x1).toBeLessThanOrEqual(150);
  });

  it('are not drawn where a straight one reaches free space as short', () => {
    const open = hemmed.slice(0, 3);
    const key = at('key', 300, 'abcdefghij', { y: 68, band, makeRoom: true });
    const label = layoutLabels([key], options(open, 600)).get('key');
    expect(label && leaderLines(key, label).length).toBeLessThanOrEqual(1);
  });
});
