import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDayHeading,
  formatDayRange,
  formatEventDate,
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
  ])('formatDayRange(%s, %s)', (a, b, expected) => {
    expect(formatDayRange(a, b)).toBe(expected);
  });

  it('says an approximate date once, in words', () => {
    const approximate = { date: '2022-03-24', datePrecision: 'approximate' };
    expect(formatEventDate(approximate)).toBe('about 24 Mar 2022');
    expect(formatEventDate(approximate, { sentence: true })).toBe('About 24 Mar 2022');
    expect(formatEventDate({ date: '2022-03-24', datePrecision: 'day' })).toBe('24 Mar 2022');
  });

  // 24 Mar 2022 was a Thursday; the TZ pinned for tests is not UTC, so a local-time slip shows.
  it.each([
    ['2022-03-24', 'day', 'Thursday 24 Mar 2022'],
    ['2014-03-18', 'day', 'Tuesday 18 Mar 2014'],
    ['2022-03-24', 'approximate', 'About 24 Mar 2022'],
  ])('heads %s (%s) as %s: a weekday only for an exact day', (iso, precision, expected) => {
    expect(formatDayHeading(iso, precision)).toBe(expected);
  });
});
