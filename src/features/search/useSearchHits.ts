import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../../domain/types';
import { canUseWorker, mainThreadIndex, workerClient, type SearchAnswer } from './searchClient';

/**
 * The hits for `query`: from the search worker when the browser has one (the answer arrives
 * later; until then the last answer shown, or null at first), otherwise searched here at once.
 * The caller compares `answer.query` with its query to tell a pending search.
 */
export function useSearchHits(dataset: Dataset, query: string): SearchAnswer | null {
  const inWorker = canUseWorker();
  const here = useMemo(
    () => (inWorker ? null : { query, hits: mainThreadIndex(dataset).search(query) }),
    [inWorker, dataset, query],
  );
  const [answered, setAnswered] = useState<SearchAnswer | null>(null);
  // The worker starts here, not while rendering: starting it is a side effect.
  useEffect(
    () => (inWorker ? workerClient(dataset).request(query, setAnswered) : undefined),
    [inWorker, dataset, query],
  );
  return here ?? answered;
}
