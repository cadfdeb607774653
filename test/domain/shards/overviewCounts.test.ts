import { describe, expect, it } from 'vitest';
import { overviewBars, overviewLevel } from '../../../src/domain/shards/overviewCounts';
import type { CountLevel, Overview } from '../../../src/domain/shards/format';
import { EMPTY_FILTERS } from '../../../src/domain/view/viewState';

const level: CountLevel = {
  unit: 'week',
  start: '2022-01-03',
  buckets: 3,
  counts: {
    'kind:strike': [4, 0, 2],
    'kind:talks': [1, 3, 0],
    'actor:a': [2, 1, 0],
    'actor:b': [1, 1, 1],
    'place:x': [3, 0, 2],
  },
};
const counts = (bars: ReturnType<typeof overviewBars>) => bars.map((b) => b.count);

describe('the overview’s bars under the filters', () => {
  it('count every event without facet filters (the kinds are exclusive)', () => {
    const bars = overviewBars(level, EMPTY_FILTERS);
    expect(counts(bars)).toEqual([5, 3, 2]);
    expect(bars.every((b) => b.exact)).toBe(true);
  });

  it('sum chosen kinds exactly, and one actor exactly', () => {
    expect(counts(overviewBars(level, { ...EMPTY_FILTERS, kinds: ['strike', 'talks'] }))).toEqual([
      5, 3, 2,
    ]);
    const one = overviewBars(level, { ...EMPTY_FILTERS, actors: ['a'] });
    expect(counts(one)).toEqual([2, 1, 0]);
    expect(one.every((b) => b.exact)).toBe(true);
  });

  it('give an upper bound where the counts cannot say: two actors, facets combined, roles', () => {
    const two = overviewBars(level, { ...EMPTY_FILTERS, actors: ['a', 'b'] });
    expect(counts(two)).toEqual([3, 2, 1]);
    expect(two.some((b) => b.exact)).toBe(false);
    const both = overviewBars(level, { ...EMPTY_FILTERS, actors: ['a'], places: ['x'] });
    expect(counts(both)).toEqual([2, 0, 0]);
    expect(both.some((b) => b.exact)).toBe(false);
    const role = overviewBars(level, { ...EMPTY_FILTERS, actors: ['a'], actorRole: 'part' });
    expect(role.some((b) => b.exact)).toBe(false);
  });

  it('choose the finest level with few enough bars', () => {
    const levels = [
      { ...level, unit: 'day' as const, buckets: 200 },
      level,
      { ...level, unit: 'month' as const, buckets: 2 },
    ];
    const overview = { levels } as unknown as Overview;
    expect(overviewLevel(overview, 60)?.unit).toBe('week');
    expect(overviewLevel(overview, 1)?.unit).toBe('month');
  });
});
