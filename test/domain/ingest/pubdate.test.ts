import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedEventClues, type AnchorArticle } from '../../../src/domain/ingest/anchors.ts';
import { cleanArticle } from '../../../src/domain/ingest/clean.ts';
import { dayOneOf, type DayOne } from '../../../src/domain/ingest/dayOne.ts';
import {
  findPubDateClues,
  inferPublicationDate,
  type PubDateClues,
} from '../../../src/domain/ingest/pubdate.ts';
import { parseStoryFile } from '../../../src/domain/ingest/story.ts';
import { DATA_DIR, realArticle } from './fixture.ts';

/** The real story's day one (data/story.json): the articles count their days from it. */
const story = parseStoryFile(JSON.parse(readFileSync(path.join(DATA_DIR, 'story.json'), 'utf8')));
const INVASION = dayOneOf(story.ok ? story.value : null);

const infer = (text: string) => inferPublicationDate(findPubDateClues(text.split('\n'), INVASION));

describe('findPubDateClues: interval clues', () => {
  it.each([
    [
      'With the invasion now in its 16th day, Russia regrouped.',
      'day-count',
      '2022-03-11',
      '2022-03-11',
    ],
    ['The war is now entering its third week.', 'week-count', '2022-03-10', '2022-03-16'],
    ['The war is in its 2nd week.', 'week-count', '2022-03-03', '2022-03-09'],
    [
      'Since Moscow launched its all-out offensive two weeks ago, little changed.',
      'weeks-ago',
      '2022-03-08',
      '2022-03-12',
    ],
    [
      'It may be a tactical pause, after a month of fighting in which Moscow failed.',
      'months-of-fighting',
      '2022-03-24',
      '2022-04-07',
    ],
    [
      'Since Russian forces invaded Ukraine on Feb. 24, four million fled.',
      'explicit-date',
      '2022-02-24',
      null,
    ],
  ])('%j → %s %s..%s', (text, kind, from, to) => {
    const { intervals } = findPubDateClues([text], INVASION);
    expect(intervals.map((c) => [c.kind, c.from, c.to])).toEqual([[kind, from, to]]);
  });

  it('ignores "weeks ago" that is not about the war', () => {
    expect(findPubDateClues(['She moved house two weeks ago.'], INVASION).intervals).toEqual([]);
  });

  it('ignores weekdays and dates in sentences about the future', () => {
    const clues = findPubDateClues(
      ['The ministers will meet on Monday. Talks resume March 20, officials expect.'],
      INVASION,
    );
    expect(clues.weekdays.map((w) => w.phrase)).toEqual([]);
  });
});

describe('findPubDateClues: weekday clues', () => {
  it.each([
    ['Russian forces shelled the city on Thursday.', ['on Thursday']],
    ['Talks ended Tuesday night without a deal.', ['Tuesday night']],
    ['THE TALKS ON MONDAY ENDED IN NOTHING.', ['ON MONDAY']],
    ['The convoy left on Thu. and arrived a day later.', ['on Thu']],
  ])('%j names a weekday: %j', (text, phrases) => {
    expect(findPubDateClues([text], INVASION).weekdays.map((w) => w.phrase)).toEqual(phrases);
  });

  // Seen on test/fixtures/hostile: chrono reads the verb "sat" as Saturday (and "sun", "wed",
  // "mon" likewise), which would move a publication date onto the wrong day.
  it.each([
    'Control characters sat in the text, with a bidi override.',
    'The delegates sat down in Antalya and the sun rose over the sea.',
    'The couple, newly wed, fled Kyiv.',
    'They sat there until dawn, and sat again later.',
    'Sat in the hall, the delegates waited.',
    'The convoy left on Thu and arrived a day later.',
  ])('%j names no weekday', (text) => {
    expect(findPubDateClues([text], INVASION).weekdays).toEqual([]);
  });

  it('a lowercase "sat" does not move the inferred date', () => {
    const dated = 'With the invasion now in its 16th day, Russia regrouped.';
    expect(infer(`${dated}\nOfficials sat in the hall for hours.`)).toEqual(infer(dated));
  });
});

describe('inferPublicationDate', () => {
  const clues = (c: Partial<PubDateClues>): PubDateClues => ({ intervals: [], weekdays: [], ...c });

  it('fails without an interval clue: weekdays alone repeat every week', () => {
    const result = infer('Talks ended on Thursday. Shelling went on Thursday night.');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok)
      expect(result.reason).toMatch(/no clue in the text bounds the publication date/);
  });

  it('fails when clues contradict each other', () => {
    const result = infer(
      'The invasion is now in its 16th day.\nThe war is now entering its fifth week.',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/contradict/);
  });

  it('"<weekday> night" reported afterwards puts publication on a later day', () => {
    const week3 = 'The war is now entering its third week.';
    expect(infer(`${week3} Talks ended on Thursday.`)).toMatchObject({ date: '2022-03-10' });
    expect(
      infer(`${week3} Talks ended on Thursday. Shelling continued Thursday night.`),
    ).toMatchObject({
      date: '2022-03-11',
    });
  });

  it('the latest weekday named must fall inside the window', () => {
    // After a month of fighting: ≥ 2022-03-24 (a Thursday). "Wednesday" must be ≥ 03-24 too.
    expect(
      infer('It was a pause after a month of fighting. On Wednesday, Russia said so.'),
    ).toMatchObject({
      date: '2022-03-30',
    });
  });

  it('writes a basis naming every clue used', () => {
    const result = inferPublicationDate(
      clues({
        intervals: [
          {
            kind: 'day-count',
            phrase: 'in its 16th day',
            from: '2022-03-11',
            to: '2022-03-11',
            reading: 'day 16',
          },
        ],
        weekdays: [{ phrase: 'on Friday', weekday: 5, night: false }],
      }),
    );
    expect(result).toEqual({
      ok: true,
      date: '2022-03-11',
      basis:
        'earliest date consistent with: “in its 16th day” (day 16); weekdays named for past events: “on Friday” (2022-03-11); window 2022-03-11..2022-03-11 → 2022-03-11',
    });
  });
});

describe('publication dates of the real articles', () => {
  it.each([
    ['001', '2022-03-11', ['in its 16th day']],
    ['002', '2022-03-10', ['entering its third week']],
    ['003', '2022-03-30', ['Feb. 24', 'after a month of fighting']],
    ['004', '2022-03-10', ['two weeks ago']],
  ])('%s → %s from %j', (prefix, date, phrases) => {
    const clues = findPubDateClues(cleanArticle(realArticle(prefix)).paragraphs, INVASION);
    expect(clues.intervals.map((c) => c.phrase)).toEqual(phrases);
    const result = inferPublicationDate(clues);
    expect(result).toMatchObject({ ok: true, date });
    if (result.ok) for (const p of phrases) expect(result.basis).toContain(`“${p}”`);
  });

  it('000 has no clue of its own, and is dated 2022-03-11 through the Antalya talks', () => {
    const c000 = cleanArticle(realArticle('000'));
    const own = findPubDateClues(c000.paragraphs, INVASION);
    expect(own.intervals).toEqual([]);
    expect(inferPublicationDate(own).ok).toBe(false);

    const c002 = cleanArticle(realArticle('002'));
    const articles = new Map<string, AnchorArticle>([
      ['fism', { paragraphs: c000.paragraphs, headings: c000.headings, published: null }],
      [
        'el-pais',
        { paragraphs: c002.paragraphs, headings: c002.headings, published: '2022-03-10' },
      ],
    ]);
    const at = (paragraphs: string[], quote: string) => {
      const paragraph = paragraphs.findIndex((p) => p.includes(quote));
      const start = paragraphs[paragraph]?.indexOf(quote) ?? -1;
      return { paragraph, start, end: start + quote.length };
    };
    const talks000 =
      'Ukraine Foreign Minister Dmytro Kuleba met with Russia’s Foreign Minister Sergey Lavrov';
    const talks002 = 'That’s how the meeting ended on Thursday';
    const shared = sharedEventClues('fism', articles, [
      {
        id: 'antalya-talks',
        evidence: [
          { article: 'fism', ...at(c000.paragraphs, talks000) },
          { article: 'el-pais', ...at(c002.paragraphs, talks002) },
        ],
      },
    ]);
    expect(shared.map((c) => [c.kind, c.phrase, c.from, c.to])).toEqual([
      ['shared-event', 'Thursday', '2022-03-10', '2022-03-16'],
    ]);
    // Without "Thursday night" it would be the Thursday itself; the night moves it to Friday.
    expect(inferPublicationDate({ intervals: shared, weekdays: own.weekdays })).toMatchObject({
      ok: true,
      date: '2022-03-11',
    });
  });
});

describe("the story's day one", () => {
  it('is the real story’s invasion, from data/story.json', () => {
    expect(INVASION).toMatchObject({ name: 'the invasion', date: '2022-02-24' });
  });

  // Another story, its own anchor: the articles count from the day of an earthquake.
  const QUAKE: DayOne = {
    name: 'the earthquake',
    date: '2023-02-06',
    words: ['earthquake', 'quake'],
  };

  it.each([
    ['The search, now in its 3rd day, goes on.', 'day-count', '2023-02-08', '2023-02-08'],
    ['Relief is entering its second week.', 'week-count', '2023-02-13', '2023-02-19'],
    ['The quake struck two weeks ago.', 'weeks-ago', '2023-02-18', '2023-02-22'],
    [
      'After a month of earthquake relief, towns rebuilt.',
      'months-of-fighting',
      '2023-03-06',
      '2023-03-20',
    ],
    ['Aid arrived on Feb. 10, officials said.', 'explicit-date', '2023-02-10', null],
  ])('another story dates %j from its own day one (%s %s..%s)', (text, kind, from, to) => {
    const { intervals } = findPubDateClues([text], QUAKE);
    expect(intervals.map((c) => [c.kind, c.from, c.to])).toEqual([[kind, from, to]]);
  });

  it('names the day one in the basis', () => {
    const result = inferPublicationDate(findPubDateClues(['Now in its 3rd day.'], QUAKE));
    expect(result).toMatchObject({ ok: true, date: '2023-02-08' });
    if (result.ok) expect(result.basis).toContain('day 3 of the earthquake that began 2023-02-06');
  });

  it('reads "weeks ago" and "months of" only with the story’s own words', () => {
    expect(findPubDateClues(['The war began two weeks ago.'], QUAKE).intervals).toEqual([]);
    expect(findPubDateClues(['After a month of fighting, they left.'], QUAKE).intervals).toEqual(
      [],
    );
  });

  it('without one, day counts and yearless dates date nothing and the reason names them', () => {
    const clues = findPubDateClues(
      ['The war, now in its 16th day, goes on. Troops invaded on Feb. 24, officials said.'],
      null,
    );
    expect(clues.intervals).toEqual([]);
    expect(clues.unanchored).toEqual(['in its 16th day', 'Feb. 24']);
    const result = inferPublicationDate(clues);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain('“in its 16th day”, “Feb. 24” would need the story');
      expect(result.reason).toContain('data/story.json does not name (referenceDates)');
    }
  });

  it('without one, a date that states its year still dates the article', () => {
    const clues = findPubDateClues(['Troops invaded on Feb. 24, 2022, officials said.'], null);
    expect(clues.intervals.map((c) => [c.kind, c.from, c.to])).toEqual([
      ['explicit-date', '2022-02-24', null],
    ]);
    expect(clues.unanchored).toBeUndefined();
  });
});
