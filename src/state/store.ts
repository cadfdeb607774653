import { createContext, useContext } from 'react';
import { createStore, useStore as useZustandStore, type StoreApi } from 'zustand';
import type { MapCamera } from '../domain/map/camera';
import type { ThemeChoice } from '../domain/preferences';
import { normaliseQuery } from '../domain/search/query';
import type { Dataset, EventKind, Role } from '../domain/types';
import {
  DEFAULT_VIEW,
  EMPTY_FILTERS,
  type Filters,
  type LaneMode,
  type LayoutMode,
  type ScaleMode,
  type ViewState,
} from '../domain/view/viewState';
import { createDerivedValues, type DerivedValues } from './derived';

/**
 * How a state change should reach browser history (read by the URL sync module): `push` a new
 * entry, `replace` the current one, or `step` (one of a run of keyboard steps through the
 * events): the first step of a run pushes, the following ones replace, so Back leaves the run.
 */
export type HistoryMode = 'push' | 'replace' | 'step';

/** One filter the user added, newest last: what "relax the last filter" undoes. */
export type FilterStep =
  { key: 'actors' | 'places' | 'sources' | 'kinds'; value: string } | { key: 'dates' };

/** A quote inside an article, in the article's paragraph offsets. */
export interface QuoteLocation {
  paragraph: number;
  start: number;
  end: number;
}

/** What "Read in source" asks for: an article, and optionally the quote to scroll to. */
export interface SourceTarget {
  article: string;
  paragraph: number | null;
  start: number | null;
  end: number | null;
}

/**
 * Where each piece of state lives:
 * - `view`: the shareable view; the URL is its canonical form (src/state/urlSync.ts).
 *   It includes the open source panels (`view.reading`).
 * - `sourceFocus`, `notice`, `filterSteps`: this session only, never in the URL.
 * - `theme`: remembered between visits (src/state/preferenceSync.ts), never in the URL.
 * - `dataset`: fixed for the store's life; `derived` holds what is computed from it (indexes,
 *   the search worker), made on first use and released with the store (`releaseAppStore`).
 */
export interface AppState {
  dataset: Dataset;
  derived: DerivedValues;
  view: ViewState;
  /** How the last view change should be recorded in history. */
  historyMode: HistoryMode;
  /** A short message for the user (e.g. a bad deep link was repaired); null when none. */
  notice: string | null;
  /** The quote the reader asked to see, scrolled into view and highlighted in its panel. */
  sourceFocus: ({ article: string } & QuoteLocation) | null;
  /** Filters in the order they were added (oldest first). */
  filterSteps: FilterStep[];
  /** The colour theme the reader chose (remembered by src/state/preferenceSync.ts). */
  theme: ThemeChoice;
  /** The place or event under the pointer (map <-> timeline linking); session only. */
  hoveredPlace: string | null;
  hoveredEvent: string | null;

  /**
   * Selects an event (or none); closes an open actor page, the two being exclusive. Selecting
   * another event than the story step's leaves the story (the reader went their own way).
   */
  eventSelected: (id: string | null) => void;
  /** The reader chose "Follow the story": step 1, over all events (filters cleared). Pushes. */
  storyStarted: () => void;
  /** The reader moved to a story step (0-based; out of range is ignored). Pushes history. */
  storyStepped: (index: number) => void;
  /** The reader left the story; the step's event stays selected and the timeline stays put. */
  storyLeft: () => void;
  /** A keyboard step to the next or previous event: selects it; a run of steps is one entry. */
  eventStepped: (id: string) => void;
  /** The reader opened a person's or organisation's page; deselects the event. Pushes history. */
  actorOpened: (id: string) => void;
  /** The reader closed the actor page. Pushes history. */
  actorClosed: () => void;
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
  /** Zoom and pan: replaces the history entry instead of pushing. */
  windowChanged: (window: readonly [number, number] | null) => void;
  scaleModeChanged: (scale: ScaleMode) => void;
  laneModeChanged: (lanes: LaneMode) => void;
  layoutChanged: (layout: LayoutMode) => void;
  /** Opens an article's panel (kept open beside the others) and focuses the quote, if given. */
  sourceOpened: (source: SourceTarget) => void;
  /** Opens several panels side by side, e.g. every source of the selected event. */
  sourcesCompared: (articles: readonly string[]) => void;
  sourceClosed: (article: string) => void;
  /** Closes every open source panel at once (one history entry). */
  sourcesClosed: () => void;
  /** A URL (back/forward, first load) was parsed into a view; does not write history. */
  viewRestored: (view: ViewState, notice: string | null) => void;
  noticeDismissed: () => void;
  themeChanged: (theme: ThemeChoice) => void;
  /** The reader typed a search (normalised here); replaces the history entry. */
  searchChanged: (query: string) => void;
  placeHovered: (id: string | null) => void;
  eventHovered: (id: string | null) => void;
  /** The reader opened or closed the map (opened fitted to the places). Pushes history. */
  mapToggled: () => void;
  /** The reader zoomed or panned the map (`'fit'`: back to all places); replaces the entry. */
  mapMoved: (camera: MapCamera | 'fit') => void;
  /**
   * A place picked on the map toggles the place filter and keeps the map where it is (`camera`:
   * what it shows now), where any other filter change refits it. One history entry.
   */
  mapPlaceToggled: (id: string, camera: MapCamera) => void;
}

type ListKey = 'actors' | 'places' | 'sources' | 'kinds';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The steps that rebuild `filters` when their order is unknown (a restored URL): facet order. */
function stepsOf(filters: Filters): FilterStep[] {
  const steps: FilterStep[] = [];
  for (const key of ['actors', 'places', 'sources', 'kinds'] as const) {
    for (const value of filters[key]) steps.push({ key, value });
  }
  if (filters.from !== null || filters.to !== null) steps.push({ key: 'dates' });
  return steps;
}

const sameStep = (a: FilterStep, b: FilterStep) =>
  a.key === b.key && (a.key === 'dates' || (b.key !== 'dates' && a.value === b.value));

/** After back/forward: keep the known order of the filters still active, then add the rest. */
function reconcileSteps(previous: readonly FilterStep[], filters: Filters): FilterStep[] {
  const wanted = stepsOf(filters);
  const kept = previous.filter((p) => wanted.some((w) => sameStep(p, w)));
  return [...kept, ...wanted.filter((w) => !kept.some((k) => sameStep(k, w)))];
}

/** Creates a fresh store; each test makes its own. */
export function createAppStore(dataset: Dataset, initialView: ViewState = DEFAULT_VIEW) {
  return createStore<AppState>()((set, get) => {
    const setFilters = (filters: Filters, filterSteps: FilterStep[]) =>
      // A filter change refits the timeline and an open map: the old views may show nothing.
      set((s) => ({
        view: { ...s.view, filters, window: null, map: s.view.map === null ? null : 'fit' },
        historyMode: 'push',
        filterSteps,
      }));

    /** The filters and steps after toggling one facet value. */
    const toggled = (key: ListKey, value: string) => {
      const { view, filterSteps } = get();
      const current: readonly string[] = view.filters[key];
      const adding = !current.includes(value);
      const steps = adding
        ? [...filterSteps, { key, value }]
        : filterSteps.filter((f) => !(f.key === key && f.value === value));
      return { filters: { ...view.filters, [key]: toggle(current, value) }, steps };
    };
    const toggleFacet = (key: ListKey, value: string) => {
      const { filters, steps } = toggled(key, value);
      setFilters(filters, steps);
    };

    return {
      dataset,
      derived: createDerivedValues(dataset),
      view: initialView,
      historyMode: 'replace',
      notice: null,
      sourceFocus: null,
      filterSteps: stepsOf(initialView.filters),
      theme: 'system',
      hoveredPlace: null,
      hoveredEvent: null,

      eventSelected: (id) =>
        set((s) =>
          s.view.event === id
            ? {}
            : {
                view: {
                  ...s.view,
                  event: id,
                  actor: id === null ? s.view.actor : null,
                  story: null,
                },
                historyMode: 'push',
                sourceFocus: null,
              },
        ),
      storyStarted: () => {
        const first = dataset.story.steps[0];
        if (!first) return;
        set((s) => ({
          // The story is told over every event; the window is left to the timeline to frame.
          view: {
            ...s.view,
            story: 0,
            event: first.event,
            actor: null,
            filters: EMPTY_FILTERS,
            window: null,
          },
          filterSteps: [],
          historyMode: 'push',
          sourceFocus: null,
        }));
      },
      storyStepped: (index) => {
        const step = Number.isInteger(index) ? dataset.story.steps[index] : undefined;
        if (!step || get().view.story === index) return;
        set((s) => ({
          view: { ...s.view, story: index, event: step.event, actor: null, window: null },
          historyMode: 'push',
          sourceFocus: null,
        }));
      },
      storyLeft: () =>
        set((s) =>
          s.view.story === null ? {} : { view: { ...s.view, story: null }, historyMode: 'push' },
        ),
      eventStepped: (id) =>
        set((s) =>
          s.view.event === id
            ? {}
            : {
                view: { ...s.view, event: id, actor: null, story: null },
                historyMode: 'step',
                sourceFocus: null,
              },
        ),
      actorOpened: (id) =>
        set((s) =>
          s.view.actor === id && s.view.event === null
            ? {}
            : { view: { ...s.view, event: null, actor: id, story: null }, historyMode: 'push' },
        ),
      actorClosed: () =>
        set((s) =>
          s.view.actor === null ? {} : { view: { ...s.view, actor: null }, historyMode: 'push' },
        ),
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
      windowChanged: (window) =>
        set((s) => ({ view: { ...s.view, window }, historyMode: 'replace' })),
      scaleModeChanged: (scale) =>
        set((s) => ({ view: { ...s.view, scale, window: null }, historyMode: 'push' })),
      laneModeChanged: (lanes) => set((s) => ({ view: { ...s.view, lanes }, historyMode: 'push' })),
      layoutChanged: (layout) => set((s) => ({ view: { ...s.view, layout }, historyMode: 'push' })),
      // Opening and closing panels push history, so Back closes the panel opened last.
      sourceOpened: ({ article, paragraph, start, end }) =>
        set((s) => ({
          ...(s.view.reading.includes(article)
            ? {}
            : { view: { ...s.view, reading: [...s.view.reading, article] }, historyMode: 'push' }),
          sourceFocus:
            paragraph !== null && start !== null && end !== null
              ? { article, paragraph, start, end }
              : null,
        })),
      sourcesCompared: (articles) =>
        set((s) => {
          const reading = [...new Set([...s.view.reading, ...articles])];
          return reading.length === s.view.reading.length
            ? {}
            : { view: { ...s.view, reading }, historyMode: 'push' };
        }),
      sourceClosed: (article) =>
        set((s) =>
          s.view.reading.includes(article)
            ? {
                view: { ...s.view, reading: s.view.reading.filter((a) => a !== article) },
                historyMode: 'push',
                sourceFocus: s.sourceFocus?.article === article ? null : s.sourceFocus,
              }
            : {},
        ),
      sourcesClosed: () =>
        set((s) =>
          s.view.reading.length === 0
            ? {}
            : { view: { ...s.view, reading: [] }, historyMode: 'push', sourceFocus: null },
        ),
      viewRestored: (view, notice) =>
        set((s) => ({
          view,
          notice,
          historyMode: 'replace',
          filterSteps: reconcileSteps(s.filterSteps, view.filters),
          sourceFocus:
            s.sourceFocus && view.reading.includes(s.sourceFocus.article) ? s.sourceFocus : null,
        })),
      noticeDismissed: () => set({ notice: null }),
      themeChanged: (theme) => set({ theme }),
      searchChanged: (text) => {
        const query = normaliseQuery(text);
        if (query !== get().view.query)
          set((s) => ({ view: { ...s.view, query }, historyMode: 'replace' }));
      },
      // Pointer moves fire often: only a real change notifies subscribers.
      placeHovered: (id) => {
        if (get().hoveredPlace !== id) set({ hoveredPlace: id });
      },
      eventHovered: (id) => {
        if (get().hoveredEvent !== id) set({ hoveredEvent: id });
      },
      mapToggled: () =>
        set((s) => ({
          view: { ...s.view, map: s.view.map === null ? 'fit' : null },
          historyMode: 'push',
        })),
      mapMoved: (camera) =>
        set((s) =>
          s.view.map === null ? {} : { view: { ...s.view, map: camera }, historyMode: 'replace' },
        ),
      mapPlaceToggled: (id, camera) => {
        const { filters, steps } = toggled('places', id);
        set((s) => ({
          view: { ...s.view, filters, window: null, map: camera },
          historyMode: 'push',
          filterSteps: steps,
        }));
      },
    };
  });
}

export type AppStore = StoreApi<AppState>;

/** Frees what the store derived from its dataset (indexes, the search worker) once it is done. */
export function releaseAppStore(store: AppStore): void {
  store.getState().derived.release();
}

export const StoreContext = createContext<AppStore | null>(null);

/** The store from context, for components that call actions outside render (event handlers). */
export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreContext.Provider>');
  return store;
}

/** Reads a slice of the app store; selectors must return stable references (zustand v5). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useZustandStore(useStoreApi(), selector);
}

/** The store's actions (stable functions), for event handlers; reading them never re-renders. */
export type AppActions = {
  [
    K in keyof AppState as AppState[K] extends (...args: never[]) => unknown ? K : never
  ]: AppState[K];
};

/** The actions of the store in context. */
export function useActions(): AppActions {
  return useStoreApi().getState();
}
