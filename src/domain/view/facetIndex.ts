import type { DatasetEvent, Role } from '../types';
import type { FacetKey } from './facets';
import type { Filters } from './viewState';

const FACET_KEYS: readonly FacetKey[] = ['actors', 'places', 'sources', 'kinds'];
/** What an index is kept for: each facet, and each role of actors and places on its own. */
type IndexKey = FacetKey | `${'actors' | 'places'}.${Role}`;
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

function indexKey(key: FacetKey, role: Role | null): IndexKey {
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
  values: Record<IndexKey, ValueRows>;
}

/** Event → value numbers, flat; `names[id]` is the value. Counting then needs no hashing. */
export interface ValueRows {
  offsets: Int32Array;
  ids: Int32Array;
  names: string[];
}

const indexes = new WeakMap<readonly DatasetEvent[], FacetIndex>();

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

function indexValues(event: DatasetEvent, key: IndexKey): readonly string[] {
  const [facet, role] = key.split('.') as [FacetKey, Role | undefined];
  return eventFacetValues(event, facet, role ?? null);
}

/** The index of `events` (cached per array: the dataset's events never change). */
export function facetIndexOf(events: readonly DatasetEvent[]): FacetIndex {
  let index = indexes.get(events);
  if (index) return index;
  const postings = {} as FacetIndex['postings'];
  const values = {} as FacetIndex['values'];
  for (const key of INDEX_KEYS) {
    const byValue = new Map<string, number[]>();
    const idOf = new Map<string, number>();
    const offsets = new Int32Array(events.length + 1);
    const ids: number[] = [];
    events.forEach((event, i) => {
      for (const v of indexValues(event, key)) {
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
    postings[key] = byValue;
    values[key] = { offsets, ids: Int32Array.from(ids), names: [...idOf.keys()] };
  }
  index = { postings, values };
  indexes.set(events, index);
  return index;
}

/**
 * How many of the active constraints (each non-empty facet, and the date range) each event fails,
 * and which facet it fails when it fails exactly one: enough to answer both "which events pass"
 * (0 failures) and "what would each facet's counts be without its own selection" (0 failures, or
 * 1 failure in that facet) in one pass. Cached per (events, filters) pair.
 */
export interface FilterMisses {
  /** Number of failed constraints per event. */
  misses: Uint8Array;
  /** For events with exactly one failed facet constraint: that facet's number (FACET_KEYS order), else 255. */
  onlyMiss: Uint8Array;
  /** Facet counts already computed for these filters (per facet, and per role). */
  counts: Map<IndexKey, Map<string, number>>;
}

const missCache = new WeakMap<readonly DatasetEvent[], WeakMap<Filters, FilterMisses>>();
const DATES = 4;
const NONE = 255;

export function filterMisses(events: readonly DatasetEvent[], filters: Filters): FilterMisses {
  let byFilters = missCache.get(events);
  if (!byFilters) {
    byFilters = new WeakMap();
    missCache.set(events, byFilters);
  }
  const cached = byFilters.get(filters);
  if (cached) return cached;

  const { postings } = facetIndexOf(events);
  const n = events.length;
  const misses = new Uint8Array(n);
  const onlyMiss = new Uint8Array(n).fill(NONE);
  const fail = (i: number, constraint: number) => {
    misses[i] = (misses[i] ?? 0) + 1;
    onlyMiss[i] = misses[i] === 1 ? constraint : NONE;
  };
  const hit = new Uint8Array(n);
  FACET_KEYS.forEach((key, k) => {
    const selected: readonly string[] = filters[key];
    if (selected.length === 0) return;
    hit.fill(0);
    const postingsOf = postings[indexKey(key, facetRole(filters, key))];
    for (const value of selected) for (const i of postingsOf.get(value) ?? []) hit[i] = 1;
    for (let i = 0; i < n; i++) if (!hit[i]) fail(i, k);
  });
  const { from, to } = filters;
  if (from !== null || to !== null) {
    events.forEach((e, i) => {
      if ((from !== null && e.date < from) || (to !== null && e.date > to)) fail(i, DATES);
    });
  }
  const result = { misses, onlyMiss, counts: new Map() };
  byFilters.set(filters, result);
  return result;
}

/** The events passing every constraint, in their original order. */
export function indexedFilter(events: readonly DatasetEvent[], filters: Filters): DatasetEvent[] {
  const { misses } = filterMisses(events, filters);
  return events.filter((_, i) => misses[i] === 0);
}

/**
 * For every value of facet `key`: how many events would be shown with that value selected,
 * given the other active facets (the facet's own selection is ignored, as OR within a facet
 * means each option stands alone). Values with no events are absent from the map. Read from the
 * cached misses (the four facets of one view share one pass; each facet's counts are cached too).
 * For actors and places, `role` counts one role only (by default, the role the filters narrow to).
 */
export function indexedFacetCounts(
  events: readonly DatasetEvent[],
  filters: Filters,
  key: FacetKey,
  role: Role | null = facetRole(filters, key),
): Map<string, number> {
  const found = filterMisses(events, filters);
  const at = indexKey(key, role);
  const cached = found.counts.get(at);
  if (cached) return cached;
  const { misses, onlyMiss } = found;
  const own = FACET_KEYS.indexOf(key);
  const { offsets, ids, names } = facetIndexOf(events).values[at];
  const tally = new Int32Array(names.length);
  for (let i = 0; i < events.length; i++) {
    const m = misses[i];
    if (m !== 0 && !(m === 1 && onlyMiss[i] === own)) continue;
    for (let j = offsets[i] ?? 0; j < (offsets[i + 1] ?? 0); j++) {
      const id = ids[j] ?? 0;
      tally[id] = (tally[id] ?? 0) + 1;
    }
  }
  const counts = new Map<string, number>();
  names.forEach((name, id) => {
    const n = tally[id] ?? 0;
    if (n > 0) counts.set(name, n);
  });
  found.counts.set(at, counts);
  return counts;
}
