import { filterEvents } from '../domain/view/filter';
import type { Filters } from '../domain/view/viewState';
import type { DatasetEvent } from '../domain/types';
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
    lastResult = filterEvents(events, filters);
  }
  return lastResult;
}

export const useFilteredEvents = () => useAppStore(selectFilteredEvents);
