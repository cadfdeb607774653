// Imports carry `.ts`: the build (scripts/splitDatasetPlugin.ts) loads this module.
import type { Article, Dataset, Mention } from '../types.ts';

/**
 * What a dataset's first frame does not need, shipped by the build as a file of its own and
 * read after that frame: each article's text and the mentions written into it.
 */
export interface ArticleTexts {
  /** Each article's paragraphs and headings, in the dataset's article order. */
  articles: { id: string; paragraphs: string[]; headings: number[] }[];
  mentions: Mention[];
}

/**
 * True when the article's text is here. The one test of it: an article without its text (not
 * read yet: a dataset's text file, or a large dataset's article file) has no paragraphs, and
 * every article with text has at least one (ingest refuses an empty article).
 */
export function hasArticleText(article: Article): boolean {
  return article.paragraphs.length > 0;
}

/**
 * True when articles of the dataset have no text yet: a build's dataset file whose text file
 * is still to be read (a large dataset's overview, which has no articles, is not one).
 */
export function awaitsArticleText(dataset: Dataset): boolean {
  return Array.isArray(dataset.articles) && dataset.articles.some((a) => !hasArticleText(a));
}

/** A dataset without its articles' text and mentions (`head`), and those (`texts`). */
export function splitArticleTexts(dataset: Dataset): { head: Dataset; texts: ArticleTexts } {
  return {
    head: {
      ...dataset,
      articles: dataset.articles.map((a) => ({ ...a, paragraphs: [], headings: [] })),
      mentions: [],
    },
    texts: {
      articles: dataset.articles.map(({ id, paragraphs, headings }) => ({
        id,
        paragraphs,
        headings,
      })),
      mentions: dataset.mentions,
    },
  };
}

/**
 * The whole dataset from its head and texts (`splitArticleTexts`' inverse). The events and the
 * other fixed parts stay the same objects, so what was derived from them alone still holds.
 * An article the texts do not name stays as it was.
 */
export function joinArticleTexts(head: Dataset, texts: ArticleTexts): Dataset {
  const byId = new Map(texts.articles.map((t) => [t.id, t]));
  return {
    ...head,
    articles: head.articles.map((a) => {
      const text = byId.get(a.id);
      return text ? { ...a, paragraphs: text.paragraphs, headings: text.headings } : a;
    }),
    mentions: head.mentions.length === 0 ? texts.mentions : [...head.mentions, ...texts.mentions],
  };
}
