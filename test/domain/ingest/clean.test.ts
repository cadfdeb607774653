import { describe, expect, it } from 'vitest';
import { cleanArticle, endsLikeSentence, findJunk } from '../../../src/domain/ingest/clean.ts';
import { realArticle } from './fixture.ts';

const BODY = 'Russia rejected the offer on Thursday.';

describe('cleanArticle: junk removal', () => {
  it.each([
    ['share widget', 'Spread the love', 'social-sharing widget text'],
    ['ad marker 1', '[ad_1]', 'ad placeholder marker'],
    ['ad marker 2', '[ad_2]', 'ad placeholder marker'],
    ['source link', 'Source link', 'scraper "Source link" footer'],
    ['tags', 'Tags: war, Ukraine', 'tag list footer'],
    ['comment form', 'Leave a Reply', 'comment form'],
    [
      'email notice',
      'Your email address will not be published. Required fields are marked *',
      'comment form',
    ],
    ['more information', 'More information', '"More information" link footer'],
    ['recommendations', 'Recomendaciones EL PAÍS', 'recommendation footer'],
    ['newsletter', 'Sign up for our daily newsletter', 'newsletter footer'],
    [
      'comment section',
      'admin in: How the Muslim Brotherhood betrayed Saudi Arabia?',
      'comment section from an unrelated page',
    ],
    [
      'spam URL comment',
      'https://spam.example/pills/ in: Cross-region cooperation needed',
      'comment section from an unrelated page',
    ],
  ])('removes %s', (_, junk, reason) => {
    const cleaned = cleanArticle(`${BODY}\n\n${junk}\n`);
    expect(cleaned.paragraphs).toEqual([BODY]);
    expect(cleaned.removed).toEqual([{ line: 3, text: junk, reason }]);
  });

  it('drops everything after the start of a comment section, whatever it says', () => {
    const raw = [
      BODY,
      'admin in: Some unrelated title',
      'Great article with insight ...',
      'Hello there, just became aware of your blog through Google, and found ...',
    ].join('\n');
    const cleaned = cleanArticle(raw);
    expect(cleaned.paragraphs).toEqual([BODY]);
    expect(cleaned.removed.map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it('keeps a body sentence that merely mentions " in: " mid-line', () => {
    const line = 'Officials said the word used in: the statement was “staged.”';
    expect(cleanArticle(`${BODY}\n${line}`).paragraphs).toEqual([BODY, line]);
  });

  it('splits on single newlines and blank lines alike, trimming NBSP and spaces', () => {
    const cleaned = cleanArticle(`  First line.\u00a0\nSecond line.\n\n\nThird line.\r\n`);
    expect(cleaned.paragraphs).toEqual(['First line.', 'Second line.', 'Third line.']);
  });
});

describe('cleanArticle: headline, byline, headings', () => {
  it.each([
    [
      'a short unpunctuated first line followed by text',
      'Talks fail\nThe talks failed.',
      'Talks fail',
    ],
    ['a first line that is a sentence', 'The talks failed.\nMore text.', null],
    ['a lone line (nothing follows)', 'Talks fail', null],
    ['a first line over 140 characters', `${'word '.repeat(30)}end\nMore.`, null],
  ])('headline: %s', (_, raw, headline) => {
    expect(cleanArticle(raw).headline).toBe(headline);
  });

  it('reads the byline and the author/outlet credit of 000', () => {
    const cleaned = cleanArticle(realArticle('000'));
    expect(cleaned.headline).toBe(
      'No progress in Ukraine-Russia talks; Moscow claims hospital bombing was staged propaganda',
    );
    expect(cleaned.byline).toBe('by mcardinal');
    expect(cleaned.credit).toEqual({
      author: 'Chris Lange',
      outlet: 'FISM News',
      line: 'Chris Lange, FISM News',
    });
  });

  it('finds the three section sub-headings of 000 and none elsewhere', () => {
    const c = cleanArticle(realArticle('000'));
    expect(c.headings.map((i) => c.paragraphs[i])).toEqual([
      'Moscow says maternity hospital bombing was ‘faked’ by Ukraine',
      'Russian broadens attacks to three more cities; continues bombardment of Mariupol',
      'West moves to remove Russia from ‘most favored nation’ trade status',
    ]);
    for (const prefix of ['001', '002', '003', '004'])
      expect(cleanArticle(realArticle(prefix)).headings).toEqual([]);
  });

  it.each([
    ['Ukraine.', true],
    ['“inhumane, cruel and tragic.”', true],
    ['what kind of progress?’’', true],
    ['trade status', false],
    ['‘faked’ by Ukraine', false],
    ['the ‘most favored nation’', false],
  ])('endsLikeSentence(%j) = %s', (line, expected) => {
    expect(endsLikeSentence(line)).toBe(expected);
  });
});

describe('cleanArticle on the real articles', () => {
  it.each([
    [
      '000',
      'No progress in Ukraine-Russia talks; Moscow claims hospital bombing was staged propaganda',
      0,
    ],
    ['001', 'Putin says some ‘positive shifts’ in talks with Ukraine', 7],
    [
      '002',
      'Russia rejects discussing a ceasefire, as its troops intensify their attacks in Ukraine',
      3,
    ],
    ['003', null, 4],
    ['004', null, 0],
  ])('%s: headline and number of junk lines', (prefix, headline, removed) => {
    const c = cleanArticle(realArticle(prefix));
    expect(c.headline).toBe(headline);
    expect(c.removed).toHaveLength(removed);
  });

  it.each(['000', '001', '002', '003', '004'])(
    '%s: every non-junk line survives byte for byte, in order',
    (prefix) => {
      const raw = realArticle(prefix);
      const c = cleanArticle(raw);
      const lines = raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
      const removed = new Set(c.removed.map((r) => r.text));
      const meta = [c.headline, c.byline, c.credit?.line].filter(
        (x): x is string => x !== null && x !== undefined,
      );
      const expectedBody = lines.filter((l) => !removed.has(l) && !meta.includes(l));
      expect(c.paragraphs).toEqual(expectedBody);
      // Each paragraph is a substring of the raw bytes (nothing rewritten inside a line).
      for (const p of c.paragraphs) expect(raw.includes(p)).toBe(true);
      for (const p of c.paragraphs) expect(findJunk(p)).toEqual([]);
    },
  );
});

describe('findJunk', () => {
  it.each([
    ['Spread the love', ['social-sharing widget text']],
    ['text [ad_1] text', ['ad placeholder marker']],
    ['Body.\nLeave a Reply', ['comment form']],
    ['admin in: Other page', ['comment section from an unrelated page']],
    ['Clean sentence about Source link-free text.', []],
    [BODY, []],
  ])('%j → %j', (text, expected) => {
    expect(findJunk(text)).toEqual(expected);
  });
});
