import type { EventKind, IsoDate } from '../../types.ts';
import type { buildMatcher } from '../entities.ts';
import { formatRange, resolveDatePhrases, type ResolvedPhrase } from '../relativeDates.ts';
import { splitSentences } from '../sentences.ts';
import { guessKind } from './kind.ts';

/** A dated sentence proposed as an event, with every guess and its basis. */
export interface Candidate {
  /** Id of the article the sentence is in. */
  article: string;
  /** Paragraph index in the cleaned article and the sentence's offset in it. */
  paragraph: number;
  start: number;
  /** The sentence, verbatim: the evidence quote. */
  quote: string;
  /** 1-based match of `quote` in the article (only > 1 when the sentence is repeated). */
  occurrence: number;
  date: IsoDate;
  datePrecision: 'day' | 'approximate';
  /** The phrase the date comes from, as written ("on Tuesday"). */
  datePhrase: string;
  /** How the phrase became the date. */
  dateBasis: string;
  /** Other date phrases in the same sentence, with their resolution (the editor may prefer one). */
  otherPhrases: string[];
  kind: EventKind;
  kindBasis: string;
  /** Actor and place ids named in the sentence, in order of first mention. */
  actors: string[];
  places: string[];
}

/** A sentence with a date phrase that is not proposed, and why. */
export interface SkippedSentence {
  article: string;
  paragraph: number;
  sentence: string;
  phrases: string[];
  reason: string;
}

/** What `findCandidates` needs to know about one cleaned article. */
export interface CandidateArticle {
  id: string;
  paragraphs: readonly string[];
  headings: readonly number[];
  /** Publication date, or null when it could not be inferred. */
  published: IsoDate | null;
}

// A sentence about the future ("will meet again on Friday") names a day that is not behind the
// publication date; the resolver reads weekdays as past days, so such a date would be wrong.
const FUTURE = /\b(?:will|shall|is expected to|are expected to|is due to|plans? to|going to)\b/i;

/** Where each match of `quote` lies, in the order `locateQuote` counts them. */
function matchesOf(paragraphs: readonly string[], quote: string): { p: number; i: number }[] {
  const out: { p: number; i: number }[] = [];
  paragraphs.forEach((text, p) => {
    for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) out.push({ p, i });
  });
  return out;
}

/** The phrase a candidate is dated by: the first single day, else the first range. */
function pickPhrase(phrases: readonly ResolvedPhrase[]): ResolvedPhrase | undefined {
  return phrases.find((p) => p.from === p.to) ?? phrases[0];
}

function describe(p: ResolvedPhrase): string {
  return `“${p.phrase}” → ${formatRange(p)}`;
}

function uniqueIds(mentions: readonly { entity: string; id: string }[], entity: string): string[] {
  return [...new Set(mentions.filter((m) => m.entity === entity).map((m) => m.id))];
}

/** Any date: the reference that date phrases are detected against when nothing resolves them. */
const DETECTION_ONLY: IsoDate = '2000-01-01';

/**
 * The dated sentences of an article as candidate events. A sentence is a candidate when one of
 * its own date phrases resolves against the publication date (relativeDates.ts: "on Tuesday" is
 * the most recent Tuesday on or before publication, "last week" the previous Monday–Sunday…).
 * The quote is the whole sentence, verbatim, so that `npm run ingest` finds it and dates the
 * event from the same phrase. Section headings, sentences about the future and, when the
 * publication date is unknown, every dated sentence are skipped with a reason.
 */
export function findCandidates(
  article: CandidateArticle,
  match: ReturnType<typeof buildMatcher>,
): { candidates: Candidate[]; skipped: SkippedSentence[] } {
  const candidates: Candidate[] = [];
  const skipped: SkippedSentence[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    if (article.headings.includes(p)) return;
    for (const sentence of splitSentences(paragraph)) {
      // Without a publication date, phrases are only detected (against an arbitrary reference).
      const phrases = resolveDatePhrases(sentence.text, article.published ?? DETECTION_ONLY);
      if (phrases.length === 0) continue;
      const skip = (reason: string) =>
        skipped.push({
          article: article.id,
          paragraph: p,
          sentence: sentence.text,
          phrases: phrases.map((x) => x.phrase),
          reason,
        });
      if (article.published === null) {
        skip('the publication date is unknown, so its date phrases cannot be resolved');
        continue;
      }
      if (FUTURE.test(sentence.text)) {
        skip('about the future: its date phrase may name a day after publication');
        continue;
      }
      const chosen = pickPhrase(phrases);
      if (!chosen) continue;
      const day = chosen.from === chosen.to;
      const quote = sentence.text;
      const occurrence =
        matchesOf(article.paragraphs, quote).findIndex((m) => m.p === p && m.i === sentence.start) +
        1;
      const mentions = match(quote);
      const kind = guessKind(quote);
      candidates.push({
        article: article.id,
        paragraph: p,
        start: sentence.start,
        quote,
        occurrence,
        date: chosen.from,
        datePrecision: day ? 'day' : 'approximate',
        datePhrase: chosen.phrase,
        dateBasis:
          `${describe(chosen)}, resolved against the publication date ${article.published}` +
          (day ? '' : '; a range, so the draft takes its first day and marks it approximate'),
        otherPhrases: phrases.filter((x) => x !== chosen).map(describe),
        kind: kind.kind,
        kindBasis: kind.basis,
        actors: uniqueIds(mentions, 'actor'),
        places: uniqueIds(mentions, 'place'),
      });
    }
  });
  return { candidates, skipped };
}
