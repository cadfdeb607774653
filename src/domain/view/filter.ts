import { eventFacetValues } from './facetPostings';
import type { DatasetEvent } from '../types';
import type { Filters } from './viewState';

/**
 * True when `event` passes every active facet (AND across facets, OR within one). An actor or
 * place matches in either role (took part or where, and what the event is about) unless the
 * filters narrow it to one (`actorRole`, `placeRole`).
 */
export function matchesFilters(event: DatasetEvent, filters: Filters): boolean {
  const { actors, places, actorRole, placeRole, sources, kinds, from, to } = filters;
  const actorIds = eventFacetValues(event, 'actors', actorRole);
  if (actors.length > 0 && !actorIds.some((a) => actors.includes(a))) return false;
  const placeIds = eventFacetValues(event, 'places', placeRole);
  if (places.length > 0 && !placeIds.some((p) => places.includes(p))) return false;
  if (sources.length > 0 && !event.evidence.some((e) => sources.includes(e.article))) return false;
  if (kinds.length > 0 && !kinds.includes(event.kind)) return false;
  if (from !== null && event.date < from) return false;
  if (to !== null && event.date > to) return false;
  return true;
}
