import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_LOADED,
  MAX_VISIBLE,
  planShards,
  shardTransition,
  shardsOverlapping,
  type ShardEvent,
  type ShardStatuses,
} from '../../../src/domain/shards/loader';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** Shard i covers the days 2i + 1 and 2i + 2 of January 2022. */
const overview = {
  shards: Array.from({ length: 30 }, (_, i) => {
    const first = new Date(at('2022-01-01') + 2 * i * DAY).toISOString().slice(0, 10);
    const last = new Date(at('2022-01-01') + (2 * i + 1) * DAY).toISOString().slice(0, 10);
    return { file: `s/${i}.json`, first, last, events: 10, bytes: 1 };
  }),
};

describe('the shard state machine', () => {
  it.each<[string | undefined, ShardEvent, string | undefined]>([
    [undefined, 'requested', 'loading'],
    ['loading', 'arrived', 'loaded'],
    ['loading', 'failed', 'failed'],
    ['loading', 'evicted', undefined],
    ['loaded', 'evicted', undefined],
    ['failed', 'retried', 'loading'],
  ])('%s, %s: %s', (from, event, to) => {
    const statuses: ShardStatuses = from ? { 3: from as 'loading' } : {};
    expect(shardTransition(statuses, 3, event)[3]).toBe(to);
  });

  it.each<[string | undefined, ShardEvent]>([
    [undefined, 'arrived'], // an answer for a shard released meanwhile
    [undefined, 'failed'],
    ['loading', 'requested'],
    ['loaded', 'requested'],
    ['loaded', 'arrived'],
    ['failed', 'requested'], // a failed shard waits for the reader to retry
    ['failed', 'evicted'],
  ])('ignores %s, %s (same object)', (from, event) => {
    const statuses: ShardStatuses = from ? { 3: from as 'loading' } : {};
    expect(shardTransition(statuses, 3, event)).toBe(statuses);
  });
});

describe('planning which shards to read', () => {
  it('finds the shards whose days meet a window', () => {
    expect(shardsOverlapping(overview, [at('2022-01-03'), at('2022-01-06')])).toEqual([1, 2]);
    expect(shardsOverlapping(overview, [at('2022-01-04') + 1, at('2022-01-04') + 2])).toEqual([1]);
    expect(shardsOverlapping(overview, [at('2023-01-01'), at('2023-02-01')])).toEqual([]);
  });

  it('reads the window’s shards and one neighbour each side', () => {
    const plan = planShards({
      overview,
      statuses: { 2: 'loaded' },
      window: [at('2022-01-05'), at('2022-01-09')],
      pinned: [],
    });
    // Days 5 to 8 are shards 2 and 3.
    expect(plan.wanted.sort((a, b) => a - b)).toEqual([1, 2, 3, 4]);
    expect(plan.load.sort((a, b) => a - b)).toEqual([1, 3, 4]);
    expect(plan.evict).toEqual([]);
  });

  it('reads nothing for a window too wide, or fitted (null), but keeps the pinned shard', () => {
    const wide = planShards({
      overview,
      statuses: {},
      window: [at('2022-01-01'), at('2022-01-01') + 2 * (MAX_VISIBLE + 1) * DAY],
      pinned: [],
    });
    expect(wide.load).toEqual([]);
    expect(planShards({ overview, statuses: {}, window: null, pinned: [7] }).load).toEqual([7]);
  });

  it('releases the shards farthest from the window past the limit, never a wanted one', () => {
    const statuses: Record<number, 'loaded'> = {};
    for (let n = 0; n < MAX_LOADED; n++) statuses[n] = 'loaded';
    const plan = planShards({
      overview,
      statuses,
      window: [at('2022-01-29'), at('2022-01-31')], // shard 14: wants 13, 14, 15
      pinned: [0],
    });
    expect(plan.load.sort((a, b) => a - b)).toEqual([13, 14, 15]);
    expect(plan.evict).toEqual([1, 2, 3]);
    expect(Object.keys(statuses).length + plan.load.length - plan.evict.length).toBe(MAX_LOADED);
  });

  it('does not read a failed shard again', () => {
    const plan = planShards({
      overview,
      statuses: { 4: 'failed' },
      window: [at('2022-01-09'), at('2022-01-10')],
      pinned: [],
    });
    expect(plan.load).not.toContain(4);
  });
});

describe('the shards meeting a window', () => {
  /** Every shard tested one by one: what the bisection must agree with. */
  const naive = (shards: { first: string; last: string }[], [from, to]: [number, number]) =>
    shards.flatMap((s, i) => (at(s.first) < to && at(s.last) + DAY > from ? [i] : []));
  const day = (n: number) => new Date(at('2022-01-01') + n * DAY).toISOString().slice(0, 10);

  it('agrees with testing every shard, for shards in date order sharing days or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(3), fc.nat(4)), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: -5 * DAY, max: 200 * DAY }),
        fc.integer({ min: 1, max: 60 * DAY }),
        (steps, from, length) => {
          // Each shard starts where the last one ended or a few days later, and lasts a few days.
          let start = 0;
          const shards = steps.map(([gap, days], i) => {
            start += i === 0 ? 0 : gap;
            const entry = {
              file: '',
              first: day(start),
              last: day(start + days),
              events: 1,
              bytes: 1,
            };
            start += days;
            return entry;
          });
          const window: [number, number] = [
            at('2022-01-01') + from,
            at('2022-01-01') + from + length,
          ];
          expect(shardsOverlapping({ shards }, window)).toEqual(naive(shards, window));
        },
      ),
      { seed: 15, numRuns: 300 },
    );
  });
});
