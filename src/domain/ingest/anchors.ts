import type { IsoDate } from '../types.ts';
import { phrasesForQuote } from './context.ts';
import { WEEKDAY_NAMES, addDays, weekdayOf } from './dates.ts';
import type { IntervalClue } from './pubdate.ts';
import { findWeekdayPhrases, resolveDatePhrases } from './relativeDates.ts';

/** An evidence quote located in its article, for anchoring. */
export interface AnchorEvidence {
  article: string;
  paragraph: number;
  start: number;
  end: number;
}

/** What anchoring needs to know about an article. */
export interface AnchorArticle {
  paragraphs: readonly string[];
  headings: readonly number[];
  /** Known publication date, or null while still undated. */
  published: IsoDate | null;
}

/**
 * Cross-article anchoring: an article without day-count clues can be dated through an event it
 * shares with a dated article. If the undated article names a weekday for the event ("talks …
 * Thursday") and a dated article's phrase for the same event resolves to a day with that
 * weekday (2022-03-10), the undated article was published 0–6 days after that day.
 * Returns one `shared-event` interval clue per (event, dated article) pair.
 */
export function sharedEventClues(
  articleId: string,
  articles: ReadonlyMap<string, AnchorArticle>,
  events: readonly { id: string; evidence: readonly AnchorEvidence[] }[],
): IntervalClue[] {
  const self = articles.get(articleId);
  if (!self) return [];
  const clues: IntervalClue[] = [];
  for (const event of events) {
    const mine = event.evidence.find((e) => e.article === articleId);
    if (!mine) continue;
    const weekday = phrasesForQuote(
      self.paragraphs,
      self.headings,
      mine.paragraph,
      mine.start,
      mine.end,
      findWeekdayPhrases,
    ).phrases[0];
    if (!weekday) continue;
    const seen = new Set<string>();
    for (const other of event.evidence) {
      const dated = articles.get(other.article);
      if (
        other.article === articleId ||
        !dated ||
        dated.published === null ||
        seen.has(other.article)
      )
        continue;
      const published = dated.published;
      const ctx = phrasesForQuote(
        dated.paragraphs,
        dated.headings,
        other.paragraph,
        other.start,
        other.end,
        (t) => resolveDatePhrases(t, published),
      );
      const match = ctx.phrases.find(
        (p) => p.from === p.to && weekdayOf(p.from) === weekday.weekday,
      );
      if (!match) continue;
      seen.add(other.article);
      const to = addDays(match.from, 6);
      clues.push({
        kind: 'shared-event',
        phrase: weekday.phrase,
        from: match.from,
        to,
        reading: `event "${event.id}": “${match.phrase}” in ${other.article} (published ${published}) is ${match.from}, a ${WEEKDAY_NAMES[weekday.weekday]} → ${match.from}..${to}`,
      });
    }
  }
  return clues;
}
