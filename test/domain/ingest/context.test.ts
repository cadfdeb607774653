import { describe, expect, it } from 'vitest';
import { phrasesForQuote } from '../../../src/domain/ingest/context.ts';
import { dateEvent, type DatedEvidence } from '../../../src/domain/ingest/eventDates.ts';
import { findWeekdayPhrases } from '../../../src/domain/ingest/relativeDates.ts';

const PARAGRAPHS = [
  'Russia rejected the offer Thursday.',
  'Kuleba met Lavrov in Antalya. The talks lasted 90 minutes. Mr. Peskov said on Wednesday that he knew.',
  'A Heading Without Punctuation',
  'Nothing dated here.',
];
const HEADINGS = [2];

function at(quote: string) {
  const paragraph = PARAGRAPHS.findIndex((p) => p.includes(quote));
  const start = PARAGRAPHS[paragraph]?.indexOf(quote) ?? -1;
  return { paragraph, start, end: start + quote.length };
}

function context(quote: string) {
  const { paragraph, start, end } = at(quote);
  const ctx = phrasesForQuote(PARAGRAPHS, HEADINGS, paragraph, start, end, findWeekdayPhrases);
  return [ctx.source, ctx.phrases.map((p) => p.phrase)];
}

describe('phrasesForQuote', () => {
  it.each([
    ['said on Wednesday', ['quote', ['on Wednesday']]],
    ['Mr. Peskov said', ['sentence', ['on Wednesday']]],
    ['The talks lasted 90 minutes.', ['previous paragraph', ['Thursday']]],
    ['Nothing dated here.', [null, []]],
  ])('%j → %j', (quote, expected) => {
    expect(context(quote)).toEqual(expected);
  });
});

describe('dateEvent', () => {
  const evidence = (quote: string, published = '2022-03-11'): DatedEvidence => ({
    article: 'fism',
    published,
    paragraphs: PARAGRAPHS,
    headings: HEADINGS,
    ...at(quote),
  });

  it('names the phrase that dates the event', () => {
    expect(
      dateEvent('2022-03-10', 'day', [evidence('Russia rejected the offer Thursday.')]),
    ).toEqual({
      dateBasis: '“Thursday” in fism (published 2022-03-11) → 2022-03-10',
      mismatch: null,
    });
  });

  it('reports a mismatch when the quote says another day', () => {
    const dating = dateEvent('2022-03-11', 'day', [
      evidence('Russia rejected the offer Thursday.'),
    ]);
    expect(dating.mismatch).toBe(
      '2022-03-11 is not what the evidence says: “Thursday” in fism (published 2022-03-11) → 2022-03-10',
    );
  });

  it('uses the sentence or paragraph around a quote without a date phrase, and says so', () => {
    expect(dateEvent('2022-03-09', 'day', [evidence('Mr. Peskov said')]).dateBasis).toBe(
      'no date phrase in the quote; the same sentence has “on Wednesday” in fism (published 2022-03-11) → 2022-03-09',
    );
  });

  it('falls back to the publication date, then to the curator', () => {
    expect(
      dateEvent('2022-03-11', 'approximate', [evidence('Nothing dated here.')]).dateBasis,
    ).toBe(
      'no date phrase in the evidence; the publication date of fism (2022-03-11), approximate',
    );
    expect(dateEvent('2022-03-05', 'approximate', [evidence('Nothing dated here.')])).toEqual({
      dateBasis: 'curated approximate date; no date phrase in the evidence resolves to it',
      mismatch: null,
    });
  });
});
