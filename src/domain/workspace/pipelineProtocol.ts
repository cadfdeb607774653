import { cleanArticle } from '../ingest/clean.ts';
import type { Problem } from '../ingest/problems.ts';
import type { SkippedSentence } from '../ingest/suggest/candidates.ts';
import { suggest, type ArticleReport, type SuggestedEvent } from '../ingest/suggest/suggest.ts';
import type { WorkspaceStory } from './story.ts';

/**
 * The messages between the workspace and its pipeline worker
 * (src/features/workspace/pipeline.worker.ts), and the worker's logic as a pure function so it
 * is unit-tested without a worker. The page sends one `read` per article, each with a new,
 * larger id; the worker reads them in order, says when it starts each (`reading`), then answers
 * with what `npm run ingest -- --suggest` finds in it (`read`) or why it cannot (`failed`).
 */

/** What the pipeline needs of the story an article joins: its gazetteer, ids and day one. */
export type PipelineContext = Pick<
  WorkspaceStory,
  'actors' | 'places' | 'articlesMeta' | 'events' | 'story'
>;

/** One article to read: its bytes (UTF-8 text; a saved page already reduced to its text). */
export interface PipelineArticle {
  /** Where it came from (a file name or `pasted text`): problems name it. */
  origin: string;
  bytes: Uint8Array;
  /** A publication date the editor gave (YYYY-MM-DD), for an article its text does not date. */
  published?: string;
}

/** What the page asks of the worker. */
export type PipelineRequest = {
  type: 'read';
  id: number;
  article: PipelineArticle;
  context: PipelineContext;
};

/** What the pipeline found in one article. */
export interface PipelineReading {
  report: ArticleReport;
  /** The cleaned text, paragraph by paragraph, as the ingest reads it. */
  paragraphs: string[];
  headings: number[];
  /** Its dated sentences as drafts, and the dated sentences it set aside with the reason. */
  candidates: SuggestedEvent[];
  skipped: SkippedSentence[];
}

/** What the worker answers. */
export type PipelineResponse =
  | { type: 'reading'; id: number }
  | { type: 'read'; id: number; reading: PipelineReading }
  | { type: 'failed'; id: number; problems: Problem[] };

/** How problems name the articles the editor brings in. */
export const PIPELINE_FOLDER = 'workspace';

/**
 * Reads one article as `npm run ingest -- --suggest` does (src/domain/ingest/suggest): strict
 * UTF-8, cleaning, metadata, publication date from its own clues (or the editor's), dated
 * sentences as drafts with the story's actors and places they name, ids free in the story.
 */
export function readArticle(
  article: PipelineArticle,
  context: PipelineContext,
): { ok: true; reading: PipelineReading } | { ok: false; problems: Problem[] } {
  const result = suggest({
    folder: PIPELINE_FOLDER,
    files: [{ file: article.origin, bytes: article.bytes }],
    actors: context.actors,
    places: context.places,
    articlesMeta: context.articlesMeta,
    events: context.events,
    story: context.story,
    labels: { actors: 'data/actors.json', places: 'data/places.json' },
    ...(article.published ? { published: { [article.origin]: article.published } } : {}),
  });
  if (!result.ok) return { ok: false, problems: result.problems };
  const { articles, candidates, skipped } = result.suggestion;
  const report = articles[0];
  if (!report) return { ok: false, problems: [] };
  const text = new TextDecoder().decode(article.bytes);
  const cleaned = cleanArticle(text);
  return {
    ok: true,
    reading: {
      report,
      paragraphs: cleaned.paragraphs,
      headings: cleaned.headings,
      candidates,
      skipped,
    },
  };
}

/**
 * The worker's brain: answers each request with the messages to post, in order (`reading`,
 * then `read` or `failed`). `post` sends one; an unexpected error becomes `failed` naming the
 * article, so the page never waits forever.
 */
export function createPipelineResponder(
  post: (response: PipelineResponse) => void,
): (request: PipelineRequest) => void {
  return ({ id, article, context }) => {
    post({ type: 'reading', id });
    try {
      const result = readArticle(article, context);
      post(
        result.ok
          ? { type: 'read', id, reading: result.reading }
          : { type: 'failed', id, problems: result.problems },
      );
    } catch (error) {
      post({
        type: 'failed',
        id,
        problems: [
          {
            file: `${PIPELINE_FOLDER}/${article.origin}`,
            id: article.origin,
            field: '(contents)',
            message: `the pipeline failed: ${String(error)}`,
          },
        ],
      });
    }
  };
}
