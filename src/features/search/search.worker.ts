/**
 * The search worker: reads the build's prebuilt index (or builds one from the documents the
 * page sends) and answers searches off the main thread, so typing and the timeline stay
 * responsive. All the logic is the pure `createSearchResponder`
 * (src/domain/search/searchProtocol.ts); this file gives it its sources and wires it to
 * messages. The only fetch is of the app's own index file, which the page names.
 */
import {
  createSearchResponder,
  indexSources,
  type SearchRequest,
} from '../../domain/search/searchProtocol';

const fetchIndex = async (url: string) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as unknown;
};

const respond = createSearchResponder(
  (response) => self.postMessage(response),
  indexSources(fetchIndex),
);

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => respond(event.data));
