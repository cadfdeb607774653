import type { Dataset } from '../types';
import { formatDay } from '../view/dates';
import { kindLabel } from '../view/kinds';
import { ROLE_WORDS } from '../view/roles';
import type { Filters } from '../view/viewState';

/**
 * The filters in words, for a citation: "events with or about Sergey Lavrov, in Antalya" (an
 * actor or place in either role, or the one role the filters narrow it to).
 */
export function describeFilters(dataset: Dataset, filters: Filters): string {
  const name = (list: ReadonlyArray<{ id: string; name?: string; title?: string }>, id: string) => {
    const found = list.find((x) => x.id === id);
    return found?.name ?? found?.title ?? id;
  };
  const parts: string[] = [];
  // An actor or place matches in either role unless the filters narrow it to one.
  const actorWord = ROLE_WORDS.actor.preposition[filters.actorRole ?? 'either'];
  const placeWord = ROLE_WORDS.place.preposition[filters.placeRole ?? 'either'];
  if (filters.actors.length)
    parts.push(`${actorWord} ${filters.actors.map((id) => name(dataset.actors, id)).join(' or ')}`);
  if (filters.places.length)
    parts.push(`${placeWord} ${filters.places.map((id) => name(dataset.places, id)).join(' or ')}`);
  if (filters.kinds.length)
    parts.push(`of kind ${filters.kinds.map((k) => kindLabel(k).toLowerCase()).join(' or ')}`);
  if (filters.sources.length)
    parts.push(
      `reported by ${filters.sources.map((id) => `“${name(dataset.articles, id)}”`).join(' or ')}`,
    );
  if (filters.from) parts.push(`from ${formatDay(filters.from)}`);
  if (filters.to) parts.push(`to ${formatDay(filters.to)}`);
  return parts.length ? `events ${parts.join(', ')}` : 'all events';
}
