import type { Dataset } from '../types';
import { formatDay } from '../view/dates';
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
  const actorWord = { part: 'with', about: 'about' }[filters.actorRole ?? 'part'];
  const placeWord = { part: 'in', about: 'about' }[filters.placeRole ?? 'part'];
  if (filters.actors.length) {
    const names = filters.actors.map((id) => name(dataset.actors, id)).join(' or ');
    parts.push(filters.actorRole === null ? `with or about ${names}` : `${actorWord} ${names}`);
  }
  if (filters.places.length) {
    const names = filters.places.map((id) => name(dataset.places, id)).join(' or ');
    parts.push(filters.placeRole === null ? `in or about ${names}` : `${placeWord} ${names}`);
  }
  if (filters.kinds.length) parts.push(`of kind ${filters.kinds.join(' or ')}`);
  if (filters.sources.length)
    parts.push(
      `reported by ${filters.sources.map((id) => `“${name(dataset.articles, id)}”`).join(' or ')}`,
    );
  if (filters.from) parts.push(`from ${formatDay(filters.from)}`);
  if (filters.to) parts.push(`to ${formatDay(filters.to)}`);
  return parts.length ? `events ${parts.join(', ')}` : 'all events';
}
