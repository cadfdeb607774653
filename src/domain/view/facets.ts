import type { Dataset, DatasetEvent, Role } from '../types';
import { eventFacetValues, indexedFacetCounts } from './facetIndex';
import { matchesFilters } from './filter';
import { EMPTY_FILTERS, type Filters } from './viewState';

/** The four list facets (the date range is the fifth, handled apart). */
export type FacetKey = 'actors' | 'places' | 'sources' | 'kinds';

/** The values an event carries for one facet, each once. */
export const facetValues = eventFacetValues;

/**
 * For every value of facet `key`: how many events would be shown with that value selected,
 * given the other active facets (the facet's own selection is ignored, as OR within a facet
 * means each option stands alone). Values with no events are absent from the map. Uses the
 * inverted indexes of src/domain/view/facetIndex.ts (the four facets of one view share one pass).
 * For actors and places, `role` counts one role only (by default, the role the filters narrow to).
 */
export function facetCounts(
  events: readonly DatasetEvent[],
  filters: Filters,
  key: FacetKey,
  role?: Role | null,
): Map<string, number> {
  return indexedFacetCounts(events, filters, key, role);
}

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
export function eventsPerSource(dataset: Dataset): Map<string, number> {
  return facetCounts(dataset.events, EMPTY_FILTERS, 'sources');
}
