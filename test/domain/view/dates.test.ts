import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDayHeading,
  formatDayRange,
  formatEventDate,
  isExactDay,
  precisionRank,
  precisionSentence,
} from '../../../src/domain/view/dates';

describe('dates', () => {
  it.each([
    ['2022-03-24', '24 Mar 2022'],
    ['2014-12-01', '1 Dec 2014'],
    ['garbage', 'garbage'],
    ['2022-13-01', '2022-13-01'],
  ])('formatDay(%s)', (iso, expected) => {
    expect(formatDay(iso)).toBe(expected);
  });

  it.each([
    ['2022-03-10', '2022-03-30', '10–30 Mar 2022'],
    ['2022-02-24', '2022-03-30', '24 Feb – 30 Mar 2022'],
    ['2014-03-18', '2022-03-30', '18 Mar 2014 – 30 Mar 2022'],
    ['2022-03-10', '2022-03-10', '10 Mar 2022'],
    ['2014-01-01', '2014-12-31', '2014'],
    ['2022-03-01', '2022-03-31', 'Mar 2022'],
    ['2022-02-01', '2022-02-28', 'Feb 2022'],
    ['2022-03-01', '2022-03-30', '1–30 Mar 2022'],
  ])('formatDayRange(%s, %s)', (a, b, expected) => {
    expect(formatDayRange(a, b)).toBe(expected);
  });

  it('says an approximate date once, in words', () => {
    const approximate = { date: '2022-03-24', datePrecision: 'approximate' };
    expect(formatEventDate(approximate)).toBe('about 24 Mar 2022');
    expect(formatEventDate(approximate, { sentence: true })).toBe('About 24 Mar 2022');
    expect(formatEventDate({ date: '2022-03-24', datePrecision: 'day' })).toBe('24 Mar 2022');
  });

  it('says only what a month or year precision knows, and what it leaves unknown', () => {
    const month = { date: '2022-03-01', datePrecision: 'month' };
    const year = { date: '2014-01-01', datePrecision: 'year' };
    expect(formatEventDate(month)).toBe('Mar 2022');
    expect(formatEventDate(year, { sentence: true })).toBe('2014');
    expect(precisionSentence(year)).toBe('Only the year is known: 2014.');
    expect(precisionSentence(month)).toBe('Only the month is known: Mar 2022.');
    expect(precisionSentence({ date: '2022-03-24', datePrecision: 'approximate' })).toBe(
      'Date approximate.',
    );
    expect(precisionSentence({ date: '2022-03-24', datePrecision: 'day' })).toBe('');
    expect(isExactDay('day')).toBe(true);
    expect(['approximate', 'month', 'year'].some(isExactDay)).toBe(false);
  });

  it('ranks known days before less precise dates', () => {
    const ranked = ['year', 'approximate', 'day', 'month'].sort(
      (a, b) => precisionRank(a) - precisionRank(b),
    );
    expect(ranked).toEqual(['day', 'approximate', 'month', 'year']);
  });

  // 24 Mar 2022 was a Thursday; the TZ pinned for tests is not UTC, so a local-time slip shows.
  it.each([
    ['2022-03-24', 'day', 'Thursday 24 Mar 2022'],
    ['2014-03-18', 'day', 'Tuesday 18 Mar 2014'],
    ['2022-03-24', 'approximate', 'About 24 Mar 2022'],
    ['2022-03-01', 'month', 'Mar 2022'],
    ['2014-01-01', 'year', '2014'],
  ])('heads %s (%s) as %s: a weekday only for an exact day', (iso, precision, expected) => {
    expect(formatDayHeading(iso, precision)).toBe(expected);
  });
});
