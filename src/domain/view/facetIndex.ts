import { getOrCreate } from '../cache';
import type { DatasetEvent, Role } from '../types';
import type { FacetKey } from './facets';
import { hasActiveFilters, type Filters } from './viewState';

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

const hasRoles = (key: FacetKey): key is 'actors' | 'places' =>
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
function buildFacetIndex(events: readonly DatasetEvent[]): FacetIndex {
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

/**
 * How many of the active constraints (each non-empty facet, and the date range) each event fails,
 * and which facet it fails when it fails exactly one: enough to answer both "which events pass"
 * (0 failures) and "what would each facet's counts be without its own selection" (0 failures, or
 * 1 failure in that facet) in one pass. Kept per filters object by `createFacetQueries`.
 */
interface FilterMisses {
  /** Number of failed constraints per event. */
  misses: Uint8Array;
  /** For events with exactly one failed facet constraint: that facet's number (FACET_KEYS order), else 255. */
  onlyMiss: Uint8Array;
  /** The events passing every constraint, once asked for. */
  passing: DatasetEvent[] | null;
  /** Facet counts already computed for these filters (per facet, and per role). */
  counts: Map<IndexKey, Map<string, number>>;
}

const DATES = 4;
const NONE = 255;

/** Counts, per event, the constraints of `filters` it fails (see `FilterMisses`). */
function filterMisses(
  events: readonly DatasetEvent[],
  { postings }: FacetIndex,
  filters: Filters,
): FilterMisses {
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
  return { misses, onlyMiss, passing: null, counts: new Map() };
}

/**
 * Filtering and facet counts over one events array. The index is built when first needed and each
 * answer is kept per filters object (the store replaces `filters` on every change, so the same
 * object means the same filters): whoever creates the queries owns these caches and drops them
 * with it (the store, per dataset: src/state/derived.ts).
 */
export interface FacetQueries {
  /** Built when a constraint or a role first needs it, or when `prepare` is called. */
  readonly index: FacetIndex;
  /**
   * Builds the index now (for an idle moment): without constraints the queries answer without
   * it, so a first screen with no filter does not wait for it, but the first filter would.
   */
  prepare: () => void;
  /** The events passing every constraint, in their original order (the same array each time). */
  filter: (filters: Filters) => DatasetEvent[];
  /**
   * For every value of facet `key`: how many events would be shown with that value selected,
   * given the other active facets (the facet's own selection is ignored, as OR within a facet
   * means each option stands alone). Values with no events are absent from the map. The four
   * facets of one view share one pass over the events. For actors and places, `role` counts one
   * role only (by default, the role the filters narrow to).
   */
  counts: (filters: Filters, key: FacetKey, role?: Role | null) => Map<string, number>;
}

export function createFacetQueries(events: readonly DatasetEvent[]): FacetQueries {
  let index: FacetIndex | null = null;
  const indexed = () => (index ??= buildFacetIndex(events));
  const byFilters = new WeakMap<Filters, FilterMisses>();
  // Without constraints every event passes: its answers are kept once, whatever the object
  // (a role alone narrows nothing), and need no index until it is built.
  let unconstrained: FilterMisses | null = null;
  const missesOf = (filters: Filters) =>
    hasActiveFilters(filters)
      ? getOrCreate(byFilters, filters, () => filterMisses(events, indexed(), filters))
      : (unconstrained ??= noMisses(events.length));
  return {
    get index() {
      return indexed();
    },
    prepare: () => void indexed(),
    filter: (filters) => {
      const found = missesOf(filters);
      found.passing ??=
        found === unconstrained ? [...events] : events.filter((_, i) => found.misses[i] === 0);
      return found.passing;
    },
    counts: (filters, key, role = facetRole(filters, key)) => {
      const found = missesOf(filters);
      return getOrCreate(found.counts, indexKey(key, role), () =>
        index === null && found === unconstrained
          ? tallyFacet(events, key, role)
          : countFacet(events.length, indexed(), found, key, role),
      );
    },
  };
}

/** The answers of filters that constrain nothing: no event misses any. */
function noMisses(n: number): FilterMisses {
  return {
    misses: new Uint8Array(n),
    onlyMiss: new Uint8Array(n).fill(NONE),
    passing: null,
    counts: new Map(),
  };
}

/** How many events carry each value of one facet (in one role), counted without an index. */
function tallyFacet(
  events: readonly DatasetEvent[],
  key: FacetKey,
  role: Role | null,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const v of eventFacetValues(event, key, role)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/** The values counted above zero, by name. */
function countsByName(names: readonly string[], tally: Int32Array): Map<string, number> {
  const counts = new Map<string, number>();
  names.forEach((name, id) => {
    const count = tally[id] ?? 0;
    if (count > 0) counts.set(name, count);
  });
  return counts;
}

/**
 * The counts of one facet (in one role) from the misses of the current filters. Actors and
 * places are counted in every role in the same pass (their options show either role and the
 * "about" one), and each role's counts are kept in `found.counts`.
 */
function countFacet(
  n: number,
  index: FacetIndex,
  found: FilterMisses,
  key: FacetKey,
  role: Role | null,
): Map<string, number> {
  const { misses, onlyMiss } = found;
  const own = FACET_KEYS.indexOf(key);
  const { offsets, about, ids, names } = index.values[key];
  const tally = new Int32Array(names.length);
  const tallyAbout = about ? new Int32Array(names.length) : null;
  for (let i = 0; i < n; i++) {
    const m = misses[i];
    if (m !== 0 && !(m === 1 && onlyMiss[i] === own)) continue;
    const end = offsets[i + 1] ?? 0;
    for (let j = offsets[i] ?? 0; j < end; j++) {
      const id = ids[j] ?? 0;
      tally[id] = (tally[id] ?? 0) + 1;
    }
    if (!about || !tallyAbout) continue;
    for (let j = about[i] ?? end; j < end; j++) {
      const id = ids[j] ?? 0;
      tallyAbout[id] = (tallyAbout[id] ?? 0) + 1;
    }
  }
  const either = countsByName(names, tally);
  if (!hasRoles(key) || !tallyAbout) return either;
  const part = tally.map((count, id) => count - (tallyAbout[id] ?? 0));
  const byRole = {
    part: countsByName(names, part),
    about: countsByName(names, tallyAbout),
  };
  found.counts.set(key, either);
  found.counts.set(`${key}.part`, byRole.part);
  found.counts.set(`${key}.about`, byRole.about);
  return role === null ? either : byRole[role];
}
