import { describe, expect, it } from 'vitest';
import {
  findWeekdayPhrases,
  resolveDatePhrases,
  weekdayOnOrBefore,
} from '../../../src/domain/ingest/relativeDates.ts';

// 2022-03-11 is a Friday; 2022-03-10 a Thursday; 2022-03-30 a Wednesday; 2022-03-07 a Monday.
const resolve = (text: string, published: string) =>
  resolveDatePhrases(text, published).map((p) => [p.phrase, p.from, p.to]);

describe('resolveDatePhrases', () => {
  it.each([
    ['on Thursday', '2022-03-11', [['on Thursday', '2022-03-10', '2022-03-10']]],
    ['said on Friday', '2022-03-11', [['on Friday', '2022-03-11', '2022-03-11']]],
    ['Thursday night', '2022-03-11', [['Thursday night', '2022-03-10', '2022-03-10']]],
    [
      'On Wednesday evening, a video',
      '2022-03-30',
      [['On Wednesday evening', '2022-03-30', '2022-03-30']],
    ],
    ['from Tuesday’s strike', '2022-03-30', [['Tuesday', '2022-03-29', '2022-03-29']]],
    // chrono alone would pick the coming Tuesday (one day ahead): corrected to the past one.
    ['on Tuesday', '2022-03-07', [['on Tuesday', '2022-03-01', '2022-03-01']]],
    ['on Saturday', '2022-03-07', [['on Saturday', '2022-03-05', '2022-03-05']]],
    ['today', '2022-03-11', [['today', '2022-03-11', '2022-03-11']]],
    ['yesterday', '2022-03-11', [['yesterday', '2022-03-10', '2022-03-10']]],
    ['earlier this week', '2022-03-10', [['earlier this week', '2022-03-07', '2022-03-09']]],
    ['last week', '2022-03-10', [['last week', '2022-02-28', '2022-03-06']]],
    ['on Feb. 24', '2022-03-30', [['Feb. 24', '2022-02-24', '2022-02-24']]],
    ['two weeks ago', '2022-03-10', [['two weeks ago', '2022-02-24', '2022-02-24']]],
    ['over the past few days', '2022-03-30', [['past few days', '2022-03-23', '2022-03-30']]],
    ['an intense 10-day-old siege', '2022-03-11', [['10-day-old', '2022-03-01', '2022-03-01']]],
    ['annexed illegally in 2014', '2022-03-10', [['in 2014', '2014-01-01', '2014-12-31']]],
  ])('%j published %s', (text, published, expected) => {
    expect(resolve(text, published)).toEqual(expected);
  });

  it.each([
    ['besieged for about a month', 'a duration'],
    ['Less than 24 hours earlier', 'an offset from another event'],
    ['pummel the city at night. By morning, trucks', 'times of day'],
    ['With the invasion now in its 16th day', '“now”'],
    ['talks which lasted 90-minutes', 'a length'],
    ['a 24-hour ceasefire', 'a length'],
  ])('skips %j (%s)', (text) => {
    expect(resolve(text, '2022-03-11')).toEqual([]);
  });

  it('is independent of the time zone chrono runs in (reference at local noon)', () => {
    // vite.config pins TZ=America/New_York; late-evening UTC would shift a naive reference.
    expect(resolve('yesterday and today', '2022-03-13')).toEqual([
      ['yesterday', '2022-03-12', '2022-03-12'],
      ['today', '2022-03-13', '2022-03-13'],
    ]);
  });
});

describe('weekdayOnOrBefore', () => {
  it.each([
    ['2022-03-11', 5, '2022-03-11'],
    ['2022-03-11', 4, '2022-03-10'],
    ['2022-03-11', 6, '2022-03-05'],
    ['2022-03-07', 2, '2022-03-01'],
  ])('(%s, %i) → %s', (date, weekday, expected) => {
    expect(weekdayOnOrBefore(date, weekday)).toBe(expected);
  });
});

describe('findWeekdayPhrases', () => {
  it('finds weekdays and marks nights', () => {
    expect(
      findWeekdayPhrases('talks on Thursday; shelling Thursday night; Wednesday evening'),
    ).toEqual([
      { phrase: 'on Thursday', index: 6, weekday: 4, night: false },
      { phrase: 'Thursday night', index: 28, weekday: 4, night: true },
      { phrase: 'Wednesday evening', index: 44, weekday: 3, night: false },
    ]);
  });
});
