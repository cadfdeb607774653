import { buildResponseIndex, type ResponseIndex } from '../domain/claims/responses';
import { derivation } from './derived';
import type { AppState } from './store';

const responseIndex = derivation((dataset) => buildResponseIndex(dataset.events), undefined, true);

/**
 * Who answers each event of the store's dataset (stable reference). A module of its own: only
 * the event's details read it, and the first screen's code does without it.
 */
export function selectResponseIndex(state: AppState): ResponseIndex {
  return state.derived.get(responseIndex);
}
