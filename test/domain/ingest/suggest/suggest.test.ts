import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/domain/ingest/clean.ts';
import { articlesMetaSchema, eventsInputSchema } from '../../../../src/domain/ingest/schema.ts';
import { splitSentences } from '../../../../src/domain/ingest/sentences.ts';
import {
  GIVEN_DATE_BASIS,
  suggest,
  type Suggestion,
} from '../../../../src/domain/ingest/suggest/suggest.ts';
import { DATA_DIR } from '../fixture.ts';
import { FIXTURE_FILE, fixtureText, suggestInputs, textFile } from './fixture.ts';

function fixtureSuggestion(): Suggestion {
  const result = suggest(suggestInputs());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.suggestion;
}

describe('suggest on the hand-made fixture article', () => {
  const s = fixtureSuggestion();
  const raw = fixtureText();

  it('reads the article: metadata as stated, publication date inferred with its basis', () => {
    expect(s.articles).toHaveLength(1);
    const [a] = s.articles;
    expect(a).toMatchObject({
      file: FIXTURE_FILE,
      id: 'red-cross-convoy-turned-back-from',
      title: 'Red Cross convoy turned back from Mariupol as Istanbul talks fade',
      titleBasis: 'headline',
      outlet: 'Harbour Wire',
      author: 'Anna Keller',
      published: '2022-04-04',
      warnings: [],
    });
    expect(a?.publishedBasis).toContain('“in its 40th day” (day 40 of the invasion');
    expect(s.articlesJson).toEqual([
      { file: FIXTURE_FILE, id: 'red-cross-convoy-turned-back-from' },
    ]);
  });

  it('drops the scraping junk, including a comment section that names a weekday', () => {
    const removed = s.articles[0]?.removed.map((r) => r.text) ?? [];
    expect(removed).toEqual(
      expect.arrayContaining([
        'Spread the love',
        '[ad_1]',
        '[ad_2]',
        'Tags: Ukraine, Mariupol, Red Cross, Istanbul',
        'Leave a Reply',
        'Source link',
        'admin in: Ten ways to save on heating this winter',
        'On Tuesday we published our guide to cheaper bills, and readers loved it.',
      ]),
    );
    const quotes = s.candidates.map((c) => c.quote).join('\n');
    expect(quotes).not.toMatch(
      /Spread the love|\[ad_|Tags:|Leave a Reply|Source link|guide to cheaper/,
    );
  });

  it('proposes one candidate per dated past sentence, dated from its own phrase', () => {
    const table = s.candidates.map((c) => [
      c.date,
      c.datePrecision,
      c.datePhrase,
      c.kind,
      c.actors.join(' '),
      c.places.join(' '),
    ]);
    expect(table).toEqual([
      ['2022-03-28', 'approximate', 'last week', 'aid', 'united-nations', 'kharkiv'],
      ['2022-03-29', 'day', 'on Tuesday', 'talks', 'david-arakhamia', 'istanbul ukraine'],
      ['2022-03-31', 'day', 'on Thursday', 'sanctions', 'european-union', 'moscow'],
      ['2022-04-02', 'day', 'on Saturday', 'humanitarian', 'mariupol-city-council', ''],
      [
        '2022-04-02',
        'day',
        'on Saturday',
        'statement',
        'volodymyr-zelensky russian-military',
        'kyiv',
      ],
      ['2022-04-03', 'day', 'on Sunday', 'humanitarian', 'red-cross', 'mariupol russia ukraine'],
      ['2022-04-04', 'day', 'on Monday', 'denial', 'kremlin', ''],
    ]);
    const talks = s.candidates.find((c) => c.kind === 'talks');
    expect(talks?.dateBasis).toBe(
      '“on Tuesday” → 2022-03-29, resolved against the publication date 2022-04-04',
    );
    expect(talks?.kindBasis).toBe('keyword “negotiators” → talks');
    const aid = s.candidates.find((c) => c.kind === 'aid');
    expect(aid?.dateBasis).toContain('“last week” → 2022-03-28..2022-04-03');
    expect(aid?.dateBasis).toContain('marks it approximate');
  });

  it('quotes whole sentences verbatim from the raw file and the cleaned paragraphs', () => {
    const paragraphs = cleanArticle(raw).paragraphs;
    for (const c of s.candidates) {
      expect(raw).toContain(c.quote);
      const sentences = splitSentences(paragraphs[c.paragraph] ?? '').map((x) => x.text);
      expect(sentences).toContain(c.quote);
      expect(c.occurrence).toBe(1);
    }
    // The "now in its 40th day" clue dates the article, not an event; the sentence is dated
    // by its "on Sunday".
    expect(s.candidates.find((c) => c.quote.includes('40th day'))?.datePhrase).toBe('on Sunday');
  });

  it('skips the future sentence with a reason and ignores sentences without a date', () => {
    expect(s.skipped).toEqual([
      expect.objectContaining({
        phrases: ['on Friday'],
        reason: 'about the future: its date phrase may name a day after publication',
        sentence: 'Negotiators will meet again by video link on Friday, officials in Kyiv said.',
      }),
    ]);
    const all = s.candidates.map((c) => c.quote).join('\n');
    expect(all).not.toContain('drastically reduce');
    expect(all).not.toContain('It was impossible to proceed');
  });

  it('writes events in the data/events.json format with fresh slug ids', () => {
    expect(eventsInputSchema.safeParse(s.eventsJson).success).toBe(true);
    expect(articlesMetaSchema.safeParse(s.articlesJson).success).toBe(true);
    const existing = new Set(
      (
        JSON.parse(readFileSync(path.join(DATA_DIR, 'events.json'), 'utf8')) as { id: string }[]
      ).map((e) => e.id),
    );
    const ids = s.eventsJson.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(existing.has(id)).toBe(false);
    expect(ids).toContain('istanbul-talks-2022-03-29');
    expect(ids).toContain('kremlin-denial-2022-04-04');
    expect(ids).toContain('volodymyr-zelensky-statement-2022-04-02');
    const talks = s.eventsJson.find((e) => e.id === 'istanbul-talks-2022-03-29');
    expect(talks).toMatchObject({
      date: '2022-03-29',
      datePrecision: 'day',
      kind: 'talks',
      title: 'Ukrainian and Russian negotiators met face to face in Istanbul on Tuesday, where…',
      evidence: [
        {
          article: 'red-cross-convoy-turned-back-from',
          quote:
            'Ukrainian and Russian negotiators met face to face in Istanbul on Tuesday, where Ukraine’s delegation, led by David Arakhamia, proposed a neutral status in exchange for security guarantees.',
        },
      ],
    });
  });

  it('is deterministic', () => {
    expect(fixtureSuggestion()).toEqual(s);
  });
});

describe('suggest on other inputs', () => {
  it('leaves an undatable article unknown and proposes none of its dated sentences', () => {
    const text =
      'Talks stall again\n\nNegotiators met in Istanbul on Tuesday. The Kremlin said on Friday that nothing had changed.\n';
    const result = suggest(suggestInputs([textFile('undated.txt', text)]));
    if (!result.ok) throw new Error('expected ok');
    const { articles, candidates, skipped, eventsJson, articlesJson } = result.suggestion;
    expect(articles[0]?.published).toBeNull();
    expect(articles[0]?.publishedBasis).toMatch(/no clue in the text bounds the publication date/);
    expect(articles[0]?.warnings.join(' ')).toContain('"overrides": { "published"');
    expect(candidates).toEqual([]);
    expect(eventsJson).toEqual([]);
    expect(articlesJson).toEqual([{ file: 'undated.txt', id: 'talks-stall-again' }]);
    expect(skipped.map((k) => k.phrases)).toEqual([['on Tuesday'], ['on Friday']]);
    expect(skipped[0]?.reason).toContain('publication date is unknown');
  });

  it('dates an undatable article from --published and carries the date as an override', () => {
    const text =
      'Talks stall again\n\nNegotiators met in Istanbul on Tuesday. The Kremlin said on Friday that nothing had changed.\n';
    const inputs = suggestInputs([textFile('undated.txt', text)]);
    inputs.published = { 'undated.txt': '2022-03-30' };
    const result = suggest(inputs);
    if (!result.ok) throw new Error('expected ok');
    const { articles, candidates, articlesJson } = result.suggestion;
    expect(articles[0]).toMatchObject({
      published: '2022-03-30',
      publishedBasis: GIVEN_DATE_BASIS,
      warnings: [],
    });
    expect(articlesJson).toEqual([
      {
        file: 'undated.txt',
        id: 'talks-stall-again',
        overrides: { published: '2022-03-30', publishedBasis: GIVEN_DATE_BASIS },
      },
    ]);
    expect(candidates.map((c) => [c.datePhrase, c.date, c.kind])).toEqual([
      ['on Friday', '2022-03-25', 'statement'],
      ['on Tuesday', '2022-03-29', 'talks'],
    ]);
  });

  it('rejects --published for a file not in the folder or a date that is not a date', () => {
    const inputs = suggestInputs();
    inputs.published = { 'other.txt': '2022-03-30', [FIXTURE_FILE]: '2022-02-30' };
    const result = suggest(inputs);
    expect(!result.ok && result.problems.map((p) => [p.file, p.field, p.message])).toEqual([
      ['new-articles/other.txt', '--published', 'no file other.txt in the folder'],
      [
        `new-articles/${FIXTURE_FILE}`,
        '--published',
        '2022-02-30 is not a calendar date written YYYY-MM-DD',
      ],
    ]);
  });

  it('sets occurrence for a repeated sentence and numbers colliding ids', () => {
    const sentence = 'Russian forces shelled Mariupol on Tuesday.';
    const text = `Shelling resumes\n\nThe war is in its 20th day. ${sentence}\n\n${sentence}\n`;
    const result = suggest(suggestInputs([textFile('repeat.txt', text)]));
    if (!result.ok) throw new Error('expected ok');
    const events = result.suggestion.eventsJson;
    expect(events.map((e) => [e.id, e.date, e.evidence[0]?.occurrence])).toEqual([
      ['mariupol-strike-2022-03-15', '2022-03-15', undefined],
      ['mariupol-strike-2022-03-15-2', '2022-03-15', 2],
    ]);
  });

  it('gives a new article an id not already used in data/articles.json', () => {
    const text = 'Fism\n\nThe war is in its 20th day.\n';
    const inputs = suggestInputs([textFile('x.txt', text)]);
    inputs.articlesMeta = [{ file: 'other.txt', id: 'fism' }];
    const result = suggest(inputs);
    expect(result.ok && result.suggestion.articlesJson).toEqual([{ file: 'x.txt', id: 'fism-2' }]);
  });

  it('warns when the file name is already used in data/', () => {
    const inputs = suggestInputs([
      textFile('000_b66ff57b6982930d.txt', 'A title\n\nIn its 20th day.\n'),
    ]);
    const result = suggest(inputs);
    expect(result.ok && result.suggestion.articles[0]?.warnings[0]).toMatch(
      /already has a file named/,
    );
  });

  it.each([
    ['not UTF-8', new Uint8Array([0x4b, 0xff, 0xfe, 0x0a]), 'not valid UTF-8'],
    ['empty', new Uint8Array(), 'the article file is empty'],
    ['junk only', new TextEncoder().encode('Spread the love\n\n[ad_1]\n'), 'no article text left'],
  ])('fails on a file that is %s, naming file and field', (_name, bytes, message) => {
    const result = suggest(suggestInputs([{ file: 'bad.txt', bytes }]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'new-articles/bad.txt',
        field: '(contents)',
        message: expect.stringContaining(message),
      }),
    ]);
  });

  it('fails on an empty folder and on an invalid gazetteer', () => {
    const empty = suggest(suggestInputs([]));
    expect(!empty.ok && empty.problems[0]?.message).toBe('no .txt article files in the folder');
    const inputs = suggestInputs();
    inputs.actors = [{ id: 'Bad Id' }];
    const bad = suggest(inputs);
    expect(!bad.ok && bad.problems[0]).toMatchObject({ file: 'data/actors.json', id: 'Bad Id' });
  });

  it("dates day counts from the story's day one, and fails on a bad one naming record and field", () => {
    const moved = suggest({
      ...suggestInputs(),
      story: {
        referenceDates: [
          { name: 'the war', date: '2022-03-01', role: 'day-one', words: ['war'], basis: 'Test.' },
        ],
      },
    });
    if (!moved.ok) throw new Error(JSON.stringify(moved.problems));
    // "now in its 40th day" from 1 March instead of 24 February.
    expect(moved.suggestion.articles[0]?.published).toBe('2022-04-09');
    expect(moved.suggestion.articles[0]?.publishedBasis).toContain(
      'day 40 of the war that began 2022-03-01 (day 1)',
    );
    const bad = suggest({
      ...suggestInputs(),
      story: { referenceDates: [{ name: 'the war', date: '2022-02-30', role: 'day-one' }] },
    });
    expect(!bad.ok && bad.problems.map((p) => [p.file, p.id, p.field])).toEqual([
      ['data/story.json', 'referenceDates[0]', 'date'],
      ['data/story.json', 'referenceDates[0]', 'words'],
      ['data/story.json', 'referenceDates[0]', 'basis'],
    ]);
  });
});
