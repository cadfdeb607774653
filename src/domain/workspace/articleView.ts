import type { ArticleMetadata } from '../types.ts';
import { cleanArticle, type RemovedLine } from '../ingest/clean.ts';
import { extractMetadata } from '../ingest/metadata.ts';
import type { ArticleMetaInput } from '../ingest/schema.ts';
import type { WorkspaceArticle, WorkspaceStory } from './story.ts';

/** An article of the story as the workspace shows it: what the pipeline read, and the edits. */
export interface ArticleView {
  id: string;
  file: string;
  origin: string;
  format: WorkspaceArticle['format'];
  /** What the cleaner read in the text (before the editor's overrides). */
  read: ArticleMetadata;
  overrides: NonNullable<ArticleMetaInput['overrides']>;
  paragraphs: string[];
  headings: number[];
  removed: RemovedLine[];
}

/** The story's articles in the order they were added, each cleaned and read as the ingest does. */
export function articleViews(story: WorkspaceStory): ArticleView[] {
  return story.articlesMeta.flatMap((meta) => {
    const article = story.articles.find((a) => a.file === meta.file);
    if (!article) return [];
    const cleaned = cleanArticle(article.text);
    return [
      {
        id: meta.id,
        file: meta.file,
        origin: article.origin,
        format: article.format,
        read: extractMetadata(cleaned),
        overrides: meta.overrides ?? {},
        paragraphs: cleaned.paragraphs,
        headings: cleaned.headings,
        removed: cleaned.removed,
      },
    ];
  });
}
