import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../../domain/types';
import { mainThreadIndex, workerClient, type SearchAnswer } from './searchClient';

/**
 * The hits for `query`: from the search worker when the browser has one (the answer arrives
 * later; until then the last answer shown, or null at first), otherwise searched here at once.
 * The caller compares `answer.query` with its query to tell a pending search.
 */
export function useSearchHits(dataset: Dataset, query: string): SearchAnswer | null {
  const client = workerClient(dataset);
  const here = useMemo(
    () => (client ? null : { query, hits: mainThreadIndex(dataset).search(query) }),
    [client, dataset, query],
  );
  const [answered, setAnswered] = useState<SearchAnswer | null>(null);
  useEffect(() => client?.request(query, setAnswered), [client, query]);
  return here ?? answered;
}
