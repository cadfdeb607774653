import type { ArticleMetadata, IsoDate } from '../../types.ts';
import { cleanArticle, findJunk, type RemovedLine } from '../clean.ts';
import { buildMatcher, type Surface } from '../entities.ts';
import { dayOneOf } from '../dayOne.ts';
import { extractMetadata } from '../metadata.ts';
import { parseStoryFile } from '../story.ts';
import type { Problem } from '../problems.ts';
import { isIsoDate } from '../../calendar.ts';
import { shellWord } from './quoting.ts';
import { findPubDateClues, inferPublicationDate, type PubDateResult } from '../pubdate.ts';
import {
  actorsInputSchema,
  placesInputSchema,
  type ArticleMetaInput,
  type EventInput,
} from '../schema.ts';
import { decodeArticle, parseWithSchema } from '../validate.ts';
import { findCandidates, type Candidate, type SkippedSentence } from './candidates.ts';
import { slugify, uniqueSlug } from './slug.ts';

/** One new article file, as read from the editor's folder. */
export interface NewArticleFile {
  file: string;
  bytes: Uint8Array;
}

/** What `suggest` reads: the new files and, from data/, the gazetteer and the ids in use. */
export interface SuggestInputs {
  /** How problems name the folder of new articles (e.g. `new-articles`). */
  folder: string;
  files: readonly NewArticleFile[];
  /** Parsed data/actors.json and data/places.json (validated here). */
  actors: unknown;
  places: unknown;
  /** Parsed data/articles.json and data/events.json: only their ids and files are used. */
  articlesMeta: unknown;
  events: unknown;
  /** Parsed data/story.json, or undefined when absent: its day one dates the articles' day counts. */
  story?: unknown;
  /** Labels of those four files, for problems (`data/actors.json`). */
  labels: { actors: string; places: string };
  /**
   * Publication dates the editor gives for files whose date cannot be inferred
   * (`--published file.txt=YYYY-MM-DD`), by file name.
   */
  published?: Readonly<Record<string, string>>;
}

/** The publishedBasis written for a date given with `--published`. */
export const GIVEN_DATE_BASIS =
  'publication date given by the editor (ingest --suggest --published)';

/** What was found in one new article, for the editor. */
export interface ArticleReport extends ArticleMetadata {
  file: string;
  id: string;
  /** Inferred publication date, or null (unknown stays unknown). */
  published: IsoDate | null;
  /** Why that date, or why none could be inferred. */
  publishedBasis: string;
  paragraphs: number;
  removed: RemovedLine[];
  /** Things the editor must fix before `npm run ingest` accepts the article. */
  warnings: string[];
}

/** A candidate with the id and draft fields it was given in the events file. */
export interface SuggestedEvent extends Candidate {
  id: string;
}

/** Everything `suggest` proposes. */
export interface Suggestion {
  /** Draft data/articles.json entries, one per new file. */
  articlesJson: ArticleMetaInput[];
  /** Draft data/events.json entries, one per candidate, sorted by date then id. */
  eventsJson: EventInput[];
  articles: ArticleReport[];
  candidates: SuggestedEvent[];
  skipped: SkippedSentence[];
}

export type SuggestResult =
  { ok: true; suggestion: Suggestion } | { ok: false; problems: Problem[] };

/** The `id` (and `file`) strings of a parsed JSON array, ignoring anything malformed. */
function stringsOf(input: unknown, key: 'id' | 'file'): string[] {
  if (!Array.isArray(input)) return [];
  return input.flatMap((r: unknown) => {
    const v = r && typeof r === 'object' ? (r as Record<string, unknown>)[key] : undefined;
    return typeof v === 'string' ? [v] : [];
  });
}

// Kinds that are about who spoke: their ids start with the speaker.
const SPEECH_KINDS = new Set<string>(['statement', 'denial', 'call', 'report']);

/**
 * The word an event id starts with: the speaker for speech kinds, else the most specific place
 * (a city or region before a country), else the first actor or place.
 */
function idAnchor(c: Candidate, placeKinds: ReadonlyMap<string, string>): string | undefined {
  const local = c.places.find((p) => placeKinds.get(p) !== 'country');
  if (SPEECH_KINDS.has(c.kind)) return c.actors[0] ?? local ?? c.places[0];
  return local ?? c.actors[0] ?? c.places[0];
}

const TITLE_MAX = 90;

/** A draft title: the sentence, cut at a word boundary. The editor rewrites it. */
export function draftTitle(sentence: string): string {
  if (sentence.length <= TITLE_MAX) return sentence;
  const cut = sentence.slice(0, TITLE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/u, '')}…`;
}

/**
 * Proposes draft inputs for new articles, without touching data/: cleans each file, reads its
 * metadata, infers its publication date from its own clues, and turns its dated sentences into
 * candidate events (see candidates.ts) with the known actors and places they name. Ids are
 * slugs that collide neither with each other nor with ids already in data/. Pure: any problem
 * (bytes that are not UTF-8, an empty file, an invalid gazetteer) fails the whole run.
 */
export function suggest(inputs: SuggestInputs): SuggestResult {
  const problems: Problem[] = [];
  const actorsParsed = parseWithSchema(inputs.labels.actors, actorsInputSchema, inputs.actors);
  const placesParsed = parseWithSchema(inputs.labels.places, placesInputSchema, inputs.places);
  if (!actorsParsed.ok) problems.push(...actorsParsed.problems);
  if (!placesParsed.ok) problems.push(...placesParsed.problems);
  const storyParsed =
    inputs.story === undefined
      ? ({ ok: true, value: null } as const)
      : parseStoryFile(inputs.story);
  if (!storyParsed.ok) problems.push(...storyParsed.problems);
  if (inputs.files.length === 0) {
    problems.push({
      file: inputs.folder,
      id: '(folder)',
      field: '(files)',
      message: 'no .txt article files in the folder',
    });
  }

  const label = (file: string) => `${inputs.folder}/${file}`;
  const texts: { file: string; text: string }[] = [];
  for (const { file, bytes } of inputs.files) {
    const decoded = decodeArticle(file, bytes);
    if ('problem' in decoded) problems.push({ ...decoded.problem, file: label(file) });
    else texts.push({ file, text: decoded.text });
  }
  for (const [file, date] of Object.entries(inputs.published ?? {})) {
    const at = { file: label(file), id: file, field: '--published' };
    if (!inputs.files.some((f) => f.file === file)) {
      problems.push({ ...at, message: `no file ${file} in the folder` });
    } else if (!isIsoDate(date)) {
      problems.push({ ...at, message: `${date} is not a calendar date written YYYY-MM-DD` });
    }
  }
  const cleaned = texts.map(({ file, text }) => ({ file, cleaned: cleanArticle(text) }));
  for (const { file, cleaned: c } of cleaned) {
    if (c.paragraphs.length === 0) {
      problems.push({
        file: label(file),
        id: file,
        field: '(contents)',
        message: 'no article text left after cleaning (only a headline or scraping junk)',
      });
    }
  }
  if (problems.length > 0 || !actorsParsed.ok || !placesParsed.ok || !storyParsed.ok) {
    return { ok: false, problems };
  }
  const dayOne = dayOneOf(storyParsed.value);

  const surfaces: Surface[] = [
    ...actorsParsed.value.flatMap((a) =>
      [a.name, ...a.aliases].map((text) => ({ text, entity: 'actor' as const, id: a.id })),
    ),
    ...placesParsed.value.flatMap((p) =>
      [p.name, ...p.aliases].map((text) => ({ text, entity: 'place' as const, id: p.id })),
    ),
  ];
  const match = buildMatcher(surfaces);
  const placeKinds = new Map(placesParsed.value.map((p) => [p.id, p.kind]));
  const articleIds = new Set(stringsOf(inputs.articlesMeta, 'id'));
  const filesInData = new Set(stringsOf(inputs.articlesMeta, 'file'));
  const eventIds = new Set(stringsOf(inputs.events, 'id'));

  const articles: ArticleReport[] = [];
  const articlesJson: ArticleMetaInput[] = [];
  const candidates: SuggestedEvent[] = [];
  const skipped: SkippedSentence[] = [];
  for (const { file, cleaned: c } of cleaned) {
    const md = extractMetadata(c);
    const id = uniqueSlug(slugify(md.title), articleIds);
    const given = inputs.published?.[file];
    const inferred: PubDateResult =
      given === undefined
        ? inferPublicationDate(findPubDateClues(c.paragraphs, dayOne))
        : { ok: true, date: given, basis: GIVEN_DATE_BASIS };
    const warnings: string[] = [];
    if (filesInData.has(file)) {
      warnings.push(`data/articles.json already has a file named ${file}: rename the new file`);
    }
    if (!inferred.ok) {
      warnings.push(
        `publication date unknown: rerun with --published ${shellWord(`${file}=YYYY-MM-DD`)} to resolve its date phrases (the draft entry then carries the date as an override), or add "overrides": { "published": "YYYY-MM-DD", "publishedBasis": "<why>" } to its articles.json entry yourself; npm run ingest refuses the article otherwise`,
      );
    }
    c.paragraphs.forEach((p, i) => {
      const junk = findJunk(p);
      if (junk.length > 0) {
        warnings.push(`paragraph ${i} still contains scraping junk (${junk.join(', ')})`);
      }
    });
    articles.push({
      file,
      id,
      title: md.title,
      titleBasis: md.titleBasis,
      outlet: md.outlet,
      outletBasis: md.outletBasis,
      author: md.author,
      byline: md.byline,
      published: inferred.ok ? inferred.date : null,
      publishedBasis: inferred.ok ? inferred.basis : inferred.reason,
      paragraphs: c.paragraphs.length,
      removed: c.removed,
      warnings,
    });
    articlesJson.push(
      given === undefined
        ? { file, id }
        : { file, id, overrides: { published: given, publishedBasis: GIVEN_DATE_BASIS } },
    );
    const found = findCandidates(
      {
        id,
        paragraphs: c.paragraphs,
        headings: c.headings,
        published: inferred.ok ? inferred.date : null,
      },
      match,
    );
    skipped.push(...found.skipped);
    for (const cand of found.candidates) {
      const eventId = uniqueSlug(
        `${idAnchor(cand, placeKinds) ?? id}-${cand.kind}-${cand.date}`,
        eventIds,
      );
      candidates.push({ ...cand, id: eventId });
    }
  }

  candidates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const eventsJson: EventInput[] = candidates.map(draftEvent);
  return { ok: true, suggestion: { articlesJson, eventsJson, articles, candidates, skipped } };
}

/** The evidence entry that cites a candidate's sentence. */
export function draftEvidence(c: SuggestedEvent): EventInput['evidence'][number] {
  return {
    article: c.article,
    quote: c.quote,
    ...(c.occurrence > 1 ? { occurrence: c.occurrence } : {}),
  };
}

/** The event a candidate proposes, as `npm run ingest -- --suggest` writes it into events.json. */
export function draftEvent(c: SuggestedEvent): EventInput {
  return {
    id: c.id,
    date: c.date,
    datePrecision: c.datePrecision,
    title: draftTitle(c.quote),
    summary: c.quote,
    kind: c.kind,
    actors: c.actors,
    places: c.places,
    evidence: [draftEvidence(c)],
  };
}
