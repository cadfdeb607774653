import { describe, expect, it } from 'vitest';
import { createRng, mulberry32 } from '../../../../scripts/bench/synthetic/prng';

describe('mulberry32', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const next = mulberry32(1);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = next();
      if (!(x >= 0 && x < 1)) outside++;
      else buckets[Math.floor(x * 10)]!++;
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('createRng', () => {
  const rng = createRng(3);

  it('int covers both ends of its inclusive range', () => {
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 3)));
    expect(seen).toEqual(new Set([1, 2, 3]));
  });

  it('sample returns distinct items and clips to the list length', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const s = rng.sample(items, 3);
    expect(new Set(s).size).toBe(3);
    expect(rng.sample(items, 9).sort()).toEqual(items);
  });

  it('weighted never picks a zero-weight item', () => {
    for (let i = 0; i < 200; i++) expect(rng.weighted(['x', 'y', 'z'], [1, 0, 1])).not.toBe('y');
  });

  it('normal is centred with unit spread', () => {
    const xs = Array.from({ length: 20_000 }, () => rng.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(variance - 1)).toBeLessThan(0.1);
  });
});
