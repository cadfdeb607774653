import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFacetQueries } from '../../../src/domain/view/facetIndex';
import type { FacetKey } from '../../../src/domain/view/facets';
import { matchesFilters } from '../../../src/domain/view/filter';
import { EMPTY_FILTERS, type Filters } from '../../../src/domain/view/viewState';
import {
  EVENT_KINDS,
  type DatasetEvent,
  type EventKind,
  type Role,
} from '../../../src/domain/types';
import { makeEvent } from '../../helpers/factories';

const ACTORS = ['a1', 'a2', 'a3', 'a4'];
const PLACES = ['p1', 'p2', 'p3'];
const ARTICLES = ['s1', 's2', 's3'];
const DAYS = ['2022-03-01', '2022-03-05', '2022-03-09', '2022-03-12'];

/** Unique ids split between the two roles (an id holds one role in an event). */
const rolesArb = (ids: readonly string[], max: number) =>
  fc
    .tuple(fc.uniqueArray(fc.constantFrom(...ids), { maxLength: max }), fc.array(fc.boolean()))
    .map(([all, about]) => ({
      part: all.filter((_, i) => !about[i]),
      about: all.filter((_, i) => about[i] === true),
    }));
const roleArb = fc.constantFrom(null, 'part' as const, 'about' as const);

const eventArb: fc.Arbitrary<EventSpec> = fc.record({
  actors: rolesArb(ACTORS, 3),
  places: rolesArb(PLACES, 2),
  sources: fc.array(fc.constantFrom(...ARTICLES), { minLength: 1, maxLength: 3 }),
  kind: fc.constantFrom(...EVENT_KINDS),
  date: fc.constantFrom(...DAYS),
});

interface EventSpec {
  actors: { part: string[]; about: string[] };
  places: { part: string[]; about: string[] };
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
      actors: s.actors.part,
      aboutActors: s.actors.about,
      places: s.places.part,
      aboutPlaces: s.places.about,
      kind: s.kind,
      date: s.date,
      evidence: s.sources.map((article) => ({ ...quote, article })),
    };
  });
}

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  actors: fc.uniqueArray(fc.constantFrom(...ACTORS, 'unknown'), { maxLength: 2 }),
  places: fc.uniqueArray(fc.constantFrom(...PLACES), { maxLength: 2 }),
  actorRole: roleArb,
  placeRole: roleArb,
  sources: fc.uniqueArray(fc.constantFrom(...ARTICLES), { maxLength: 2 }),
  kinds: fc.uniqueArray(fc.constantFrom(...EVENT_KINDS), { maxLength: 2 }),
  from: fc.option(fc.constantFrom(...DAYS), { nil: null }),
  to: fc.option(fc.constantFrom(...DAYS), { nil: null }),
});

/** The definitions, written the slow and obvious way (from the event's fields, not the code). */
function roleIds(e: DatasetEvent, key: 'actors' | 'places', role: Role | null): string[] {
  const [part, about] = key === 'actors' ? [e.actors, e.aboutActors] : [e.places, e.aboutPlaces];
  return role === 'part' ? part : role === 'about' ? about : [...part, ...about];
}
function valuesOf(e: DatasetEvent, key: FacetKey, role: Role | null): string[] {
  if (key === 'actors' || key === 'places') return roleIds(e, key, role);
  return key === 'kinds' ? [e.kind] : [...new Set(e.evidence.map((q) => q.article))];
}
const passes = (e: DatasetEvent, f: Filters) =>
  (f.actors.length === 0 || roleIds(e, 'actors', f.actorRole).some((a) => f.actors.includes(a))) &&
  (f.places.length === 0 || roleIds(e, 'places', f.placeRole).some((p) => f.places.includes(p))) &&
  (f.sources.length === 0 || e.evidence.some((q) => f.sources.includes(q.article))) &&
  (f.kinds.length === 0 || f.kinds.includes(e.kind)) &&
  (f.from === null || e.date >= f.from) &&
  (f.to === null || e.date <= f.to);
const naiveFilter = (events: DatasetEvent[], f: Filters) => events.filter((e) => passes(e, f));
function naiveCounts(events: DatasetEvent[], f: Filters, key: FacetKey, role: Role | null) {
  const counts = new Map<string, number>();
  for (const e of naiveFilter(events, { ...f, [key]: [] })) {
    for (const v of valuesOf(e, key, role)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}
const narrowedTo = (f: Filters, key: FacetKey) =>
  key === 'actors' ? f.actorRole : key === 'places' ? f.placeRole : null;

describe('facet indexes', () => {
  it('filter and facet counts equal their definitions for any events and filters', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), filtersArb, (specs, filters) => {
        const events = eventsOf(specs);
        const queries = createFacetQueries(events);
        // Unconstrained filters are answered without the index until it is built: both ways.
        const prepared = createFacetQueries(events);
        prepared.prepare();
        expect(queries.filter(filters).map((e) => e.id)).toEqual(
          naiveFilter(events, filters).map((e) => e.id),
        );
        expect(events.filter((e) => matchesFilters(e, filters)).map((e) => e.id)).toEqual(
          naiveFilter(events, filters).map((e) => e.id),
        );
        for (const key of ['actors', 'places', 'sources', 'kinds'] as const) {
          const naive = naiveCounts(events, filters, key, narrowedTo(filters, key));
          expect(queries.counts(filters, key)).toEqual(naive);
          expect(prepared.counts(filters, key)).toEqual(naive);
        }
        // Counts per role, whatever the narrowing.
        for (const key of ['actors', 'places'] as const) {
          for (const role of ['part', 'about'] as const) {
            const naive = naiveCounts(events, filters, key, role);
            expect(queries.counts(filters, key, role)).toEqual(naive);
            expect(prepared.counts(filters, key, role)).toEqual(naive);
          }
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('answers filters that constrain nothing without the index, as the index would', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), roleArb, roleArb, (specs, a, p) => {
        const events = eventsOf(specs);
        const filters: Filters = { ...EMPTY_FILTERS, actorRole: a, placeRole: p };
        const lazy = createFacetQueries(events);
        const prepared = createFacetQueries(events);
        prepared.prepare();
        expect(lazy.filter(filters)).toEqual(events);
        for (const key of ['actors', 'places', 'sources', 'kinds'] as const) {
          const naive = naiveCounts(events, filters, key, narrowedTo(filters, key));
          expect(lazy.counts(filters, key)).toEqual(naive);
          expect(prepared.counts(filters, key)).toEqual(naive);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts a source once per event however many quotes it gives', () => {
    const events = eventsOf([
      {
        actors: { part: [], about: [] },
        places: { part: [], about: [] },
        sources: ['s1', 's1', 's2'],
        kind: 'talks',
        date: DAYS[0] as string,
      },
    ]);
    const queries = createFacetQueries(events);
    expect(queries.counts(EMPTY_FILTERS, 'sources')).toEqual(
      new Map([
        ['s1', 1],
        ['s2', 1],
      ]),
    );
    expect(queries.index.postings.sources.get('s1')).toEqual([0]);
  });

  it('keeps each answer per filters object, and another queries object shares none', () => {
    const events = eventsOf([
      {
        actors: { part: ['a1'], about: [] },
        places: { part: [], about: [] },
        sources: ['s1'],
        kind: 'talks',
        date: DAYS[0] as string,
      },
    ]);
    const queries = createFacetQueries(events);
    const filters: Filters = { ...EMPTY_FILTERS, actors: ['a1'] };
    expect(queries.filter(filters)).toBe(queries.filter(filters));
    expect(queries.filter(EMPTY_FILTERS)).toBe(queries.filter({ ...EMPTY_FILTERS }));
    expect(queries.counts(EMPTY_FILTERS, 'kinds')).toBe(queries.counts(EMPTY_FILTERS, 'kinds'));
    expect(queries.counts(filters, 'actors')).toBe(queries.counts(filters, 'actors'));
    // Equal filters in a new object (a restored link) are answered afresh, equally.
    expect(queries.filter({ ...filters })).not.toBe(queries.filter(filters));
    expect(queries.filter({ ...filters })).toEqual(queries.filter(filters));
    const other = createFacetQueries(events);
    expect(other.index).not.toBe(queries.index);
    expect(other.filter(filters)).not.toBe(queries.filter(filters));
  });

  it('keeps the counts of no filter once, before and after the index is built', () => {
    const events = eventsOf([
      {
        actors: { part: ['a1'], about: ['a2'] },
        places: { part: ['p1'], about: [] },
        sources: ['s1'],
        kind: 'talks',
        date: DAYS[0] as string,
      },
    ]);
    const queries = createFacetQueries(events);
    const before = (['actors', 'places', 'sources', 'kinds'] as const).map((key) =>
      queries.counts(EMPTY_FILTERS, key),
    );
    const about = queries.counts(EMPTY_FILTERS, 'actors', 'about');
    queries.prepare();
    // A first filter's options ask for these again: they are not counted a second time.
    (['actors', 'places', 'sources', 'kinds'] as const).forEach((key, i) =>
      expect(queries.counts({ ...EMPTY_FILTERS, actorRole: 'about' }, key, null)).toBe(before[i]),
    );
    expect(queries.counts(EMPTY_FILTERS, 'actors', 'about')).toBe(about);
    expect(about).toEqual(new Map([['a2', 1]]));
  });
});
