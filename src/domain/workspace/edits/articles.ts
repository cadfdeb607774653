import type { RemovedLine } from '../../ingest/clean.ts';
import type { ArticleMetaInput } from '../../ingest/schema.ts';
import type { SuggestedEvent } from '../../ingest/suggest/suggest.ts';
import { slugify, uniqueSlug } from '../../ingest/suggest/slug.ts';
import type { WorkspaceArticle, WorkspaceStory } from '../story.ts';
import { EditRefused } from './refused.ts';
import { draftsFor } from './draftIds.ts';

/** An article the editor brings in, with what the pipeline found in it. */
export interface NewArticle {
  /** The title the pipeline read (or the editor gave): the article's id and file name come from it. */
  title: string;
  text: string;
  origin: string;
  format: WorkspaceArticle['format'];
  removed: RemovedLine[];
  /**
   * The pipeline's drafts for this article, under whatever article id the pipeline used: they are
   * given the article's id here and ids free in the story.
   */
  candidates: readonly SuggestedEvent[];
  /** A publication date the editor gave (needed when the text does not date the article). */
  published?: { date: string; basis: string };
}

/** The basis recorded for a publication date the editor sets in the workspace without a reason. */
export const EDITOR_DATE_BASIS = 'publication date given by the editor in the workspace';

/** The id an article with this title would get in `story` (a slug free among its articles). */
export function articleIdFor(story: WorkspaceStory, title: string): string {
  return uniqueSlug(slugify(title), new Set(story.articlesMeta.map((a) => a.id)));
}

/**
 * Adds an article: its text as `<id>.txt` (the id a slug of its title, free in the story), its
 * articles.json entry (with the editor's publication date, if given, as an override and its
 * basis), and its drafts, pending.
 */
export function articleAdded(story: WorkspaceStory, article: NewArticle): WorkspaceStory {
  if (article.text.trim() === '') {
    throw new EditRefused(article.origin, '(contents)', 'the article is empty');
  }
  const id = articleIdFor(story, article.title);
  const file = `${id}.txt`;
  const meta: ArticleMetaInput = article.published
    ? {
        file,
        id,
        overrides: {
          published: article.published.date,
          publishedBasis: article.published.basis.trim() || EDITOR_DATE_BASIS,
        },
      }
    : { file, id };
  return {
    ...story,
    articles: [
      ...story.articles,
      {
        file,
        text: article.text,
        origin: article.origin,
        format: article.format,
        removed: article.removed,
      },
    ],
    articlesMeta: [...story.articlesMeta, meta],
    drafts: [
      ...story.drafts,
      ...draftsFor(
        story,
        article.candidates.map((c) => ({ ...c, article: id })),
      ),
    ],
  };
}

/** What the editor can correct in an article's metadata. */
export type ArticleMetaEdit =
  | { field: 'title'; value: string }
  | { field: 'outlet' | 'author'; value: string | null }
  | { field: 'published'; value: string; basis?: string };

/**
 * Records the editor's correction of an article's title, outlet, author or publication date as
 * an override in its articles.json entry (overrides win over what the pipeline infers); a
 * publication date carries its basis, the editor's reason or, without one, that the editor gave
 * it. An empty title or date removes the override (the pipeline's reading applies again).
 */
export function articleMetaEdited(
  story: WorkspaceStory,
  articleId: string,
  edit: ArticleMetaEdit,
): WorkspaceStory {
  const entry = story.articlesMeta.find((a) => a.id === articleId);
  if (!entry) throw new EditRefused(articleId, 'id', 'no such article in the story');
  const overrides = { ...entry.overrides };
  if (edit.field === 'published') {
    if (edit.value === '') {
      delete overrides.published;
      delete overrides.publishedBasis;
    } else {
      overrides.published = edit.value;
      overrides.publishedBasis = edit.basis?.trim() || EDITOR_DATE_BASIS;
    }
  } else if (edit.field === 'title') {
    if (edit.value.trim() === '') delete overrides.title;
    else overrides.title = edit.value.trim();
  } else {
    const value = edit.value?.trim() ?? '';
    overrides[edit.field] = value === '' ? null : value;
  }
  const { file, id } = entry;
  const updated: ArticleMetaInput =
    Object.keys(overrides).length === 0 ? { file, id } : { file, id, overrides };
  return {
    ...story,
    articlesMeta: story.articlesMeta.map((a) => (a.id === articleId ? updated : a)),
  };
}

/**
 * Replaces an article's pending drafts with the pipeline's new reading (after its publication
 * date changed, say); drafts already decided stay as they are.
 */
export function articleDraftsReplaced(
  story: WorkspaceStory,
  articleId: string,
  candidates: readonly SuggestedEvent[],
): WorkspaceStory {
  const kept = story.drafts.filter(
    (d) => d.candidate.article !== articleId || d.status !== 'pending',
  );
  const decided = new Set(
    kept.filter((d) => d.candidate.article === articleId).map((d) => d.candidate.quote),
  );
  const base = { ...story, drafts: kept };
  return {
    ...base,
    drafts: [
      ...kept,
      ...draftsFor(
        base,
        candidates.map((c) => ({ ...c, article: articleId })).filter((c) => !decided.has(c.quote)),
      ),
    ],
  };
}
