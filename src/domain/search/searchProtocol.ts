import { indexDocuments, type SearchDoc, type SearchHit, type SearchIndex } from './searchIndex';

/**
 * The messages between the page and the search worker (src/features/search/search.worker.ts),
 * and the worker's logic as a pure function so it is unit-tested without a worker. The page
 * sends the documents once, then one `search` per query, each with a new, larger id; answers
 * come back with the id they answer, so the page can drop an answer older than one it shows.
 */

/** What the page asks of the worker. */
export type SearchRequest =
  | {
      type: 'index';
      docs: readonly SearchDoc[];
      /** Other spellings of actors and places (`searchSpellings`); absent = none. */
      spellings?: readonly (readonly string[])[];
    }
  | { type: 'search'; id: number; query: string };

/** What the worker answers: the hits of a search, or why there are none. */
export type SearchResponse =
  | { type: 'results'; id: number; query: string; hits: SearchHit[] }
  | { type: 'failed'; id: number; query: string; reason: string };

/**
 * The worker's brain: remembers the index built from the last `index` request and answers each
 * `search` with its hits (`index` itself needs no answer). `build` is injectable for tests.
 */
export function createSearchResponder(
  build: (
    docs: readonly SearchDoc[],
    spellings: readonly (readonly string[])[],
  ) => SearchIndex = indexDocuments,
): (request: SearchRequest) => SearchResponse | null {
  let index: SearchIndex | null = null;
  return (request) => {
    if (request.type === 'index') {
      index = build(request.docs, request.spellings ?? []);
      return null;
    }
    const { id, query } = request;
    if (index === null) {
      return { type: 'failed', id, query, reason: 'the search index was not built yet' };
    }
    try {
      return { type: 'results', id, query, hits: index.search(query) };
    } catch (error) {
      return { type: 'failed', id, query, reason: String(error) };
    }
  };
}

/**
 * Request ids and the rule that keeps stale answers out: `next()` numbers each request, and
 * `accept(id)` is true only for an answer newer than every answer accepted before. An answer to
 * an older query that arrives late (a slow search, a worker still busy) never replaces a newer
 * one on screen.
 */
export interface RequestOrder {
  next: () => number;
  accept: (id: number) => boolean;
}

/** A fresh `RequestOrder`: ids start at 1. */
export function createRequestOrder(): RequestOrder {
  let sent = 0;
  let shown = 0;
  return {
    next: () => ++sent,
    accept: (id) => {
      if (id <= shown || id > sent) return false;
      shown = id;
      return true;
    },
  };
}
