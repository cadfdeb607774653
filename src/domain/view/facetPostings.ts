/**
 * The inverted index behind filtering and facet counts (facetIndex.ts): each event's values per
 * facet as numbered rows, and each value's event positions.
 */
import type { DatasetEvent, Role } from '../types';
import type { FacetKey } from './facets';
import type { Filters } from './viewState';

export const FACET_KEYS: readonly FacetKey[] = ['actors', 'places', 'sources', 'kinds'];
/** What an index is kept for: each facet, and each role of actors and places on its own. */
export type IndexKey = FacetKey | `${'actors' | 'places'}.${Role}`;
const INDEX_KEYS: readonly IndexKey[] = [
  ...FACET_KEYS,
  'actors.part',
  'actors.about',
  'places.part',
  'places.about',
];

/** The role a facet is narrowed to by `filters` (null: either role, or a facet without roles). */
export function facetRole(filters: Filters, key: FacetKey): Role | null {
  return key === 'actors' ? filters.actorRole : key === 'places' ? filters.placeRole : null;
}

export function indexKey(key: FacetKey, role: Role | null): IndexKey {
  return role !== null && (key === 'actors' || key === 'places') ? `${key}.${role}` : key;
}

/**
 * Inverted indexes of one events array, built once (O(total values)): for each facet value, the
 * positions of the events that carry it; and for each event, its values per facet (sources once
 * each). Filtering and facet counts then cost the events that match, not every event × filter.
 */
export interface FacetIndex {
  /** value → ascending event positions, per facet (and per role of actors and places). */
  postings: Record<IndexKey, Map<string, number[]>>;
  /** Each event's values as numbers, per facet (compressed rows: `ids[offsets[i]..offsets[i+1]]`). */
  values: Record<FacetKey, ValueRows>;
}

/** Event → value numbers, flat; `names[id]` is the value. Counting then needs no hashing. */
export interface ValueRows {
  offsets: Int32Array;
  /**
   * For actors and places, whose rows list an event's "took part" values before its "about"
   * ones: where each event's "about" values start (`ids[about[i]..offsets[i+1]]`), so one row
   * serves both roles and either. Null for the other facets.
   */
  about: Int32Array | null;
  ids: Int32Array;
  names: string[];
}

export const hasRoles = (key: FacetKey): key is 'actors' | 'places' =>
  key === 'actors' || key === 'places';

/** Ids in one role, or in either (an id holds one role in an event, so each comes once). */
function withRoles(
  part: readonly string[],
  about: readonly string[],
  role: Role | null,
): readonly string[] {
  if (role === 'part') return part;
  if (role === 'about') return about;
  return about.length === 0 ? part : [...part, ...about];
}

/**
 * The values an event carries for one facet, each once; actors and places in the given role
 * (`part`: took part or where it happened; `about`), or in either when `role` is null.
 */
export function eventFacetValues(
  event: DatasetEvent,
  key: FacetKey,
  role: Role | null = null,
): readonly string[] {
  switch (key) {
    case 'actors':
      return withRoles(event.actors, event.aboutActors, role);
    case 'places':
      return withRoles(event.places, event.aboutPlaces, role);
    case 'kinds':
      return [event.kind];
    case 'sources':
      return [...new Set(event.evidence.map((e) => e.article))];
  }
}

/** One facet's postings (either role) and value rows over `events`. */
function indexFacet(events: readonly DatasetEvent[], key: FacetKey) {
  const byValue = new Map<string, number[]>();
  const idOf = new Map<string, number>();
  const offsets = new Int32Array(events.length + 1);
  const about = hasRoles(key) ? new Int32Array(events.length) : null;
  const ids: number[] = [];
  events.forEach((event, i) => {
    // Either role lists the "took part" values first (withRoles).
    if (about) about[i] = ids.length + (key === 'actors' ? event.actors : event.places).length;
    for (const v of eventFacetValues(event, key)) {
      const list = byValue.get(v);
      if (list) list.push(i);
      else byValue.set(v, [i]);
      let id = idOf.get(v);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(v, id);
      }
      ids.push(id);
    }
    offsets[i + 1] = ids.length;
  });
  return {
    postings: byValue,
    values: { offsets, about, ids: Int32Array.from(ids), names: [...idOf.keys()] },
  };
}

/** The postings of one role of actors or places, from the facet's value rows (no hashing per value). */
function rolePostings({ offsets, about, ids, names }: ValueRows, role: Role) {
  const lists: number[][] = names.map(() => []);
  const n = offsets.length - 1;
  for (let i = 0; i < n; i++) {
    const split = about?.[i] ?? 0;
    const [from, to] = role === 'part' ? [offsets[i] ?? 0, split] : [split, offsets[i + 1] ?? 0];
    for (let j = from; j < to; j++) lists[ids[j] ?? 0]?.push(i);
  }
  const postings = new Map<string, number[]>();
  names.forEach((name, id) => {
    const list = lists[id];
    if (list && list.length > 0) postings.set(name, list);
  });
  return postings;
}

/**
 * Builds the index of `events` (O(total values)); `createFacetQueries` keeps it. The four
 * facets are indexed at once; the postings of each role of actors and places only when first
 * asked for (a reader narrowing to one role), so the first screen pays for what it shows.
 */
export function buildFacetIndex(events: readonly DatasetEvent[]): FacetIndex {
  const postings = {} as FacetIndex['postings'];
  const values = {} as FacetIndex['values'];
  for (const key of FACET_KEYS) {
    const built = indexFacet(events, key);
    postings[key] = built.postings;
    values[key] = built.values;
  }
  for (const key of INDEX_KEYS) {
    const [facet, role] = key.split('.') as [FacetKey, Role | undefined];
    if (role === undefined) continue;
    let built: Map<string, number[]> | null = null;
    Object.defineProperty(postings, key, {
      get: () => (built ??= rolePostings(values[facet], role)),
      enumerable: true,
    });
  }
  return { postings, values };
}
