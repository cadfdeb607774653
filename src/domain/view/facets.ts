import type { Actor, Dataset, DatasetEvent, Place } from '../types';
import type { FacetQueries } from './facetIndex';
import { matchesFilters } from './filter';
import { EMPTY_FILTERS, type Filters } from './viewState';

/** The four list facets (the date range is the fifth, handled apart). */
export type FacetKey = 'actors' | 'places' | 'sources' | 'kinds';

/** One active facet as a reader would name it, with how many events it matches on its own. */
export interface FilterGroupSummary {
  /** `actors` … `kinds`, or `dates` for the date range. */
  key: FacetKey | 'dates';
  /** E.g. "Sergey Lavrov or Dmytro Kuleba", "9 Mar 2022 to 11 Mar 2022". */
  label: string;
  /** Events this facet alone leaves. */
  alone: number;
}

/**
 * Explains a filter combination: each active facet with how many events it leaves alone.
 * When the whole combination is empty but every facet alone matches something, the facets
 * simply have no event in common; a facet with `alone === 0` is empty by itself.
 */
export function summariseFilters(
  events: readonly DatasetEvent[],
  filters: Filters,
  nameOf: (key: FacetKey, id: string) => string,
  formatDate: (iso: string) => string,
): FilterGroupSummary[] {
  const count = (only: Filters) => events.filter((e) => matchesFilters(e, only)).length;
  const groups: FilterGroupSummary[] = [];
  for (const key of ['actors', 'places', 'sources', 'kinds'] as const) {
    const ids: readonly string[] = filters[key];
    if (ids.length === 0) continue;
    const label = ids.map((id) => nameOf(key, id)).join(' or ');
    groups.push({ key, label, alone: count({ ...EMPTY_FILTERS, [key]: ids }) });
  }
  if (filters.from !== null || filters.to !== null) {
    const { from, to } = filters;
    const label =
      from !== null && to !== null
        ? `${formatDate(from)} to ${formatDate(to)}`
        : from !== null
          ? `from ${formatDate(from)}`
          : `until ${formatDate(to ?? '')}`;
    groups.push({ key: 'dates', label, alone: count({ ...EMPTY_FILTERS, from, to }) });
  }
  return groups;
}

/** How many events each article reports (its evidence backs them), for the sources facet. */
export function eventsPerSource(queries: FacetQueries): Map<string, number> {
  return queries.counts(EMPTY_FILTERS, 'sources');
}

/** A dataset's actors and places as the filters list them: by name, with their details. */
export interface NamesInOrder {
  actors: readonly Actor[];
  places: readonly Place[];
  /** The name of each place's country, by place id ('' for a country, or where none is known). */
  countries: ReadonlyMap<string, string>;
}

/**
 * Sorts the dataset's actors and places by name and names each place's country, once per
 * dataset (the store keeps it).
 */
export function namesInOrder(dataset: Dataset): NamesInOrder {
  const collator = new Intl.Collator('en');
  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
  const name = new Map(dataset.places.map((p) => [p.id, p.name]));
  const countries = new Map(
    dataset.places.map((p) => [
      p.id,
      p.kind === 'country' ? '' : (name.get(p.country ?? '') ?? ''),
    ]),
  );
  return {
    actors: [...dataset.actors].sort(byName),
    places: [...dataset.places].sort(byName),
    countries,
  };
}
