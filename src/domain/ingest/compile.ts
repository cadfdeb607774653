import type { Dataset, Evidence } from '../types.ts';
import { checkArticleEntries, prepareArticles } from './articleInputs.ts';
import { assembleArticles, assembleEvents, assembleGazetteer } from './assemble.ts';
import { compileClaims, parseClaimsFile } from './claims.ts';
import { FILES, type Problem, type Warning } from './problems.ts';
import { inferPublicationDates } from './publication.ts';
import { verdictWarnings } from './neutrality.ts';
import { bidiWarnings } from './bidi.ts';
import { checkResponses } from './responses.ts';
import {
  actorsInputSchema,
  articlesMetaSchema,
  eventsInputSchema,
  placesInputSchema,
} from './schema.ts';
import { checkStory, compileStory, parseStoryFile } from './story.ts';
import { checkReferenceDates, dayOneOf } from './dayOne.ts';
import {
  checkEvents,
  checkGazetteer,
  decodeArticle,
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
  /** data/claims.json, or undefined when the story has no such file (then no claims). */
  claims?: unknown;
  /** data/story.json, or undefined when absent (then the story has no title and no steps). */
  story?: unknown;
}

/** The dataset and its warnings, or every problem found. */
export type CompileResult =
  { ok: true; dataset: Dataset; warnings: Warning[] } | { ok: false; problems: Problem[] };

/**
 * Compiles the curated inputs into the dataset (src/domain/types.ts): validates every input,
 * cleans the articles, infers publication dates, locates quotes, dates events, indexes
 * mentions, checks and locates numeric claims. Pure and deterministic: equal inputs give
 * deep-equal output, sorted (articles by file, actors and places by id, events by date then id,
 * mentions by article, paragraph, start, quantities by id, claims by quantity, date, id).
 */
export function compileDataset(inputs: IngestInputs): CompileResult {
  const problems: Problem[] = [];
  const warnings: Warning[] = [];

  const metaParsed = parseWithSchema(FILES.articlesMeta, articlesMetaSchema, inputs.articlesMeta);
  const actorsParsed = parseWithSchema(FILES.actors, actorsInputSchema, inputs.actors);
  const placesParsed = parseWithSchema(FILES.places, placesInputSchema, inputs.places);
  const eventsParsed = parseWithSchema(FILES.events, eventsInputSchema, inputs.events);
  const storyParsed =
    inputs.story === undefined
      ? ({ ok: true, value: null } as const)
      : parseStoryFile(inputs.story);
  const claimsParsed =
    inputs.claims === undefined
      ? ({ ok: true, value: { quantities: [], claims: [] } } as const)
      : parseClaimsFile(inputs.claims);

  // Article files: decoding problems are independent of the JSON inputs.
  const texts = new Map<string, string>();
  for (const { file, bytes } of inputs.articleFiles) {
    const decoded = decodeArticle(file, bytes);
    if ('problem' in decoded) problems.push(decoded.problem);
    else texts.set(file, decoded.text);
  }
  for (const parsed of [
    metaParsed,
    actorsParsed,
    placesParsed,
    eventsParsed,
    claimsParsed,
    storyParsed,
  ]) {
    if (!parsed.ok) problems.push(...parsed.problems);
  }
  if (
    !metaParsed.ok ||
    !actorsParsed.ok ||
    !placesParsed.ok ||
    !eventsParsed.ok ||
    !claimsParsed.ok ||
    !storyParsed.ok
  ) {
    return { ok: false, problems };
  }
  const meta = metaParsed.value;
  const actors = actorsParsed.value;
  const places = placesParsed.value;
  const events = eventsParsed.value;

  problems.push(...checkArticleEntries(meta, new Set(inputs.articleFiles.map((f) => f.file))));
  const { prepared, problems: cleaningProblems } = prepareArticles(meta, texts);
  problems.push(...cleaningProblems);

  problems.push(...checkGazetteer(actors, places));
  problems.push(
    ...checkEvents(
      events,
      new Set(actors.map((a) => a.id)),
      new Set(places.map((p) => p.id)),
      new Set(meta.map((m) => m.id)),
    ),
  );
  problems.push(...checkResponses(events));
  if (storyParsed.value) {
    problems.push(...checkStory(storyParsed.value, new Set(events.map((e) => e.id))));
    problems.push(...checkReferenceDates(storyParsed.value));
  }
  warnings.push(...verdictWarnings(events));

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

  const publication = inferPublicationDates(prepared, located, dayOneOf(storyParsed.value));
  problems.push(...publication.problems);
  warnings.push(...publication.warnings);
  const published = publication.published;

  const claims = compileClaims(claimsParsed.value.quantities, claimsParsed.value.claims, {
    paragraphs: new Map([...prepared].map(([id, a]) => [id, a.cleaned.paragraphs])),
    published: new Map([...published].map(([id, p]) => [id, p.date])),
    eventDates: new Map(events.map((e) => [e.id, e.date])),
    actorIds: new Set(actors.map((a) => a.id)),
  });
  problems.push(...claims.problems);

  if (problems.length > 0) return { ok: false, problems };

  const assembled = assembleArticles(prepared, published);
  problems.push(...assembled.problems);
  const articles = assembled.articles;

  const dated = assembleEvents(
    events,
    new Map(located.map((l) => [l.id, l.evidence])),
    prepared,
    published,
  );
  warnings.push(...dated.warnings);

  const gazetteer = assembleGazetteer(actors, places, articles);
  warnings.push(...gazetteer.warnings, ...claims.warnings);
  warnings.push(
    ...bidiWarnings({
      articles,
      actors: gazetteer.actors,
      places: gazetteer.places,
      events: dated.events,
    }),
  );

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    dataset: {
      story: compileStory(storyParsed.value),
      articles,
      actors: gazetteer.actors,
      places: gazetteer.places,
      events: dated.events,
      mentions: gazetteer.mentions,
      quantities: claims.quantities,
      claims: claims.claims,
    },
    warnings,
  };
}
