import { EVENT_KINDS, ROLES, type Dataset, type EventKind, type Role } from '../types.ts';
import { isCalendarDate } from './instant.ts';
import {
  encodeIds,
  firstValue,
  idsOf,
  quoted,
  readIdsInOrder,
  type ParamValues,
  type ParamsWritten,
} from './urlParams.ts';
import type { Filters } from './viewState.ts';

/** The filter parameters: the four facets, the two roles and the date range. */
type FilterParam =
  'actor' | 'place' | 'actorRole' | 'placeRole' | 'source' | 'kind' | 'from' | 'to';

/** `readIdsInOrder`, sorted: a filter is a set, written in one order so equal views match. */
function readIds(
  raw: string[] | undefined,
  known: ReadonlySet<string>,
  noun: string,
  problems: string[],
): string[] {
  return readIdsInOrder(raw, known, noun, problems).sort();
}

/** Reads the role a facet is narrowed to: `part` or `about`; absent means either. */
function readRole(raw: string[] | undefined, noun: string, problems: string[]): Role | null {
  if (!raw) return null;
  const value = firstValue(raw);
  if ((ROLES as readonly string[]).includes(value)) return value as Role;
  problems.push(`Unknown ${noun} role ${quoted(value)}; matching either role.`);
  return null;
}

function readDate(raw: string[] | undefined, noun: string, problems: string[]): string | null {
  if (!raw) return null;
  const value = firstValue(raw);
  if (isCalendarDate(value)) return value;
  problems.push(`The ${noun} date ${quoted(value)} is not a date (YYYY-MM-DD) and was ignored.`);
  return null;
}

/**
 * Reads the filters: ids the dataset knows (sorted), roles, and a date range (swapped when back
 * to front). The dates are read first, so their problems come first.
 */
export function readFilters(get: ParamValues, dataset: Dataset, problems: string[]): Filters {
  let from = readDate(get('from'), 'start', problems);
  let to = readDate(get('to'), 'end', problems);
  if (from !== null && to !== null && from > to) {
    problems.push('The date range was back to front and has been swapped.');
    [from, to] = [to, from];
  }
  return {
    actors: readIds(get('actor'), idsOf(dataset.actors), 'actor', problems),
    places: readIds(get('place'), idsOf(dataset.places), 'place', problems),
    actorRole: readRole(get('actorRole'), 'actor', problems),
    placeRole: readRole(get('placeRole'), 'place', problems),
    sources: readIds(get('source'), idsOf(dataset.articles), 'source', problems),
    kinds: readIds(get('kind'), new Set(EVENT_KINDS), 'event kind', problems) as EventKind[],
    from,
    to,
  };
}

const sortedIds = (list: readonly string[]) =>
  list.length > 0 ? encodeIds([...list].sort()) : null;

/** Writes the filters: id lists sorted, nothing for an empty facet or an open date. */
export function writeFilters(filters: Filters): ParamsWritten<FilterParam> {
  return {
    actor: sortedIds(filters.actors),
    place: sortedIds(filters.places),
    actorRole: filters.actorRole,
    placeRole: filters.placeRole,
    source: sortedIds(filters.sources),
    kind: sortedIds(filters.kinds),
    from: filters.from,
    to: filters.to,
  };
}
