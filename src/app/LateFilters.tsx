import { hasActiveFilters } from '../domain/view/viewState';
import { useAppStore } from '../state/store';
import { useLoadedAfterFirstFrame } from '../shared/useLoadedAfterFirstFrame';
import { FirstScreenPart } from './FirstScreenPart';
import { FilterChipsPanel } from './lazyPanels';
// oxlint-disable-next-line import/no-unassigned-import -- the first screen's filters need it from the first paint
import '../features/filters/filters.css';

type Filters = typeof import('../features/filters/FiltersPanel');

let loading: Promise<Filters> | null = null;
let loaded: Filters | null = null;

/** Loads the filters' chunk once (the prerender awaits it: renderFirstScreen.tsx). */
export const loadFilters = () =>
  (loading ??= import('../features/filters/FiltersPanel').then((m) => {
    loaded = m;
    return m;
  }));

/**
 * The filters, whose code (the facet lists, their counts and styles) is a chunk loaded once the
 * first frame has been presented. Until it is here, the prerendered first screen's filters stay
 * in their place, disabled as they were painted; where the first screen showed another view, or
 * a filter has been chosen since, the column stays empty meanwhile.
 */
export function LateFilters() {
  const filters = useLoadedAfterFirstFrame(loadFilters, loaded);
  const filtered = useAppStore((s) => hasActiveFilters(s.view.filters));
  if (filters) return <filters.FiltersPanel Chips={FilterChipsPanel.Component} />;
  return filtered ? null : <FirstScreenPart selector=".sidebar .filters" />;
}
