import { cleanArticle } from '../../ingest/clean.ts';
import type { WorkspaceStory } from '../story.ts';
import { EditRefused } from './refused.ts';

/** A stretch of one paragraph of an article's cleaned text, as the editor selected it. */
export interface TextSelection {
  /** Article id. */
  article: string;
  /** Paragraph index in the cleaned article, and offsets in it (`end` exclusive). */
  paragraph: number;
  start: number;
  end: number;
}

/** A quote taken from a selection: the text itself and which of its matches it is. */
export interface SelectedQuote {
  quote: string;
  /** 1-based: the n-th match of `quote` in the article, counted as `locateQuote` counts. */
  occurrence: number;
}

/** The cleaned paragraphs of a story's article, as the ingest reads them (empty when unknown). */
export function articleParagraphs(story: WorkspaceStory, articleId: string): string[] {
  const meta = story.articlesMeta.find((a) => a.id === articleId);
  const article = meta && story.articles.find((a) => a.file === meta.file);
  return article ? cleanArticle(article.text).paragraphs : [];
}

/**
 * The quote a selection makes: sliced from the cleaned paragraph (so verbatim by construction),
 * without the spaces at its ends, with its occurrence when the same text appears earlier in the
 * article. An empty or out-of-range selection is refused with the reason.
 */
export function selectionQuote(
  story: WorkspaceStory,
  selection: TextSelection,
): { ok: true; value: SelectedQuote } | { ok: false; message: string } {
  const paragraphs = articleParagraphs(story, selection.article);
  const text = paragraphs[selection.paragraph];
  if (text === undefined) return { ok: false, message: 'the selection is not in the article' };
  const { start, end } = selection;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    return { ok: false, message: 'the selection is outside its paragraph' };
  }
  const raw = text.slice(start, Math.max(start, end));
  const from = start + (raw.length - raw.trimStart().length);
  const quote = raw.trim();
  if (quote === '') return { ok: false, message: 'select some words of the article first' };
  let occurrence = 0;
  paragraphs.forEach((p, i) => {
    for (let at = p.indexOf(quote); at !== -1; at = p.indexOf(quote, at + 1)) {
      if (i < selection.paragraph || (i === selection.paragraph && at <= from)) occurrence++;
    }
  });
  return { ok: true, value: { quote, occurrence } };
}

/**
 * Adds the selected words of an article to an event as evidence: the quote is the selected text
 * itself, never typed, with its occurrence when it appears earlier in the article too.
 */
export function evidenceAdded(
  story: WorkspaceStory,
  eventId: string,
  selection: TextSelection,
): WorkspaceStory {
  if (!story.events.some((e) => e.id === eventId)) {
    throw new EditRefused(eventId, 'id', 'no such event in the story');
  }
  const taken = selectionQuote(story, selection);
  if (!taken.ok) throw new EditRefused(eventId, 'evidence', taken.message);
  const { quote, occurrence } = taken.value;
  const evidence = { article: selection.article, quote, ...(occurrence > 1 ? { occurrence } : {}) };
  return {
    ...story,
    events: story.events.map((e) => {
      if (e.id !== eventId) return e;
      const cited = e.evidence.some(
        (q) =>
          q.article === evidence.article && q.quote === quote && (q.occurrence ?? 1) === occurrence,
      );
      return cited ? e : { ...e, evidence: [...e.evidence, evidence] };
    }),
  };
}
