import { describe, expect, it } from 'vitest';
import { createFacetQueries, type FacetQueries } from '../../../src/domain/view/facetIndex';
import { eventsPerSource, summariseFilters } from '../../../src/domain/view/facets';
import { EMPTY_FILTERS, type Filters } from '../../../src/domain/view/viewState';
import { makeStory } from '../../helpers/factories';

const { events } = makeStory();
const f = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });
const queries = createFacetQueries(events);
const counts = (filters: Filters, key: Parameters<FacetQueries['counts']>[1]) =>
  Object.fromEntries(queries.counts(filters, key));

describe('facet counts', () => {
  it.each([
    ['actors, no filters', f({}), 'actors', { 'sergey-lavrov': 2, 'dmytro-kuleba': 2 }],
    ['places, no filters', f({}), 'places', { antalya: 1, mariupol: 1, kyiv: 1 }],
    [
      'places given an actor',
      f({ actors: ['sergey-lavrov'] }),
      'places',
      { antalya: 1, mariupol: 1 },
    ],
    // A facet's own selection does not narrow its counts: each option stands alone (OR).
    [
      'actors given an actor',
      f({ actors: ['sergey-lavrov'] }),
      'actors',
      { 'sergey-lavrov': 2, 'dmytro-kuleba': 2 },
    ],
    ['actors given a place', f({ places: ['kyiv'] }), 'actors', {}],
    ['kinds', f({ actors: ['dmytro-kuleba'] }), 'kinds', { talks: 1, statement: 1 }],
    ['sources', f({}), 'sources', { 'wire-report': 3, 'blog-post': 1 }],
    ['date range', f({ from: '2022-03-11' }), 'kinds', {}],
  ] as const)('%s', (_name, filters, key, expected) => {
    expect(counts(filters, key)).toEqual(expected);
  });

  it('counts a source once per event even with several quotes from it', () => {
    const event = events[0]!;
    const twice = { ...event, evidence: [...event.evidence, ...event.evidence] };
    expect(createFacetQueries([twice]).counts(EMPTY_FILTERS, 'sources').get('wire-report')).toBe(1);
  });
});

describe('summariseFilters', () => {
  const name = (_key: string, id: string) => id.toUpperCase();
  it('names each active facet with what it leaves alone', () => {
    const groups = summariseFilters(
      events,
      f({ actors: ['sergey-lavrov', 'dmytro-kuleba'], places: ['kyiv'], from: '2022-03-01' }),
      name,
      (d) => `<${d}>`,
    );
    expect(groups).toEqual([
      { key: 'actors', label: 'SERGEY-LAVROV or DMYTRO-KULEBA', alone: 3 },
      { key: 'places', label: 'KYIV', alone: 1 },
      { key: 'dates', label: 'from <2022-03-01>', alone: 4 },
    ]);
  });

  it('is empty without filters', () => {
    expect(summariseFilters(events, EMPTY_FILTERS, name, String)).toEqual([]);
  });
});

describe('eventsPerSource', () => {
  it('counts the events each article reports', () => {
    expect(Object.fromEntries(eventsPerSource(createFacetQueries(makeStory().events)))).toEqual({
      'wire-report': 3,
      'blog-post': 1,
    });
  });
});
