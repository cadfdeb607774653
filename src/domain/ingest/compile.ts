import type { Actor, Article, Dataset, DatasetEvent, Evidence, Place } from '../types.ts';
import { sharedEventClues, type AnchorArticle } from './anchors.ts';
import { cleanArticle, findJunk, type CleanedArticle } from './clean.ts';
import { isIsoDate } from './dates.ts';
import { ambiguousSurfaces, indexMentions, type Surface } from './entities.ts';
import { dateEvent } from './eventDates.ts';
import { extractMetadata } from './metadata.ts';
import { FILES, type Problem, type Warning } from './problems.ts';
import { findPubDateClues, inferPublicationDate } from './pubdate.ts';
import {
  actorsInputSchema,
  articlesMetaSchema,
  eventsInputSchema,
  placesInputSchema,
  type ArticleMetaInput,
} from './schema.ts';
import {
  checkEvents,
  checkGazetteer,
  decodeArticle,
  duplicateIds,
  locateQuote,
  parseWithSchema,
} from './validate.ts';

/** One raw article file as read from data/articles/. */
export interface ArticleFile {
  file: string;
  bytes: Uint8Array;
}

/** Everything the pipeline reads: raw bytes and the parsed (not yet validated) JSON inputs. */
export interface IngestInputs {
  articleFiles: readonly ArticleFile[];
  articlesMeta: unknown;
  actors: unknown;
  places: unknown;
  events: unknown;
}

/** The dataset and its warnings, or every problem found. */
export type CompileResult =
  { ok: true; dataset: Dataset; warnings: Warning[] } | { ok: false; problems: Problem[] };

interface Prepared {
  meta: ArticleMetaInput;
  cleaned: CleanedArticle;
}

function byString<T>(key: (x: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/**
 * Compiles the curated inputs into the dataset (src/domain/types.ts): validates every input,
 * cleans the articles, infers publication dates, locates quotes, dates events, indexes
 * mentions. Pure and deterministic: equal inputs give deep-equal output, sorted (articles by
 * file, actors and places by id, events by date then id, mentions by article, paragraph, start).
 */
export function compileDataset(inputs: IngestInputs): CompileResult {
  const problems: Problem[] = [];
  const warnings: Warning[] = [];

  const metaParsed = parseWithSchema(FILES.articlesMeta, articlesMetaSchema, inputs.articlesMeta);
  const actorsParsed = parseWithSchema(FILES.actors, actorsInputSchema, inputs.actors);
  const placesParsed = parseWithSchema(FILES.places, placesInputSchema, inputs.places);
  const eventsParsed = parseWithSchema(FILES.events, eventsInputSchema, inputs.events);

  // Article files: decoding problems are independent of the JSON inputs.
  const texts = new Map<string, string>();
  for (const { file, bytes } of inputs.articleFiles) {
    const decoded = decodeArticle(file, bytes);
    if ('problem' in decoded) problems.push(decoded.problem);
    else texts.set(file, decoded.text);
  }
  for (const parsed of [metaParsed, actorsParsed, placesParsed, eventsParsed]) {
    if (!parsed.ok) problems.push(...parsed.problems);
  }
  if (!metaParsed.ok || !actorsParsed.ok || !placesParsed.ok || !eventsParsed.ok) {
    return { ok: false, problems };
  }
  const meta = metaParsed.value;
  const actors = actorsParsed.value;
  const places = placesParsed.value;
  const events = eventsParsed.value;

  // Article files ↔ articles.json entries.
  problems.push(...duplicateIds(FILES.articlesMeta, meta));
  const filesOnDisk = new Set(inputs.articleFiles.map((f) => f.file));
  const filesInMeta = new Set<string>();
  for (const m of meta) {
    if (filesInMeta.has(m.file)) {
      problems.push({
        file: FILES.articlesMeta,
        id: m.id,
        field: 'file',
        message: `"${m.file}" has more than one entry`,
      });
    }
    filesInMeta.add(m.file);
    if (!filesOnDisk.has(m.file)) {
      problems.push({
        file: FILES.articlesMeta,
        id: m.id,
        field: 'file',
        message: `data/articles/${m.file} does not exist`,
      });
    }
    const o = m.overrides;
    if (o?.published !== undefined && !isIsoDate(o.published)) {
      problems.push({
        file: FILES.articlesMeta,
        id: m.id,
        field: 'overrides.published',
        message: `${o.published} is not a real calendar date`,
      });
    }
    if (o?.published !== undefined && o.publishedBasis === undefined) {
      problems.push({
        file: FILES.articlesMeta,
        id: m.id,
        field: 'overrides.publishedBasis',
        message: 'an override of published must say why (publishedBasis)',
      });
    }
  }
  for (const f of [...filesOnDisk].sort()) {
    if (!filesInMeta.has(f)) {
      problems.push({
        file: FILES.article(f),
        id: f,
        field: '(file)',
        message: 'no entry in data/articles.json',
      });
    }
  }

  // Clean every article that decoded and has an entry.
  const prepared = new Map<string, Prepared>();
  for (const m of meta) {
    const text = texts.get(m.file);
    if (text === undefined || prepared.has(m.id)) continue;
    const cleaned = cleanArticle(text);
    if (cleaned.paragraphs.length === 0) {
      problems.push({
        file: FILES.article(m.file),
        id: m.file,
        field: '(contents)',
        message: 'no article text left after cleaning',
      });
      continue;
    }
    cleaned.paragraphs.forEach((p, i) => {
      const junk = findJunk(p);
      if (junk.length > 0) {
        problems.push({
          file: FILES.article(m.file),
          id: m.file,
          field: `paragraphs[${i}]`,
          message: `scraping junk survived cleaning (${junk.join(', ')})`,
        });
      }
    });
    prepared.set(m.id, { meta: m, cleaned });
  }

  problems.push(...checkGazetteer(actors, places));
  problems.push(
    ...checkEvents(
      events,
      new Set(actors.map((a) => a.id)),
      new Set(places.map((p) => p.id)),
      new Set(meta.map((m) => m.id)),
    ),
  );

  // Locate every quote.
  const located = events.map((e) => ({
    id: e.id,
    evidence: e.evidence.flatMap((ev, i): Evidence[] => {
      const article = prepared.get(ev.article);
      if (!article) return [];
      const found = locateQuote(
        ev.article,
        article.cleaned.paragraphs,
        ev.quote,
        ev.occurrence ?? 1,
      );
      if (!found.ok) {
        problems.push({
          file: FILES.events,
          id: e.id,
          field: `evidence[${i}].quote`,
          message: found.message,
        });
        return [];
      }
      return [{ article: ev.article, quote: ev.quote, ...found.location }];
    }),
  }));

  // Publication dates: overrides, then each article's own clues, then shared events, repeated
  // until nothing new is dated (an article dated through a shared event can anchor another).
  const anchorArticles = new Map<string, AnchorArticle>();
  const published = new Map<string, { date: string; basis: string }>();
  for (const [id, a] of prepared) {
    const override = a.meta.overrides;
    if (override?.published !== undefined && isIsoDate(override.published)) {
      published.set(id, {
        date: override.published,
        basis: `metadata override: ${override.publishedBasis ?? ''}`,
      });
    }
    anchorArticles.set(id, {
      paragraphs: a.cleaned.paragraphs,
      headings: a.cleaned.headings,
      published: published.get(id)?.date ?? null,
    });
  }
  const ownClues = new Map(
    [...prepared].map(([id, a]) => [id, findPubDateClues(a.cleaned.paragraphs)]),
  );
  const failures = new Map<string, string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const [id] of prepared) {
      if (published.has(id)) continue;
      const own = ownClues.get(id) ?? { intervals: [], weekdays: [] };
      const shared = own.intervals.length > 0 ? [] : sharedEventClues(id, anchorArticles, located);
      const result = inferPublicationDate({
        intervals: [...own.intervals, ...shared],
        weekdays: own.weekdays,
      });
      if (result.ok) {
        published.set(id, { date: result.date, basis: result.basis });
        const anchor = anchorArticles.get(id);
        if (anchor) anchor.published = result.date;
        changed = true;
      } else failures.set(id, result.reason);
    }
  }
  for (const [id] of prepared) {
    if (!published.has(id)) {
      problems.push({
        file: FILES.articlesMeta,
        id,
        field: 'overrides.published',
        message: `cannot infer the publication date (${failures.get(id) ?? 'no clues'}); add overrides.published with a publishedBasis`,
      });
    }
  }
  // An override that disagrees with what the text supports is allowed, but worth a look.
  for (const [id, a] of prepared) {
    if (a.meta.overrides?.published === undefined) continue;
    const inferred = inferPublicationDate(ownClues.get(id) ?? { intervals: [], weekdays: [] });
    if (inferred.ok && inferred.date !== a.meta.overrides.published) {
      warnings.push({
        kind: 'override-differs',
        file: FILES.articlesMeta,
        id,
        field: 'overrides.published',
        message: `override ${a.meta.overrides.published} differs from the inferred ${inferred.date}`,
      });
    }
  }

  if (problems.length > 0) return { ok: false, problems };

  // Articles.
  const articles: Article[] = [...prepared]
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

  // Events.
  const locatedById = new Map(located.map((l) => [l.id, l.evidence]));
  const datasetEvents: DatasetEvent[] = events
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
      return {
        id: e.id,
        date: e.date,
        datePrecision: e.datePrecision,
        dateBasis: dating.dateBasis,
        title: e.title,
        summary: e.summary,
        kind: e.kind,
        actors: e.actors,
        places: e.places,
        evidence,
      };
    })
    .sort(
      (a, b) =>
        byString<DatasetEvent>((e) => e.date)(a, b) || byString<DatasetEvent>((e) => e.id)(a, b),
    );

  // Gazetteer and mentions.
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

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    dataset: { articles, actors: outActors, places: outPlaces, events: datasetEvents, mentions },
    warnings,
  };
}
