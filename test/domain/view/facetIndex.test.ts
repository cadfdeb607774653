import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  facetIndexOf,
  indexedFacetCounts,
  indexedFilter,
} from '../../../src/domain/view/facetIndex';
import { facetValues, type FacetKey } from '../../../src/domain/view/facets';
import { matchesFilters } from '../../../src/domain/view/filter';
import { EMPTY_FILTERS, type Filters } from '../../../src/domain/view/viewState';
import { EVENT_KINDS, type DatasetEvent, type EventKind } from '../../../src/domain/types';
import { makeEvent } from '../../helpers/factories';

const ACTORS = ['a1', 'a2', 'a3', 'a4'];
const PLACES = ['p1', 'p2', 'p3'];
const ARTICLES = ['s1', 's2', 's3'];
const DAYS = ['2022-03-01', '2022-03-05', '2022-03-09', '2022-03-12'];

const eventArb: fc.Arbitrary<EventSpec> = fc.record({
  actors: fc.uniqueArray(fc.constantFrom(...ACTORS), { maxLength: 3 }),
  places: fc.uniqueArray(fc.constantFrom(...PLACES), { maxLength: 2 }),
  sources: fc.array(fc.constantFrom(...ARTICLES), { minLength: 1, maxLength: 3 }),
  kind: fc.constantFrom(...EVENT_KINDS),
  date: fc.constantFrom(...DAYS),
});

interface EventSpec {
  actors: string[];
  places: string[];
  sources: string[];
  kind: EventKind;
  date: string;
}

function eventsOf(specs: EventSpec[]): DatasetEvent[] {
  return specs.map((s, i) => {
    const base = makeEvent({ id: `e${i}` });
    const quote = base.evidence[0];
    if (!quote) throw new Error('the factory event has evidence');
    return {
      ...base,
      actors: s.actors,
      places: s.places,
      kind: s.kind,
      date: s.date,
      evidence: s.sources.map((article) => ({ ...quote, article })),
    };
  });
}

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  actors: fc.uniqueArray(fc.constantFrom(...ACTORS, 'unknown'), { maxLength: 2 }),
  places: fc.uniqueArray(fc.constantFrom(...PLACES), { maxLength: 2 }),
  sources: fc.uniqueArray(fc.constantFrom(...ARTICLES), { maxLength: 2 }),
  kinds: fc.uniqueArray(fc.constantFrom(...EVENT_KINDS), { maxLength: 2 }),
  from: fc.option(fc.constantFrom(...DAYS), { nil: null }),
  to: fc.option(fc.constantFrom(...DAYS), { nil: null }),
});

/** The definitions, written the slow and obvious way. */
const naiveFilter = (events: DatasetEvent[], f: Filters) =>
  events.filter((e) => matchesFilters(e, f));
function naiveCounts(events: DatasetEvent[], f: Filters, key: FacetKey) {
  const counts = new Map<string, number>();
  for (const e of naiveFilter(events, { ...f, [key]: [] })) {
    for (const v of facetValues(e, key)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

describe('facet indexes', () => {
  it('filter and facet counts equal their definitions for any events and filters', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), filtersArb, (specs, filters) => {
        const events = eventsOf(specs);
        expect(indexedFilter(events, filters).map((e) => e.id)).toEqual(
          naiveFilter(events, filters).map((e) => e.id),
        );
        for (const key of ['actors', 'places', 'sources', 'kinds'] as const) {
          expect(indexedFacetCounts(events, filters, key)).toEqual(
            naiveCounts(events, filters, key),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('counts a source once per event however many quotes it gives', () => {
    const events = eventsOf([
      {
        actors: [],
        places: [],
        sources: ['s1', 's1', 's2'],
        kind: 'talks',
        date: DAYS[0] as string,
      },
    ]);
    expect(indexedFacetCounts(events, EMPTY_FILTERS, 'sources')).toEqual(
      new Map([
        ['s1', 1],
        ['s2', 1],
      ]),
    );
    expect(facetIndexOf(events).postings.sources.get('s1')).toEqual([0]);
  });

  it('builds the index once per events array', () => {
    const events = eventsOf([
      { actors: ['a1'], places: [], sources: ['s1'], kind: 'talks', date: DAYS[0] as string },
    ]);
    expect(facetIndexOf(events)).toBe(facetIndexOf(events));
  });
});
