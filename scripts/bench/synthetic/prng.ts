/**
 * A tiny seeded PRNG (mulberry32) and the few draws the generator needs. Deterministic
 * on every platform: only 32-bit integer maths, no Math.random, no dates from the clock.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One element, index drawn with the given (unnormalised) weights. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** Approximately standard normal (sum of uniforms; bounded, which suits dates). */
  normal(): number;
  /** `count` distinct elements in random order (count clipped to items.length). */
  sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32: 32-bit state, period 2^32, good enough for test data (not for crypto). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const at = <T>(items: readonly T[], i: number): T => {
    if (i < 0 || i >= items.length) throw new RangeError(`no element ${i} in ${items.length}`);
    return items[i] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => at(items, Math.floor(next() * items.length)),
    weighted: (items, weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return at(items, i);
      }
      return at(items, items.length - 1);
    },
    normal: () => {
      let sum = 0;
      for (let i = 0; i < 6; i++) sum += next();
      return (sum - 3) * Math.SQRT2;
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      const pool = items.slice();
      const n = Math.min(count, pool.length);
      // Partial Fisher-Yates: the first n slots end up a uniform sample.
      for (let i = 0; i < n; i++) {
        const j = int(i, pool.length - 1);
        [pool[i], pool[j]] = [at(pool, j), at(pool, i)];
      }
      return pool.slice(0, n);
    },
  };
}
