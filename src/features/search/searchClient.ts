import {
  createRequestOrder,
  type SearchRequest,
  type SearchResponse,
} from '../../domain/search/searchProtocol';
import {
  countSearchDocuments,
  documentFinder,
  searchDocuments,
  searchSpellings,
  type SearchHit,
} from '../../domain/search/searchDocs';
import { buildSearchIndex, hitsOf, type SearchIndex } from '../../domain/search/searchIndex';
import type { Dataset } from '../../domain/types';
import { derivation } from '../../state/derived';
import prebuiltIndexUrl from 'virtual:search-index';
import { isShippedDataset } from '../../data';

/** The hits of one query, as shown. */
export interface SearchAnswer {
  query: string;
  hits: SearchHit[];
}

/**
 * Searches a dataset in a module worker. `request` sends a query and calls `onAnswer` with its
 * hits unless a newer request was answered first (request ids, `createRequestOrder`); the
 * returned function cancels the call (the component moved on or unmounted). `close` stops the
 * worker; nothing waiting is answered after it.
 */
export interface WorkerSearchClient {
  request: (query: string, onAnswer: (answer: SearchAnswer) => void) => () => void;
  close: () => void;
}

/** The store's search index on the main thread, built the first time it is needed. */
export const mainThreadSearch = derivation<SearchIndex>(buildSearchIndex);

/** True where the page can start a worker (not in jsdom): otherwise search on the main thread. */
export function canUseWorker(): boolean {
  return typeof Worker !== 'undefined';
}

/**
 * The build's prebuilt search index of `dataset` (an absolute URL, for the worker): only for the
 * very dataset the build shipped, since the index was made from that file; a story edited in
 * the workspace or the loaded shards of a large dataset are indexed from what the page has.
 * Null also in a build without one (the dev server).
 */
export function prebuiltIndexOf(dataset: Dataset): string | null {
  return prebuiltIndexUrl !== null && isShippedDataset(dataset)
    ? new URL(prebuiltIndexUrl, document.baseURI).href
    : null;
}

/**
 * The store's search worker, started the first time it is needed (one per store and so per
 * dataset) and terminated when the store is released. Its fallback is the store's own
 * main-thread index.
 */
export const searchWorker = derivation<WorkerSearchClient>(
  (dataset, derived) => createWorkerClient(dataset, () => derived.get(mainThreadSearch)),
  (client) => client.close(),
);

function createWorkerClient(dataset: Dataset, here: () => SearchIndex): WorkerSearchClient {
  const order = createRequestOrder();
  const waiting = new Map<number, { query: string; onAnswer: (answer: SearchAnswer) => void }>();
  let worker: Worker | null = new Worker(new URL('./search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'search',
  });
  const send = (request: SearchRequest) => worker?.postMessage(request);

  const answer = (id: number, query: string, hits: SearchHit[]) => {
    const call = waiting.get(id);
    // Everything up to this id is answered or stale now.
    for (const older of waiting.keys()) if (older <= id) waiting.delete(older);
    if (call && order.accept(id)) call.onAnswer({ query, hits });
  };
  // The worker could not start or broke (a policy, a bug): search here from now on, and answer
  // the newest request it left waiting (older ones are stale), so the results never hang.
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    const newest = Math.max(0, ...waiting.keys());
    const call = waiting.get(newest);
    if (call) answer(newest, call.query, here().search(call.query));
  };

  const find = documentFinder(dataset);
  const spellings = searchSpellings(dataset);
  const sendDocuments = () => send({ type: 'index', docs: searchDocuments(dataset), spellings });

  worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
    const response = event.data;
    if (response.type === 'results')
      answer(response.id, response.query, hitsOf(response.matches, find));
    // The prebuilt index could not be read (it says why): the worker indexes the documents.
    else if (response.type === 'unavailable') {
      console.warn(`Search: ${response.reason}; indexing the dataset instead.`);
      sendDocuments();
    }
    // The worker could not search (it says why): this one search is done here instead.
    else answer(response.id, response.query, here().search(response.query));
  });
  worker.addEventListener('error', fallBack);
  worker.addEventListener('messageerror', fallBack);
  const url = prebuiltIndexOf(dataset);
  if (url) send({ type: 'load', url, documents: countSearchDocuments(dataset), spellings });
  else sendDocuments();

  return {
    request: (query, onAnswer) => {
      const id = order.next();
      waiting.set(id, { query, onAnswer });
      if (worker) send({ type: 'search', id, query });
      else queueMicrotask(() => answer(id, query, here().search(query)));
      return () => {
        waiting.delete(id);
      };
    },
    close: () => {
      worker?.terminate();
      worker = null;
      waiting.clear();
    },
  };
}
