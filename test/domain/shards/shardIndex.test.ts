import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildShardIndex, matchShard } from '../../../src/domain/shards/shardIndex';
import { eventKeys, idBucket } from '../../../src/domain/shards/format';
import { EVENT_KINDS, type DatasetEvent, type EventKind } from '../../../src/domain/types';

const ACTORS = ['a', 'b', 'c', 'd'];
const PLACES = ['x', 'y', 'z'];

interface Draft {
  kind: EventKind;
  actors: string[];
  aboutActors: string[];
  places: string[];
  article: string;
}

const eventArb: fc.Arbitrary<Draft> = fc.record({
  kind: fc.constantFrom(...EVENT_KINDS),
  actors: fc.subarray(ACTORS),
  aboutActors: fc.subarray(ACTORS),
  places: fc.subarray(PLACES),
  article: fc.constantFrom('s1', 's2', 's3'),
});

const toEvent = (e: Draft, i: number): DatasetEvent => ({
  id: `ev-${i}`,
  date: '2022-01-01',
  datePrecision: 'day',
  dateBasis: '',
  title: '',
  summary: '',
  kind: e.kind,
  actors: e.actors,
  // An id holds one role in an event.
  aboutActors: e.aboutActors.filter((a) => !e.actors.includes(a)),
  places: e.places,
  aboutPlaces: [],
  evidence: [{ article: e.article, quote: 'q', paragraph: 0, start: 0, end: 1 }],
});

describe('a shard’s facet index', () => {
  it('matches what a scan of the events finds, for any filter (seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 40 }),
        fc.subarray(ACTORS),
        fc.subarray(PLACES),
        fc.subarray([...EVENT_KINDS]),
        (drafts, actors, places, kinds) => {
          const events = drafts.map(toEvent);
          const index = buildShardIndex(events);
          const got = matchShard(index, events.length, [
            actors.map((a) => `actor:${a}`),
            places.map((p) => `place:${p}`),
            kinds.map((k) => `kind:${k}`),
          ]);
          // The oracle reads the events themselves, by the filters' definition.
          const expected = events.flatMap((e, i) => {
            const who = [...e.actors, ...e.aboutActors];
            const ok =
              (actors.length === 0 || actors.some((a) => who.includes(a))) &&
              (places.length === 0 || places.some((p) => e.places.includes(p))) &&
              (kinds.length === 0 || kinds.includes(e.kind));
            return ok ? [i] : [];
          });
          expect(got).toEqual(expected);
        },
      ),
      { seed: 15, numRuns: 300 },
    );
  });

  it('indexes the articles that cite each event', () => {
    const events = [eventArb, eventArb].map((_, i) =>
      toEvent({ kind: 'strike', actors: [], aboutActors: [], places: [], article: `s${i}` }, i),
    );
    expect(buildShardIndex(events)['source:s1']).toEqual([1]);
  });

  it('counts an actor in both roles once', () => {
    const event = toEvent(
      { kind: 'talks', actors: ['a'], aboutActors: ['b'], places: ['x'], article: 's1' },
      0,
    );
    expect(eventKeys(event)).toEqual(['kind:talks', 'actor:a', 'actor:b', 'place:x']);
  });
});

describe('the id index’s bucket', () => {
  it('is FNV-1a: stable, in range and spread over the buckets', () => {
    // FNV-1a 32 of "a" is 0xe40c292c.
    expect(idBucket('a', 2 ** 31)).toBe(0xe40c292c % 2 ** 31);
    const counts = new Array<number>(16).fill(0);
    for (let i = 0; i < 16_000; i++) counts[idBucket(`ev-${i}-strike-kyiv`, 16)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(800);
    expect(Math.max(...counts)).toBeLessThan(1_200);
  });
});
