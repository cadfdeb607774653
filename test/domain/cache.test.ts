import { describe, expect, it, vi } from 'vitest';
import { getOrCreate } from '../../src/domain/cache';

describe('getOrCreate', () => {
  it('makes a value once per key and returns the kept one after', () => {
    const map = new Map<string, { n: number }>();
    const make = vi.fn((key: string) => ({ n: key.length }));
    const first = getOrCreate(map, 'abc', make);
    expect(first).toEqual({ n: 3 });
    expect(getOrCreate(map, 'abc', make)).toBe(first);
    expect(getOrCreate(map, 'de', make)).toEqual({ n: 2 });
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('works over a WeakMap keyed by objects, and keeps falsy values', () => {
    const map = new WeakMap<object, number>();
    const key = {};
    const make = vi.fn(() => 0);
    expect(getOrCreate(map, key, make)).toBe(0);
    expect(getOrCreate(map, key, make)).toBe(0);
    expect(make).toHaveBeenCalledOnce();
  });
});
