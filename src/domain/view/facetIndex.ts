import { getOrCreate } from '../cache';
import type { DatasetEvent, Role } from '../types';
import type { FacetKey } from './facets';
import {
  buildFacetIndex,
  eventFacetValues,
  FACET_KEYS,
  facetRole,
  hasRoles,
  indexKey,
  type FacetIndex,
  type IndexKey,
} from './facetPostings';
import { hasActiveFilters, type Filters } from './viewState';

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
