import { normaliseQuery } from '../../domain/search/query';
import type { SliceCreator } from './slice';

/** The search text (`view.query`), which opens the search results. */
export interface SearchSlice {
  /** The reader typed a search (normalised here); replaces the history entry. */
  searchChanged: (query: string) => void;
}

export const createSearchSlice: SliceCreator<SearchSlice> = (set, get) => ({
  searchChanged: (text) => {
    const query = normaliseQuery(text);
    if (query !== get().view.query)
      set((s) => ({ view: { ...s.view, query }, historyMode: 'replace' }));
  },
});
