import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/domain/ingest/clean.ts';
import { extractMetadata, firstSentence } from '../../../src/domain/ingest/metadata.ts';
import { realArticle } from './fixture.ts';

describe('extractMetadata on the real articles', () => {
  it.each([
    ['000', 'headline', 'FISM News', 'Chris Lange', 'by mcardinal'],
    ['001', 'headline', null, null, null],
    ['002', 'headline', 'El País', null, null],
    ['003', 'no headline in the text; first sentence of the article', null, null, null],
    ['004', 'no headline in the text; first sentence of the article', null, null, null],
  ])('%s: %s, outlet %s, author %s, byline %s', (prefix, titleBasis, outlet, author, byline) => {
    const md = extractMetadata(cleanArticle(realArticle(prefix)));
    expect(md.titleBasis).toBe(titleBasis);
    expect(md.outlet).toBe(outlet);
    expect(md.author).toBe(author);
    expect(md.byline).toBe(byline);
    expect(md.outletBasis === null).toBe(outlet === null);
  });

  it('states where the El País outlet comes from', () => {
    const md = extractMetadata(cleanArticle(realArticle('002')));
    expect(md.outletBasis).toContain('Recomendaciones EL PAÍS');
  });

  it('derives 003 and 004 titles from the first sentence', () => {
    expect(extractMetadata(cleanArticle(realArticle('004'))).title).toBe(
      'Russia is no closer to backing down from its war in Ukraine following a meeting between the two countries’ foreign ministers in Turkey on Thursday.',
    );
    expect(extractMetadata(cleanArticle(realArticle('003'))).title).toMatch(
      /^Moscow dismissed a diplomatic overture by Ukraine in peace talks,.*eastern portions of the country\.$/,
    );
  });

  it('does not take cited outlets (AP, Fox News, Reuters) as the publisher', () => {
    const md = extractMetadata(
      cleanArticle('AP reported that talks failed.\nA Fox News report said so.'),
    );
    expect(md.outlet).toBeNull();
  });
});

describe('firstSentence', () => {
  it.each([
    ['One. Two.', 'One.'],
    ['Mr. Medinsky said so. Then more.', 'Mr. Medinsky said so.'],
    ['The U.S. said no. Later.', 'The U.S. said no.'],
    ['“We will,” he said. Next.', '“We will,” he said.'],
    ['No terminal punctuation', 'No terminal punctuation'],
  ])('%j → %j', (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});
