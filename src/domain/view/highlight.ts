import type { Article, DatasetEvent, Mention } from '../types';
import type { Filters } from './viewState';

/** Why a stretch of text is highlighted. */
export type MarkKind = 'mention' | 'quote' | 'focus';

/** A stretch of one paragraph to highlight, in UTF-16 offsets (`text.slice(start, end)`). */
export interface MarkRange {
  start: number;
  end: number;
  kind: MarkKind;
}

/** A run of text with the highlight kinds covering all of it (empty = plain text). */
export interface Segment {
  text: string;
  start: number;
  kinds: MarkKind[];
}

/**
 * Cuts `text` into runs so overlapping ranges need no nested markup: every boundary of every
 * range starts a new run, and each run lists the kinds that cover it. Ranges outside the text
 * are clipped; empty ones are ignored. Concatenating the runs' text gives `text` back.
 */
export function segmentText(text: string, ranges: readonly MarkRange[]): Segment[] {
  const valid = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.start < r.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((r) => [r.start, r.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? 0;
    const kinds = [
      ...new Set(valid.filter((r) => r.start <= start && r.end >= end).map((r) => r.kind)),
    ];
    segments.push({ text: text.slice(start, end), start, kinds: kinds.sort() });
  }
  return segments;
}

/** What to highlight in one article. */
export interface HighlightInput {
  article: Article;
  /** The dataset's mentions of this article (any order). */
  mentions: readonly Mention[];
  filters: Filters;
  event: DatasetEvent | null;
  /** The quote the reader asked to see, if it is in this article. */
  focus: { paragraph: number; start: number; end: number } | null;
}

/**
 * The highlight ranges of an article, per paragraph index: mentions of the filtered actors and
 * places, the selected event's evidence quotes from this article, and the focused quote.
 */
export function articleHighlights(input: HighlightInput): Map<number, MarkRange[]> {
  const { article, mentions, filters, event, focus } = input;
  const byParagraph = new Map<number, MarkRange[]>();
  const add = (paragraph: number, range: MarkRange) =>
    byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), range]);
  const actors = new Set(filters.actors);
  const places = new Set(filters.places);
  for (const m of mentions) {
    if (m.article !== article.id) continue;
    if ((m.entity === 'actor' && actors.has(m.id)) || (m.entity === 'place' && places.has(m.id))) {
      add(m.paragraph, { start: m.start, end: m.end, kind: 'mention' });
    }
  }
  for (const e of event?.evidence ?? []) {
    if (e.article === article.id) add(e.paragraph, { start: e.start, end: e.end, kind: 'quote' });
  }
  if (focus) add(focus.paragraph, { start: focus.start, end: focus.end, kind: 'focus' });
  return byParagraph;
}
