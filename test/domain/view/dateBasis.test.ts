import { describe, expect, it } from 'vitest';
import { dateEvent, type DatedEvidence } from '../../../src/domain/ingest/eventDates.ts';
import { EDITOR_NOTE } from '../../../src/domain/types';
import { readDateBasis } from '../../../src/domain/view/dateBasis';

// The traces come from the ingest's own writer (dateEvent), so a change to its format that the
// reader does not follow fails here; the sentences are written out by hand.
const PARAGRAPHS = [
  'Russia rejected the offer on Thursday.',
  'Kuleba met Lavrov in Antalya. Mr. Peskov said on Wednesday that he knew.',
  'Nothing dated here.',
  'The fighting of the past few days went on.',
];
const ARTICLES = new Map([
  ['el-pais', { outlet: 'El País', title: 'Russia rejects a ceasefire' }],
  ['blog', { outlet: null, title: 'A quiet day' }],
]);

function evidence(quote: string, article = 'el-pais', published = '2022-03-11'): DatedEvidence {
  const paragraph = PARAGRAPHS.findIndex((p) => p.includes(quote));
  const start = PARAGRAPHS[paragraph]!.indexOf(quote);
  return {
    article,
    published,
    paragraphs: PARAGRAPHS,
    headings: [],
    paragraph,
    start,
    end: start + quote.length,
  };
}

const read = (date: string, precision: string, quotes: DatedEvidence[]) =>
  readDateBasis(dateEvent(date, precision, quotes).dateBasis, ARTICLES);

describe('readDateBasis', () => {
  it('names the phrase, the outlet and its publication day', () => {
    expect(read('2022-03-10', 'day', [evidence('Russia rejected the offer on Thursday.')])).toBe(
      'Dated from ‘on Thursday’ in El País, published 11 Mar 2022.',
    );
  });

  it('joins several sources and gives a span for a vague phrase', () => {
    expect(
      read('2022-03-08', 'approximate', [
        evidence('The fighting of the past few days went on.'),
        evidence('The fighting of the past few days went on.', 'blog', '2022-03-10'),
      ]),
    ).toBe(
      'Dated from ‘past few days’ in El País, published 11 Mar 2022 (somewhere in 4–11 Mar 2022); and ‘past few days’ in “A quiet day”, published 10 Mar 2022 (somewhere in 3–10 Mar 2022).',
    );
  });

  it('says when the phrase is around the quote, not in it', () => {
    expect(read('2022-03-09', 'day', [evidence('Mr. Peskov said')])).toBe(
      'Dated from ‘on Wednesday’ in El País, published 11 Mar 2022; the quote itself names no day, the phrase is elsewhere in its sentence.',
    );
  });

  it('falls back to the publication day, then to the editors', () => {
    expect(read('2022-03-11', 'approximate', [evidence('Nothing dated here.')])).toBe(
      'Dated about the day El País published it, 11 Mar 2022: no source names the day.',
    );
    expect(read('2022-03-05', 'day', [evidence('Nothing dated here.')])).toBe(
      'Dated by the editors: no source’s words name the day.',
    );
  });

  it('says when the sources suggest another day', () => {
    expect(read('2022-03-11', 'day', [evidence('Russia rejected the offer on Thursday.')])).toBe(
      'Dated by the editors; the sources suggest otherwise: ‘on Thursday’ in El País, published 11 Mar 2022.',
    );
  });

  it('gives the editor’s note on the date after the sources, marked as the editor’s', () => {
    const basis = `“in 2014” in el-pais (published 2022-03-10) → 2014-01-01..2014-12-31${EDITOR_NOTE}the article says only “in 2014”`;
    expect(readDateBasis(basis, ARTICLES)).toBe(
      'Dated from ‘in 2014’ in El País, published 10 Mar 2022 (somewhere in 2014). Editor’s note: the article says only “in 2014”.',
    );
  });

  it('keeps a trace it cannot read as it is', () => {
    expect(readDateBasis('synthetic: "on Monday" in a-1, published 2022-01-03', ARTICLES)).toBe(
      'synthetic: "on Monday" in a-1, published 2022-01-03',
    );
  });
});
