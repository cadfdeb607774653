import { describe, expect, it } from 'vitest';
import { groupWindow, linearGroups } from '../../../src/domain/timeline/outliers';

/** `count` events one day apart from `start`. */
const run = (start: number, count: number) => Array.from({ length: count }, (_, i) => start + i);

describe('linearGroups', () => {
  it('sets one distant early event apart from the main cluster (one event in 2014, 76 in 2022)', () => {
    const main = run(2970, 76).map((u) => u + 0.5);
    const found = linearGroups([0.5, ...main]);
    expect(found).toEqual({
      groups: [
        { lo: 0.5, hi: 0.5, count: 1 },
        { lo: 2970.5, hi: 3045.5, count: 76 },
      ],
      main: 1,
    });
  });

  it('finds outliers on both sides, in any order of the input', () => {
    const units = [...run(500, 40), 10, 12, 2000];
    const found = linearGroups([...units].reverse());
    expect(found?.groups.map((g) => g.count)).toEqual([2, 40, 1]);
    expect(found?.main).toBe(1);
    expect(found?.groups[0]).toMatchObject({ lo: 10, hi: 12 });
  });

  it('leaves the axis alone when no few events stand far apart', () => {
    expect(linearGroups(run(0, 50))).toBeNull();
    // A gap three times as long as the cluster is not a break, nor one beside a single busy day.
    expect(linearGroups([0, ...run(150, 50)])).toBeNull();
    expect(linearGroups([...Array(8).fill(0.5), 20.5])).toBeNull();
    // Too many events on the far side to be called outliers (more than 5%).
    expect(linearGroups([...run(0, 10), ...run(3000, 40)])).toBeNull();
    expect(linearGroups([1, 2])).toBeNull();
    expect(linearGroups([])).toBeNull();
  });

  it('puts every event in exactly one group, the main one the largest (seeded property)', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let round = 0; round < 200; round++) {
      const n = 3 + Math.floor(random() * 80);
      const units = Array.from({ length: n }, () =>
        random() < 0.05 ? random() * 5000 : 2000 + random() * 60,
      );
      const found = linearGroups(units);
      if (!found) continue;
      const { groups, main } = found;
      expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(n);
      for (const g of groups) expect(g.count).toBeLessThanOrEqual(groups[main]!.count);
      for (let i = 1; i < groups.length; i++) {
        expect(groups[i]!.lo).toBeGreaterThan(groups[i - 1]!.hi);
      }
      const inside = units.filter((u) => u >= groups[main]!.lo && u <= groups[main]!.hi);
      expect(inside.length).toBe(groups[main]!.count);
    }
  });
});

describe('groupWindow', () => {
  it('shows the group with air on both sides, at least as wide as asked', () => {
    const [a, b] = groupWindow({ lo: 100, hi: 139, count: 40 });
    expect(a).toBeLessThan(100);
    expect(b).toBeGreaterThan(140);
    expect(groupWindow({ lo: 0, hi: 0, count: 1 }, 40)).toEqual([-19.5, 20.5]);
  });
});
