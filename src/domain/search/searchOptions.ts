import type { Options } from 'minisearch';
import { foldForSearch } from '../view/format.ts';
import type { SearchDoc } from './searchDocs.ts';

/** Splits text into words the same way for indexing, querying and highlighting. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of a text (`WORD`). */
export const tokenize = (text: string): string[] => text.match(WORD) ?? [];

/**
 * The MiniSearch options of the search index, for every place that makes or reads one: the
 * build's prebuilt index (scripts/searchIndexPlugin.ts), the worker that loads it or builds
 * one, and the main thread. MiniSearch does not store its options with a serialized index, so
 * an index is read back only with the options it was written with: these.
 */
export const SEARCH_INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'text'],
  storeFields: [],
  tokenize,
  processTerm: (term) => foldForSearch(term),
  searchOptions: {
    boost: { title: 1.5 },
    prefix: true,
    // Typo tolerance grows with the word: none for 1-3 letters, 1 edit for 4-7, 2 beyond.
    fuzzy: (term) => (term.length < 4 ? false : term.length < 8 ? 1 : 2),
    combineWith: 'AND',
  },
};
