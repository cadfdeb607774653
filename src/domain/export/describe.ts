import type { Dataset } from '../types';
import { formatDay } from '../view/dates';
import type { Filters } from '../view/viewState';

/** The filters in words, for a citation: "events with Sergey Lavrov, in Antalya". */
export function describeFilters(dataset: Dataset, filters: Filters): string {
  const name = (list: ReadonlyArray<{ id: string; name?: string; title?: string }>, id: string) => {
    const found = list.find((x) => x.id === id);
    return found?.name ?? found?.title ?? id;
  };
  const parts: string[] = [];
  if (filters.actors.length)
    parts.push(`with ${filters.actors.map((id) => name(dataset.actors, id)).join(' or ')}`);
  if (filters.places.length)
    parts.push(`in ${filters.places.map((id) => name(dataset.places, id)).join(' or ')}`);
  if (filters.kinds.length) parts.push(`of kind ${filters.kinds.join(' or ')}`);
  if (filters.sources.length)
    parts.push(
      `reported by ${filters.sources.map((id) => `“${name(dataset.articles, id)}”`).join(' or ')}`,
    );
  if (filters.from) parts.push(`from ${formatDay(filters.from)}`);
  if (filters.to) parts.push(`to ${formatDay(filters.to)}`);
  return parts.length ? `events ${parts.join(', ')}` : 'all events';
}
