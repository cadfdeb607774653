import {
  EDITOR_NOTE,
  type Actor,
  type Article,
  type DatasetEvent,
  type Evidence,
  type Mention,
  type Place,
} from '../types.ts';
import type { PreparedArticle } from './articleInputs.ts';
import { findJunk } from './clean.ts';
import { ambiguousSurfaces, indexMentions, type Surface } from './entities.ts';
import { dateEvent } from './eventDates.ts';
import { extractMetadata } from './metadata.ts';
import { FILES, type Problem, type Warning } from './problems.ts';
import type { PublicationDates } from './publication.ts';
import type { ActorInput, EventInput, PlaceInput } from './schema.ts';

/**
 * The last stage of the pipeline: the dataset's records from inputs that passed every check,
 * sorted (articles by file, actors and places by id, events by date then id).
 */

/** Compares by a string key (code-unit order, as the committed dataset is sorted). */
export function byString<T>(key: (x: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/** Articles with their metadata (overrides win), sorted by file; junk in a title is a problem. */
export function assembleArticles(
  prepared: ReadonlyMap<string, PreparedArticle>,
  published: PublicationDates,
): { articles: Article[]; problems: Problem[] } {
  const articles = [...prepared]
    .map(([id, a]): Article => {
      const md = extractMetadata(a.cleaned);
      const o = a.meta.overrides ?? {};
      const pub = published.get(id) ?? { date: '', basis: '' };
      return {
        id,
        file: a.meta.file,
        title: o.title ?? md.title,
        titleBasis: o.title !== undefined ? 'metadata override' : md.titleBasis,
        outlet: o.outlet !== undefined ? o.outlet : md.outlet,
        outletBasis: o.outlet !== undefined ? 'metadata override' : md.outletBasis,
        author: o.author !== undefined ? o.author : md.author,
        byline: md.byline,
        published: pub.date,
        publishedBasis: pub.basis,
        paragraphs: a.cleaned.paragraphs,
        headings: a.cleaned.headings,
      };
    })
    .sort(byString((a) => a.file));
  const problems: Problem[] = [];
  for (const a of articles) {
    const junk = findJunk(a.title);
    if (junk.length > 0) {
      problems.push({
        file: FILES.articlesMeta,
        id: a.id,
        field: 'title',
        message: `contains scraping junk (${junk.join(', ')})`,
      });
    }
  }
  return { articles, problems };
}

/** Events with their located evidence and date basis, sorted by date then id. */
export function assembleEvents(
  events: readonly EventInput[],
  locatedById: ReadonlyMap<string, Evidence[]>,
  prepared: ReadonlyMap<string, PreparedArticle>,
  published: PublicationDates,
): { events: DatasetEvent[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const out = events
    .map((e): DatasetEvent => {
      const evidence = locatedById.get(e.id) ?? [];
      const dating = dateEvent(
        e.date,
        e.datePrecision,
        evidence.map((ev) => {
          const a = prepared.get(ev.article);
          return {
            article: ev.article,
            published: published.get(ev.article)?.date ?? '',
            paragraphs: a?.cleaned.paragraphs ?? [],
            headings: a?.cleaned.headings ?? [],
            paragraph: ev.paragraph,
            start: ev.start,
            end: ev.end,
          };
        }),
      );
      if (dating.mismatch) {
        warnings.push({
          kind: 'date-mismatch',
          file: FILES.events,
          id: e.id,
          field: 'date',
          message: dating.mismatch,
        });
      }
      const event: DatasetEvent = {
        id: e.id,
        date: e.date,
        datePrecision: e.datePrecision,
        dateBasis:
          e.dateNote === undefined
            ? dating.dateBasis
            : `${dating.dateBasis}${EDITOR_NOTE}${e.dateNote}`,
        title: e.title,
        summary: e.summary,
        kind: e.kind,
        actors: e.actors,
        places: e.places,
        aboutActors: e.aboutActors ?? [],
        aboutPlaces: e.aboutPlaces ?? [],
        evidence,
      };
      if (e.responds && e.responds.length > 0)
        event.responds = e.responds.map((r) => ({ event: r.event, relation: r.relation }));
      return event;
    })
    .sort(
      (a, b) =>
        byString<DatasetEvent>((e) => e.date)(a, b) || byString<DatasetEvent>((e) => e.id)(a, b),
    );
  return { events: out, warnings };
}

/** Actors and places sorted by id, and their mentions in the articles. */
export function assembleGazetteer(
  actors: readonly ActorInput[],
  places: readonly PlaceInput[],
  articles: readonly Article[],
): { actors: Actor[]; places: Place[]; mentions: Mention[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const outActors: Actor[] = actors.map((a) => ({ ...a })).sort(byString((a) => a.id));
  const outPlaces: Place[] = places.map((p) => ({ ...p })).sort(byString((p) => p.id));
  const surfaces: Surface[] = [
    ...actors.flatMap((a) =>
      [a.name, ...a.aliases].map((text) => ({ text, entity: 'actor' as const, id: a.id })),
    ),
    ...places.flatMap((p) =>
      [p.name, ...p.aliases].map((text) => ({ text, entity: 'place' as const, id: p.id })),
    ),
  ];
  for (const amb of ambiguousSurfaces(surfaces)) {
    const [first = ''] = amb.ids;
    const [entity, id = ''] = first.split(':');
    warnings.push({
      kind: 'ambiguous-alias',
      file: entity === 'place' ? FILES.places : FILES.actors,
      id,
      field: 'aliases',
      message: `“${amb.text}” names ${amb.ids.join(' and ')}; mentions go to the first`,
    });
  }
  const mentions = indexMentions(articles, surfaces);
  return { actors: outActors, places: outPlaces, mentions, warnings };
}
