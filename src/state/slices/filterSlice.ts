import type { EventKind, Role } from '../../domain/types';
import { EMPTY_FILTERS, type Filters } from '../../domain/view/viewState';
import { toggledFacet, type FilterStep, type ListKey } from './filterSteps';
import type { SliceCreator } from './slice';

/** The filters, and the order the reader added them in (`filterSteps`). */
export interface FilterSlice {
  actorToggled: (id: string) => void;
  placeToggled: (id: string) => void;
  sourceToggled: (id: string) => void;
  kindToggled: (kind: EventKind) => void;
  /** The reader narrowed the actor or place filter to one role (null: either role). Pushes. */
  facetRoleChosen: (facet: 'actors' | 'places', role: Role | null) => void;
  dateRangeChanged: (from: string | null, to: string | null) => void;
  filtersCleared: () => void;
  /** Undo the most recently added filter value (offered when a filter leaves nothing). */
  lastFilterRelaxed: () => void;
}

export const createFilterSlice: SliceCreator<FilterSlice> = (set, get) => {
  const setFilters = (filters: Filters, filterSteps: FilterStep[]) =>
    // A filter change refits the timeline and an open map: the old views may show nothing.
    set((s) => ({
      view: { ...s.view, filters, window: null, map: s.view.map === null ? null : 'fit' },
      historyMode: 'push',
      filterSteps,
    }));
  const toggleFacet = (key: ListKey, value: string) => {
    const { view, filterSteps } = get();
    const { filters, steps } = toggledFacet(view.filters, filterSteps, key, value);
    setFilters(filters, steps);
  };

  return {
    actorToggled: (id) => toggleFacet('actors', id),
    placeToggled: (id) => toggleFacet('places', id),
    sourceToggled: (id) => toggleFacet('sources', id),
    kindToggled: (kind) => toggleFacet('kinds', kind),
    facetRoleChosen: (facet, role) => {
      const { view, filterSteps } = get();
      const field = facet === 'actors' ? 'actorRole' : 'placeRole';
      if (view.filters[field] === role) return;
      setFilters({ ...view.filters, [field]: role }, filterSteps);
    },
    dateRangeChanged: (from, to) => {
      const { view, filterSteps } = get();
      if (view.filters.from === from && view.filters.to === to) return;
      const others = filterSteps.filter((f) => f.key !== 'dates');
      const steps: FilterStep[] = from || to ? [...others, { key: 'dates' }] : others;
      setFilters({ ...view.filters, from, to }, steps);
    },
    filtersCleared: () => setFilters(EMPTY_FILTERS, []),
    lastFilterRelaxed: () => {
      const { view, filterSteps } = get();
      const last = filterSteps.at(-1);
      if (!last) return;
      const rest = filterSteps.slice(0, -1);
      if (last.key === 'dates') setFilters({ ...view.filters, from: null, to: null }, rest);
      else {
        const list: readonly string[] = view.filters[last.key];
        setFilters({ ...view.filters, [last.key]: list.filter((v) => v !== last.value) }, rest);
      }
    },
  };
};
