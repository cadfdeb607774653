import { hasActiveFilters } from '../domain/view/viewState';
import { useAppStore } from '../state/store';
import { FirstScreenPart, latePart } from '../shared/FirstScreenPart';
import { lateModule } from '../shared/lateModule';
import { loadOverviewStrip } from '../features/timeline/LateOverviewStrip';
import { loadTimelineToolbar } from '../features/timeline/LateTimelineToolbar';
import { FilterChipsPanel } from './lazyPanels';
// The late parts' styles: the first screen's copies of them need them from the first paint.
// oxlint-disable-next-line import/no-unassigned-import -- the filters' stylesheet
import '../features/filters/filters.css';
// oxlint-disable-next-line import/no-unassigned-import -- the search field's stylesheet
import '../features/search/searchBox.css';
// oxlint-disable-next-line import/no-unassigned-import -- the sharing buttons' stylesheet
import '../features/share/share.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stories buttons' stylesheet
import '../features/stories/menu.css';

/**
 * Parts of the first screen whose code is a chunk loaded once the first frame has been
 * presented. Until a part's code is here, the prerendered first screen's copy of it stays in its
 * place, disabled as it was painted (FirstScreenPart); where the first screen showed another
 * view, the place stays empty meanwhile.
 */

const filters = lateModule(() => import('../features/filters/FiltersPanel'));
const mastheadTools = lateModule(() => import('./MastheadTools'));

/** Loads every late part (the prerender draws them as the app does once they are in). */
export const loadLateParts = () =>
  Promise.all([filters.load(), mastheadTools.load(), loadOverviewStrip(), loadTimelineToolbar()]);

/** The filters (facet lists, their counts and styles). Where a filter is on, nothing meanwhile. */
export function LateFilters() {
  const loaded = filters.use();
  const filtered = useAppStore((s) => hasActiveFilters(s.view.filters));
  if (loaded) return <loaded.FiltersPanel Chips={FilterChipsPanel.Component} />;
  return filtered ? null : <FirstScreenPart selector=".sidebar .filters" />;
}

/** The masthead's search field and controls (MastheadTools.tsx). */
export const LateMastheadTools = latePart(
  mastheadTools,
  (m) => m.MastheadTools,
  '.masthead .masthead-tools',
);
