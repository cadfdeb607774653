import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketOf, bucketSpan, createCounter } from '../../../src/domain/shards/counts';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('the overview counter', () => {
  it('counts per key and day, week (from the first day) and calendar month', () => {
    const counter = createCounter();
    const rows: [string, string[]][] = [
      ['2022-01-30', ['kind:strike', 'actor:a']],
      ['2022-01-31', ['kind:strike']],
      ['2022-02-05', ['kind:talks', 'actor:a']],
      ['2022-02-06', ['kind:strike']],
      ['2022-03-01', ['kind:strike', 'actor:a']],
    ];
    for (const [date, keys] of rows) counter.add(date, keys);
    const [day, week, month] = counter.levels();
    expect(day!.unit).toBe('day');
    expect(day!.start).toBe('2022-01-30');
    expect(day!.buckets).toBe(31);
    expect(day!.counts['kind:strike']![0]).toBe(1);
    expect(day!.counts['kind:strike']![7]).toBe(1);
    expect(week!.counts['kind:strike']).toEqual([2, 1, 0, 0, 1]);
    expect(week!.counts['actor:a']).toEqual([2, 0, 0, 0, 1]);
    expect(month!.start).toBe('2022-01-01');
    expect(month!.counts['kind:strike']).toEqual([2, 1, 1]);
    expect(month!.counts['kind:talks']).toEqual([0, 1, 0]);
    expect(counter.totals()).toEqual({ 'kind:strike': 4, 'kind:talks': 1, 'actor:a': 3 });
  });

  it('gives no levels without events', () => {
    expect(createCounter().levels()).toEqual([]);
  });

  it('puts every date in the bucket whose span holds it, at every level (seeded)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000 }),
        fc.integer({ min: 0, max: 3_000 }),
        (a, b) => {
          const start = Date.UTC(2020, 0, 1);
          const [first, date] = [
            iso(start + Math.min(a, b) * DAY),
            iso(start + Math.max(a, b) * DAY),
          ];
          const counter = createCounter();
          counter.add(first, ['k']);
          counter.add(date, ['k']);
          for (const level of counter.levels()) {
            const i = bucketOf(level, date);
            const [from, to] = bucketSpan(level, i);
            const ms = Date.parse(`${date}T00:00:00Z`);
            expect(ms >= from && ms < to).toBe(true);
            expect(level.counts.k![i]).toBeGreaterThanOrEqual(1);
            expect(level.counts.k!.reduce((x, y) => x + y, 0)).toBe(2);
          }
        },
      ),
      { seed: 15, numRuns: 200 },
    );
  });
});
