/**
 * The search worker: builds the MiniSearch index and answers searches off the main thread, so
 * typing and the timeline stay responsive while a large dataset is indexed. All the logic is
 * the pure `createSearchResponder` (src/domain/search/searchProtocol.ts); this file only wires
 * it to messages.
 */
import { createSearchResponder, type SearchRequest } from '../../domain/search/searchProtocol';

const respond = createSearchResponder();

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const response = respond(event.data);
  if (response !== null) self.postMessage(response);
});
