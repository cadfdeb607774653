import { createFacetQueries, type FacetQueries } from '../domain/view/facetIndex';
import type { Actor, Article, Dataset, DatasetEvent, Mention, Place } from '../domain/types';
import { derivation } from './derived';
import { useAppStore, type AppState } from './store';

const facetQueries = derivation((dataset) => createFacetQueries(dataset.events), undefined, true);

/** Filtering and facet counts over the store's dataset (its index and answers kept per store). */
export function selectFacetQueries(state: AppState): FacetQueries {
  return state.derived.get(facetQueries);
}

/**
 * The events passing the current filters: the same array while the filters object is the same,
 * so zoom and pan (which change `view.window` only) never re-run filtering.
 */
export function selectFilteredEvents(state: AppState): DatasetEvent[] {
  return selectFacetQueries(state).filter(state.view.filters);
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

function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    new Map(list.map((x) => [x.id, x]));
  const mentionsByArticle = new Map<string, Mention[]>();
  for (const m of dataset.mentions) {
    const list = mentionsByArticle.get(m.article);
    if (list) list.push(m);
    else mentionsByArticle.set(m.article, [m]);
  }
  return {
    events: byId(dataset.events),
    actors: byId(dataset.actors),
    places: byId(dataset.places),
    articles: byId(dataset.articles),
    mentionsByArticle,
  };
}

const datasetIndex = derivation(buildDatasetIndex);

/** The id lookups of the store's dataset (stable reference). */
export function selectIndex(state: AppState): DatasetIndex {
  return state.derived.get(datasetIndex);
}

export const useDatasetIndex = () => useAppStore(selectIndex);

/** The selected event, or null when none (or when its id is not in the dataset). */
export function selectSelectedEvent(state: AppState): DatasetEvent | null {
  const id = state.view.event;
  return id === null ? null : (selectIndex(state).events.get(id) ?? null);
}
