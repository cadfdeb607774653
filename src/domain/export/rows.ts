import type { Dataset, DatasetEvent } from '../types';

/** One source's account of an event, with what is known about the source (null = unknown). */
export interface ExportSource {
  article: string;
  title: string;
  outlet: string | null;
  author: string | null;
  published: string;
  quote: string;
}

/** An event as exported: names instead of ids, its own link, and its sources. */
export interface ExportEvent {
  id: string;
  date: string;
  datePrecision: DatasetEvent['datePrecision'];
  title: string;
  kind: string;
  summary: string;
  /** Who took part, by name. */
  actors: string[];
  /** Who the event is about, by name. */
  aboutActors: string[];
  /** Where it happened, by name. */
  places: string[];
  /** What places it is about, by name. */
  aboutPlaces: string[];
  link: string;
  sources: ExportSource[];
}

/**
 * The events to export, in the order given, resolved against the dataset. `eventLink` turns
 * an event id into its absolute, shareable URL.
 */
export function exportEvents(
  dataset: Dataset,
  events: readonly DatasetEvent[],
  eventLink: (id: string) => string,
): ExportEvent[] {
  const actors = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const places = new Map(dataset.places.map((p) => [p.id, p.name]));
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  return events.map((e) => ({
    id: e.id,
    date: e.date,
    datePrecision: e.datePrecision,
    title: e.title,
    kind: e.kind,
    summary: e.summary,
    actors: e.actors.map((id) => actors.get(id) ?? id),
    aboutActors: e.aboutActors.map((id) => actors.get(id) ?? id),
    places: e.places.map((id) => places.get(id) ?? id),
    aboutPlaces: e.aboutPlaces.map((id) => places.get(id) ?? id),
    link: eventLink(e.id),
    sources: e.evidence.map((ev) => {
      const a = articles.get(ev.article);
      return {
        article: ev.article,
        title: a?.title ?? ev.article,
        outlet: a?.outlet ?? null,
        author: a?.author ?? null,
        published: a?.published ?? '',
        quote: ev.quote,
      };
    }),
  }));
}
