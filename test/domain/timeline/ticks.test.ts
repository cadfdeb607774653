import { describe, expect, it } from 'vitest';
import { buildTimelineScale } from '../../../src/domain/timeline/compressedScale';
import { axisTicks, gapMarkers } from '../../../src/domain/timeline/ticks';
import { estimateTextWidth } from '../../../src/domain/timeline/labelText';
import { dayStart } from '../../../src/domain/timeline/time';

const CORPUS = [
  '2022-02-24',
  '2022-03-09',
  '2022-03-10',
  '2022-03-11',
  '2022-03-29',
  '2022-03-30',
].map(dayStart);

describe('axisTicks', () => {
  it('compressed: each segment gets its own dates, first with the year (UTC, not local)', () => {
    const s = buildTimelineScale(CORPUS, 'compressed');
    const ticks = axisTicks(s, s.unitExtent, 1200);
    const labels = ticks.map((t) => t.label);
    expect(labels[0]).toBe('24 Feb 2022');
    expect(labels).toContain('9 Mar');
    expect(labels).toContain('29 Mar');
    expect(labels).not.toContain('1 Mar'); // inside a collapsed gap
  });

  it.each([
    ['compressed', 1200],
    ['compressed', 390],
    ['linear', 1200],
    ['linear', 390],
  ] as const)('%s at %i px: ticks stay in order, in time and on screen', (mode, width) => {
    // Whether their labels overlap is measured on real text in the browser (e2e/ticks.spec.ts).
    const s = buildTimelineScale(CORPUS, mode);
    const ticks = axisTicks(s, s.unitExtent, width);
    expect(ticks.length).toBeGreaterThan(1);
    for (let i = 1; i < ticks.length; i++) {
      expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x);
      expect(ticks[i]!.t).toBeGreaterThan(ticks[i - 1]!.t);
    }
  });

  it('keeps every label inside the plot: the last one near the end is written left of its line', () => {
    const s = buildTimelineScale(CORPUS, 'compressed');
    // Windows ending a little after the 29 Mar tick, at widths from a phone's to a wide screen's.
    const end = s.toUnit(dayStart('2022-03-29'));
    let shifted = 0;
    for (let width = 240; width <= 2600; width += 7) {
      const window = [s.unitExtent[0], end + (width % 5) * 0.05] as const;
      for (const t of axisTicks(s, window, width)) {
        const start = t.x + t.labelX;
        expect(start).toBeGreaterThanOrEqual(0);
        expect(start + estimateTextWidth(t.label, 12)).toBeLessThanOrEqual(width);
        if (t.labelX < 0) shifted++;
        else expect(t.labelX).toBe(4);
      }
    }
    expect(shifted).toBeGreaterThan(0);
  });

  it.each([1, 0.5, 1 / 12])('zoomed into %s day: days, never hours', (span) => {
    const s = buildTimelineScale(CORPUS, 'linear');
    const u = s.toUnit(dayStart('2022-03-10'));
    const ticks = axisTicks(s, [u - span / 2, u + 1 + span / 2], 1000);
    expect(ticks.length).toBeGreaterThan(0);
    for (const t of ticks) {
      expect(t.t % 86_400_000).toBe(0);
      expect(t.label).not.toMatch(/:/);
    }
  });

  it('years apart, linear: years', () => {
    const s = buildTimelineScale([dayStart('2014-03-18'), ...CORPUS], 'linear');
    const labels = axisTicks(s, s.unitExtent, 800).map((t) => t.label);
    expect(labels).toContain('2018');
  });

  it('months apart, linear: each month with its year, on the first of the month', () => {
    const s = buildTimelineScale([dayStart('2021-09-20'), ...CORPUS], 'linear');
    const ticks = axisTicks(s, s.unitExtent, 800);
    expect(ticks.map((t) => t.label)).toEqual(
      expect.arrayContaining(['Oct 2021', 'Jan 2022', 'Mar 2022']),
    );
    for (const t of ticks) expect(new Date(t.t).toISOString()).toMatch(/-01T00:00:00.000Z$/);
  });
});

describe('gapMarkers', () => {
  it('returns the visible gaps in px with their length', () => {
    const s = buildTimelineScale(CORPUS, 'compressed');
    const [a, b] = s.unitExtent;
    const markers = gapMarkers(s, [a, b], (b - a) * 100);
    expect(markers.map((m) => [m.x0, m.x1, m.label])).toEqual([
      [100, 175, '12 days'],
      [475, 550, '17 days'],
    ]);
    expect(gapMarkers(s, [a, a + 1], 100)).toEqual([]);
  });
});
