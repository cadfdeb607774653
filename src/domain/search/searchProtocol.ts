import type { SearchDoc } from './searchDocs';
import { indexDocuments, loadSearchIndex, type MatchIndex, type SearchMatch } from './searchIndex';

/**
 * The messages between the page and the search worker (src/features/search/search.worker.ts),
 * and the worker's logic as a pure function so it is unit-tested without a worker. The page
 * first names the build's prebuilt index (`load`) or sends the documents to index (`index`),
 * then one `search` per query, each with a new, larger id; answers come back with the id they
 * answer, so the page can drop an answer older than one it shows. Answers carry document ids,
 * not documents: the page has the dataset.
 */

/** Other spellings of actors and places (`searchSpellings`). */
type Spellings = readonly (readonly string[])[];

/** What the page asks of the worker. */
export type SearchRequest =
  | {
      /** Index these documents. */
      type: 'index';
      docs: readonly SearchDoc[];
      /** Absent = none. */
      spellings?: Spellings;
    }
  | {
      /** Read the build's index of the page's dataset from `url` (a file of the app). */
      type: 'load';
      url: string;
      /** How many documents the page's dataset has: an index of another count is refused. */
      documents: number;
      spellings?: Spellings;
    }
  | { type: 'search'; id: number; query: string };

/**
 * What the worker answers: the matches of a search, or why there are none; `unavailable` when
 * the prebuilt index could not be read, after which the worker waits for the documents
 * (`index`) and then answers the searches it holds.
 */
export type SearchResponse =
  | { type: 'results'; id: number; query: string; matches: SearchMatch[] }
  | { type: 'failed'; id: number; query: string; reason: string }
  | { type: 'unavailable'; reason: string };

/** How the worker reads and builds an index (`indexSources`; tests give their own). */
export interface IndexSources {
  /** The parsed prebuilt index at `url`. */
  fetchIndex: (url: string) => Promise<unknown>;
  build: (docs: readonly SearchDoc[], spellings: Spellings) => MatchIndex;
  load: (serialized: unknown, spellings: Spellings) => MatchIndex;
}

/** MiniSearch's, with `fetchIndex` to read a prebuilt index. */
export function indexSources(fetchIndex: IndexSources['fetchIndex']): IndexSources {
  return { fetchIndex, build: indexDocuments, load: loadSearchIndex };
}

/**
 * The worker's brain: keeps the index of the last `index` or `load` request and answers each
 * `search` with its matches, at once when the index is ready; searches that come while a
 * prebuilt index loads wait for it and are answered in the order asked. `reply` sends an answer
 * to the page.
 */
export function createSearchResponder(
  reply: (response: SearchResponse) => void,
  sources: IndexSources,
): (request: SearchRequest) => void {
  let index: MatchIndex | null = null;
  /** Settles when the index being read is ready; null when none is being read. */
  let waiting: Promise<void> | null = null;
  /** Takes the next documents' index when a prebuilt one could not be read. */
  let supply: (() => void) | null = null;

  const readPrebuilt = async (url: string, documents: number, spellings: Spellings) => {
    const read = sources.load(await sources.fetchIndex(url), spellings);
    if (read.size !== documents)
      throw new Error(`it has ${read.size} documents, the page's dataset ${documents}`);
    index = read;
  };

  const answer = (id: number, query: string) => {
    if (index === null) {
      reply({ type: 'failed', id, query, reason: 'the search index was not built yet' });
      return;
    }
    try {
      reply({ type: 'results', id, query, matches: index.search(query) });
    } catch (error) {
      reply({ type: 'failed', id, query, reason: String(error) });
    }
  };

  return (request) => {
    if (request.type === 'index') {
      index = sources.build(request.docs, request.spellings ?? []);
      supply?.();
      supply = null;
    } else if (request.type === 'load') {
      const { url, documents, spellings = [] } = request;
      index = null;
      const task = readPrebuilt(url, documents, spellings).catch((error: unknown) => {
        reply({ type: 'unavailable', reason: `the prebuilt index ${url}: ${String(error)}` });
        return new Promise<void>((resolve) => (supply = resolve));
      });
      waiting = task;
      // Runs before the searches queued behind it (they chain on `task` later).
      void task.then(() => {
        if (waiting === task) waiting = null;
      });
    } else if (waiting) {
      const { id, query } = request;
      void waiting.then(() => answer(id, query));
    } else answer(request.id, request.query);
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
