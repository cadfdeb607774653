import type { IsoDate } from '../types.ts';
import { phrasesForQuote, type PhraseSource } from './context.ts';
import {
  formatRange,
  phraseCovers,
  resolveDatePhrases,
  type ResolvedPhrase,
} from './relativeDates.ts';

/** One evidence quote, located, with its article's text and publication date. */
export interface DatedEvidence {
  article: string;
  published: IsoDate;
  paragraphs: readonly string[];
  headings: readonly number[];
  paragraph: number;
  start: number;
  end: number;
}

/** How an event's curated date relates to what its evidence says. */
export interface EventDating {
  dateBasis: string;
  /** Set when quotes resolve to dates and none is the event's date. */
  mismatch: string | null;
}

const SOURCE_TEXT: Record<Exclude<PhraseSource, 'quote'>, string> = {
  sentence: 'the same sentence',
  paragraph: 'the same paragraph, earlier',
  'previous paragraph': 'the previous paragraph',
};

function describe(p: ResolvedPhrase, e: DatedEvidence): string {
  return `“${p.phrase}” in ${e.article} (published ${e.published}) → ${formatRange(p)}`;
}

/**
 * Explains an event's date from its evidence and detects mismatches. The quotes' own date
 * phrases come first: when any resolves, one of them must cover the event's date (else a
 * mismatch). Without phrases in the quotes, the sentence or paragraph around a quote may
 * date it (reported as context, never as a mismatch); then the publication date of an
 * evidence article; otherwise the date is the curator's and the basis says so.
 */
export function dateEvent(
  date: IsoDate,
  precision: string,
  evidence: readonly DatedEvidence[],
): EventDating {
  const inQuotes = evidence.flatMap((e) => {
    const quote = (e.paragraphs[e.paragraph] ?? '').slice(e.start, e.end);
    return resolveDatePhrases(quote, e.published).map((p) => ({ p, e }));
  });
  const covering = inQuotes.filter(({ p }) => phraseCovers(p, date));
  if (covering.length > 0) {
    const seen = new Set<string>();
    const parts = covering
      .map(({ p, e }) => describe(p, e))
      .filter((t) => !seen.has(t) && seen.add(t) !== undefined);
    return { dateBasis: parts.join('; '), mismatch: null };
  }
  if (inQuotes.length > 0) {
    const said = inQuotes.map(({ p, e }) => describe(p, e)).join('; ');
    return {
      dateBasis: `curated date ${date}; the evidence says otherwise: ${said}`,
      mismatch: `${date} is not what the evidence says: ${said}`,
    };
  }
  for (const e of evidence) {
    const ctx = phrasesForQuote(e.paragraphs, e.headings, e.paragraph, e.start, e.end, (t) =>
      resolveDatePhrases(t, e.published),
    );
    const hit = ctx.phrases.find((p) => phraseCovers(p, date));
    if (hit && ctx.source && ctx.source !== 'quote') {
      return {
        dateBasis: `no date phrase in the quote; ${SOURCE_TEXT[ctx.source]} has ${describe(hit, e)}`,
        mismatch: null,
      };
    }
  }
  const atPublication = evidence.find((e) => e.published === date);
  if (atPublication) {
    return {
      dateBasis: `no date phrase in the evidence; the publication date of ${atPublication.article} (${date})${precision === 'approximate' ? ', approximate' : ''}`,
      mismatch: null,
    };
  }
  return {
    dateBasis: `curated ${precision === 'approximate' ? 'approximate ' : ''}date; no date phrase in the evidence resolves to it`,
    mismatch: null,
  };
}
