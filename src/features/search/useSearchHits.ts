import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../../state/store';
import { canUseWorker, mainThreadSearch, searchWorker, type SearchAnswer } from './searchClient';

/**
 * The hits for `query` in the store's dataset: from the store's search worker when the browser
 * has one (the answer arrives later; until then the last answer shown, or null at first),
 * otherwise searched here at once. The caller compares `answer.query` with its query to tell a
 * pending search. While the articles' text is being read (`articleText`) nothing is searched:
 * the search runs once the whole dataset is here.
 */
export function useSearchHits(query: string): SearchAnswer | null {
  const derived = useAppStore((s) => s.derived);
  const waiting = useAppStore((s) => s.articleText === 'loading');
  const inWorker = canUseWorker();
  const here = useMemo(
    () =>
      inWorker || waiting ? null : { query, hits: derived.get(mainThreadSearch).search(query) },
    [inWorker, waiting, derived, query],
  );
  const [answered, setAnswered] = useState<SearchAnswer | null>(null);
  // The worker starts here, not while rendering: starting it is a side effect.
  useEffect(
    () =>
      inWorker && !waiting ? derived.get(searchWorker).request(query, setAnswered) : undefined,
    [inWorker, waiting, derived, query],
  );
  return here ?? answered;
}
