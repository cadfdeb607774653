import { describe, expect, it } from 'vitest';
import { buildTimelineScale, formatGapLength } from '../../../src/domain/timeline/compressedScale';
import { DAY_MS } from '../../../src/domain/calendar';
import { dayStart } from '../../../src/domain/timeline/time';

const days = (...dates: string[]) => dates.map(dayStart);
// The real corpus: 24 Feb, 9–11 Mar and 29–30 Mar 2022.
const CORPUS = days(
  '2022-02-24',
  '2022-03-09',
  '2022-03-10',
  '2022-03-11',
  '2022-03-29',
  '2022-03-30',
);

describe('buildTimelineScale', () => {
  it.each([
    // [description, days, mode, segments (first day, days), gaps (days), unit extent]
    [
      'corpus, compressed',
      CORPUS,
      'compressed',
      [
        ['2022-02-24', 1],
        ['2022-03-09', 3],
        ['2022-03-29', 2],
      ],
      [12, 17],
      7.5,
    ],
    ['corpus, linear', CORPUS, 'linear', [['2022-02-24', 35]], [], 35],
    ['short gaps stay', days('2022-03-01', '2022-03-04'), 'compressed', [['2022-03-01', 4]], [], 4],
    [
      'three empty days collapse',
      days('2022-03-01', '2022-03-05'),
      'compressed',
      [
        ['2022-03-01', 1],
        ['2022-03-05', 1],
      ],
      [3],
      2.75,
    ],
    [
      'repeats and order ignored',
      days('2022-03-02', '2022-03-01', '2022-03-02'),
      'compressed',
      [['2022-03-01', 2]],
      [],
      2,
    ],
    ['no days: one day at the epoch', [], 'compressed', [['1970-01-01', 1]], [], 1],
  ] as const)('%s', (_, input, mode, segments, gaps, units) => {
    const s = buildTimelineScale(input, mode);
    expect(
      s.segments.map((g) => [new Date(g.t0).toISOString().slice(0, 10), (g.t1 - g.t0) / DAY_MS]),
    ).toEqual(segments);
    expect(s.gaps.map((g) => g.days)).toEqual(gaps);
    expect(s.unitExtent[1] - s.unitExtent[0]).toBeCloseTo(units);
  });

  it('keeps one unit per day inside segments and squeezes each gap to ¾ unit', () => {
    const s = buildTimelineScale(CORPUS, 'compressed');
    expect(s.toUnit(dayStart('2022-03-10')) - s.toUnit(dayStart('2022-03-09'))).toBeCloseTo(1);
    const gap = s.gaps[0]!;
    expect(gap.u1 - gap.u0).toBe(0.75);
    expect(gap.t1 - gap.t0).toBe(12 * DAY_MS);
  });

  it.each(['compressed', 'linear'] as const)(
    '%s: invertible and increasing, inside and outside the extent',
    (mode) => {
      const s = buildTimelineScale(CORPUS, mode);
      let prev = -Infinity;
      for (let t = dayStart('2022-02-20'); t < dayStart('2022-04-05'); t += DAY_MS / 3) {
        const u = s.toUnit(t);
        expect(u).toBeGreaterThan(prev);
        expect(s.fromUnit(u)).toBeCloseTo(t, -1);
        prev = u;
      }
    },
  );

  it('honours minGapDays and gapWidth', () => {
    const s = buildTimelineScale(days('2022-03-01', '2022-03-05'), 'compressed', {
      minGapDays: 5,
      gapWidth: 2,
    });
    expect(s.gaps).toHaveLength(0);
    const t = buildTimelineScale(days('2022-03-01', '2022-03-20'), 'compressed', { gapWidth: 2 });
    expect(t.gaps[0]!.u1 - t.gaps[0]!.u0).toBe(2);
  });
});

describe('formatGapLength', () => {
  it.each([
    [1, '1 day'],
    [12, '12 days'],
    [90, '3 months'],
    [2900, '8 years'],
  ])('%i → %s', (d, text) => expect(formatGapLength(d)).toBe(text));
});
