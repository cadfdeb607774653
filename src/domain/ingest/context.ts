import { splitSentences } from './sentences.ts';

/** Something found at an offset of a text (a date phrase, a weekday). */
export interface Located {
  index: number;
}

/** Where the phrases dating a quote were found. */
export type PhraseSource = 'quote' | 'sentence' | 'paragraph' | 'previous paragraph';

/** The phrases that date a quote, and where they were found. */
export interface QuoteContext<T> {
  phrases: T[];
  source: PhraseSource | null;
}

/**
 * The phrases that date a quote at `paragraphs[p].slice(start, end)`, looked for from the
 * closest context outwards, as a reader would: in the quote itself; else in the rest of the
 * sentences it overlaps; else the last one earlier in its paragraph; else the last one in the
 * previous paragraph, unless a section heading lies between (news prose states a date once and
 * the following sentences inherit it). `find` returns the phrases of a text with offsets.
 */
export function phrasesForQuote<T extends Located>(
  paragraphs: readonly string[],
  headings: readonly number[],
  p: number,
  start: number,
  end: number,
  find: (text: string) => T[],
): QuoteContext<T> {
  const paragraph = paragraphs[p] ?? '';
  const all = find(paragraph);
  const inQuote = all.filter((x) => x.index >= start && x.index < end);
  if (inQuote.length > 0) return { phrases: inQuote, source: 'quote' };

  const overlapping = splitSentences(paragraph).filter(
    (s) => s.start < end && s.start + s.text.length > start,
  );
  const sentenceStart = overlapping[0]?.start ?? start;
  const lastSentence = overlapping[overlapping.length - 1];
  const sentenceEnd = lastSentence ? lastSentence.start + lastSentence.text.length : end;
  const inSentence = all.filter((x) => x.index >= sentenceStart && x.index < sentenceEnd);
  if (inSentence.length > 0) return { phrases: inSentence, source: 'sentence' };

  const earlier = all.filter((x) => x.index < start);
  const last = earlier[earlier.length - 1];
  if (last) return { phrases: [last], source: 'paragraph' };

  if (p > 0 && !headings.includes(p) && !headings.includes(p - 1)) {
    const previous = find(paragraphs[p - 1] ?? '');
    const prevLast = previous[previous.length - 1];
    if (prevLast) return { phrases: [prevLast], source: 'previous paragraph' };
  }
  return { phrases: [], source: null };
}
