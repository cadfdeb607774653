import { indexedFilter } from '../domain/view/facetIndex';
import type { Filters } from '../domain/view/viewState';
import type { Actor, Article, Dataset, DatasetEvent, Mention, Place } from '../domain/types';
import { useAppStore, type AppState } from './store';

// Memoised on the identity of the events array and the filters object: zoom and pan change
// `view.window` only, so they never re-run filtering.
let lastEvents: readonly DatasetEvent[] | null = null;
let lastFilters: Filters | null = null;
let lastResult: DatasetEvent[] = [];

/** The events passing the current filters (stable reference while filters are unchanged). */
export function selectFilteredEvents(state: AppState): DatasetEvent[] {
  const events = state.dataset.events;
  const filters = state.view.filters;
  if (events !== lastEvents || filters !== lastFilters) {
    lastEvents = events;
    lastFilters = filters;
    lastResult = indexedFilter(events, filters);
  }
  return lastResult;
}

export const useFilteredEvents = () => useAppStore(selectFilteredEvents);

/** Lookups by id over one dataset, built once per dataset. */
export interface DatasetIndex {
  events: Map<string, DatasetEvent>;
  actors: Map<string, Actor>;
  places: Map<string, Place>;
  articles: Map<string, Article>;
  /** Each article's mentions. */
  mentionsByArticle: Map<string, Mention[]>;
}

const indexes = new WeakMap<Dataset, DatasetIndex>();

/** The id lookups of the store's dataset (stable reference). */
export function selectIndex(state: AppState): DatasetIndex {
  const dataset = state.dataset;
  let index = indexes.get(dataset);
  if (!index) {
    const byId = <T extends { id: string }>(list: readonly T[]) =>
      new Map(list.map((x) => [x.id, x]));
    const mentionsByArticle = new Map<string, Mention[]>();
    for (const m of dataset.mentions) {
      const list = mentionsByArticle.get(m.article);
      if (list) list.push(m);
      else mentionsByArticle.set(m.article, [m]);
    }
    index = {
      events: byId(dataset.events),
      actors: byId(dataset.actors),
      places: byId(dataset.places),
      articles: byId(dataset.articles),
      mentionsByArticle,
    };
    indexes.set(dataset, index);
  }
  return index;
}

export const useDatasetIndex = () => useAppStore(selectIndex);

/** The selected event, or null when none (or when its id is not in the dataset). */
export function selectSelectedEvent(state: AppState): DatasetEvent | null {
  const id = state.view.event;
  return id === null ? null : (selectIndex(state).events.get(id) ?? null);
}
