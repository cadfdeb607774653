import { describe, expect, it } from 'vitest';
import {
  foldForSearch,
  formatDay,
  formatDayRange,
  formatDayLong,
  formatEventDate,
  plural,
} from '../../../src/domain/view/format';

describe('format', () => {
  it.each([
    ['2022-03-24', '24 Mar 2022'],
    ['2014-12-01', '1 Dec 2014'],
    ['garbage', 'garbage'],
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

  it('names the weekday in UTC, whatever the local zone', () => {
    expect(formatDayLong('2022-03-24')).toBe('Thursday 24 Mar 2022');
  });

  it('says an approximate date in words', () => {
    expect(formatEventDate({ date: '2022-03-24', datePrecision: 'approximate' })).toBe(
      '≈ about 24 Mar 2022',
    );
    expect(formatEventDate({ date: '2022-03-24', datePrecision: 'day' })).toBe('24 Mar 2022');
  });

  it('pluralises and folds', () => {
    expect([plural(1, 'event'), plural(2, 'event')]).toEqual(['1 event', '2 events']);
    expect(foldForSearch('Kyïv ÉLYSÉE')).toBe('kyiv elysee');
  });
});
