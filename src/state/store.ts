import { createContext, useContext } from 'react';
import { createStore, useStore as useZustandStore, type StoreApi } from 'zustand';
import type { Dataset, EventKind } from '../domain/types';
import {
  DEFAULT_VIEW,
  EMPTY_FILTERS,
  type Filters,
  type LaneMode,
  type LayoutMode,
  type ScaleMode,
  type ViewState,
} from '../domain/view/viewState';

/** How a state change should reach browser history (read by the URL sync module). */
export type HistoryMode = 'push' | 'replace';

export interface AppState {
  dataset: Dataset;
  view: ViewState;
  /** How the last view change should be recorded in history. */
  historyMode: HistoryMode;
  /** A short message for the user (e.g. a bad deep link was repaired); null when none. */
  notice: string | null;
  /** The article whose source panel is open and the evidence to scroll to, if any. */
  openSource: {
    article: string;
    paragraph: number | null;
    start: number | null;
    end: number | null;
  } | null;

  eventSelected: (id: string | null) => void;
  actorToggled: (id: string) => void;
  placeToggled: (id: string) => void;
  sourceToggled: (id: string) => void;
  kindToggled: (kind: EventKind) => void;
  dateRangeChanged: (from: string | null, to: string | null) => void;
  filtersCleared: () => void;
  /** Undo the most recently added filter value (offered when a filter leaves nothing). */
  lastFilterRelaxed: () => void;
  /** Zoom and pan: replaces the history entry instead of pushing. */
  windowChanged: (window: readonly [number, number] | null) => void;
  scaleModeChanged: (scale: ScaleMode) => void;
  laneModeChanged: (lanes: LaneMode) => void;
  layoutChanged: (layout: LayoutMode) => void;
  sourceOpened: (source: AppState['openSource']) => void;
  /** A URL (back/forward, first load) was parsed into a view; does not write history. */
  viewRestored: (view: ViewState, notice: string | null) => void;
  noticeDismissed: () => void;
}

type FilterKey = 'actors' | 'places' | 'sources' | 'kinds';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Creates a fresh store; each test makes its own. */
export function createAppStore(dataset: Dataset, initialView: ViewState = DEFAULT_VIEW) {
  // Order in which filter values were added, so "relax the last filter" can undo the newest.
  let filterLog: Array<{ key: FilterKey; value: string }> = [];

  return createStore<AppState>()((set, get) => {
    const setFilters = (filters: Filters, mode: HistoryMode = 'push') =>
      // A filter change refits the timeline: the old zoom window may show nothing.
      set((s) => ({ view: { ...s.view, filters, window: null }, historyMode: mode }));

    const toggleFacet = (key: FilterKey, value: string) => {
      const current = get().view.filters[key] as string[];
      const adding = !current.includes(value);
      filterLog = adding
        ? [...filterLog, { key, value }]
        : filterLog.filter((f) => !(f.key === key && f.value === value));
      setFilters({ ...get().view.filters, [key]: toggle(current, value) });
    };

    return {
      dataset,
      view: initialView,
      historyMode: 'replace',
      notice: null,
      openSource: null,

      eventSelected: (id) =>
        set((s) => ({ view: { ...s.view, event: id }, historyMode: 'push', openSource: null })),
      actorToggled: (id) => toggleFacet('actors', id),
      placeToggled: (id) => toggleFacet('places', id),
      sourceToggled: (id) => toggleFacet('sources', id),
      kindToggled: (kind) => toggleFacet('kinds', kind),
      dateRangeChanged: (from, to) => setFilters({ ...get().view.filters, from, to }),
      filtersCleared: () => {
        filterLog = [];
        setFilters(EMPTY_FILTERS);
      },
      lastFilterRelaxed: () => {
        const last = filterLog.at(-1);
        const filters = get().view.filters;
        if (last) {
          filterLog = filterLog.slice(0, -1);
          const list = filters[last.key] as string[];
          setFilters({ ...filters, [last.key]: list.filter((v) => v !== last.value) });
        } else if (filters.from || filters.to) {
          setFilters({ ...filters, from: null, to: null });
        } else {
          setFilters(EMPTY_FILTERS);
        }
      },
      windowChanged: (window) =>
        set((s) => ({ view: { ...s.view, window }, historyMode: 'replace' })),
      scaleModeChanged: (scale) =>
        set((s) => ({ view: { ...s.view, scale, window: null }, historyMode: 'push' })),
      laneModeChanged: (lanes) => set((s) => ({ view: { ...s.view, lanes }, historyMode: 'push' })),
      layoutChanged: (layout) => set((s) => ({ view: { ...s.view, layout }, historyMode: 'push' })),
      sourceOpened: (openSource) => set({ openSource }),
      viewRestored: (view, notice) => {
        filterLog = [];
        set({ view, notice, historyMode: 'replace' });
      },
      noticeDismissed: () => set({ notice: null }),
    };
  });
}

export type AppStore = StoreApi<AppState>;

export const StoreContext = createContext<AppStore | null>(null);

/** Reads a slice of the app store; selectors must return stable references (zustand v5). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreContext.Provider>');
  return useZustandStore(store, selector);
}
