import MiniSearch from 'minisearch';
import type { Dataset } from '../types';
import {
  documentFinder,
  searchDocuments,
  searchSpellings,
  type SearchDoc,
  type SearchHit,
} from './searchDocs';
import { readPrebuiltIndex } from './prebuiltIndex';
import { SEARCH_INDEX_OPTIONS, tokenize } from './searchOptions';
import { buildQuery, spellingMap } from './searchQuery';

/** A match as the index finds it: the document's id, its score, the index terms it matched. */
export interface SearchMatch {
  id: string;
  score: number;
  terms: string[];
}

/**
 * A full-text index over search documents: prefix and typo-tolerant, accents and case folded.
 * It knows the documents by id only (a prebuilt index carries no document): `hitsOf` turns its
 * matches into hits.
 */
export interface MatchIndex {
  search: (query: string, limit?: number) => SearchMatch[];
  /** How many documents it holds. */
  size: number;
}

/** An index that answers with whole hits. */
export interface SearchIndex {
  search: (query: string, limit?: number) => SearchHit[];
  size: number;
}

/** The index over a dataset's documents (`searchDocuments`) and spellings (`searchSpellings`). */
export function buildSearchIndex(dataset: Dataset): SearchIndex {
  const index = indexDocuments(searchDocuments(dataset), searchSpellings(dataset));
  const find = documentFinder(dataset);
  return { size: index.size, search: (query, limit) => hitsOf(index.search(query, limit), find) };
}

/**
 * The index over documents already made: what the search worker builds from the documents the
 * page sends it (src/domain/search/searchProtocol.ts) when there is no prebuilt index.
 */
export function indexDocuments(
  docs: readonly SearchDoc[],
  spellings: readonly (readonly string[])[] = [],
): MatchIndex {
  const mini = new MiniSearch(SEARCH_INDEX_OPTIONS);
  mini.addAll(docs);
  return matchIndex(mini, spellings);
}

/**
 * An index read back from the build's file (`writePrebuiltIndex`, parsed JSON): the same
 * matches as the index built from the same documents, without tokenizing a word. Throws when
 * `file` is not such an index.
 */
export function loadSearchIndex(
  file: unknown,
  spellings: readonly (readonly string[])[] = [],
): MatchIndex {
  return matchIndex(readPrebuiltIndex(file), spellings);
}

function matchIndex(
  mini: MiniSearch<SearchDoc>,
  spellings: readonly (readonly string[])[],
): MatchIndex {
  const names = spellingMap(spellings);
  return {
    size: mini.documentCount,
    search: (query, limit = 200) =>
      tokenize(query).length === 0
        ? []
        : mini
            .search(buildQuery(query, names))
            .slice(0, limit)
            .map((r) => ({ id: String(r.id), score: r.score, terms: r.terms })),
  };
}

/** Matches as hits, each with its document (`find`); a match of no known document is dropped. */
export function hitsOf(
  matches: readonly SearchMatch[],
  find: (id: string) => SearchDoc | null,
): SearchHit[] {
  return matches.flatMap(({ id, score, terms }) => {
    const doc = find(id);
    return doc ? [{ doc, score, terms }] : [];
  });
}
