import { describe, expect, it } from 'vitest';
import { buildTimelineScale } from '../../../src/domain/timeline/compressedScale';
import { dayStart } from '../../../src/domain/timeline/time';
import {
  clampWindow,
  clusterWindow,
  ensureVisible,
  fitWindow,
  MIN_SPAN_UNITS,
  panWindow,
  resizedWindow,
  toTimeWindow,
  toUnitWindow,
  transformFor,
  windowFor,
  zoomWindow,
} from '../../../src/domain/timeline/viewport';

describe('window maths', () => {
  it.each([
    ['zoom in around the centre', zoomWindow([0, 10], 2, 100), [2.5, 7.5]],
    ['zoom out around the centre', zoomWindow([0, 10], 0.5, 100), [-5, 15]],
    ['zoom in around an anchor', zoomWindow([0, 10], 2, 100, 0), [0, 5]],
    ['never wider than the max span', zoomWindow([0, 10], 0.1, 40), [-15, 25]],
    [
      'never narrower than two hours',
      zoomWindow([0, 1], 1000, 40),
      [0.5 - MIN_SPAN_UNITS / 2, 0.5 + MIN_SPAN_UNITS / 2],
    ],
    ['pan right a quarter', panWindow([0, 8], 0.25), [2, 10]],
    ['visible: unchanged', ensureVisible([0, 10], 5), [0, 10]],
    ['off screen: re-centred', ensureVisible([0, 10], 30), [25, 35]],
    [
      'narrower at the same zoom: less time, left edge kept',
      resizedWindow([10, 20], 1000, 500),
      [10, 15],
    ],
    ['wider at the same zoom: more time', resizedWindow([10, 20], 500, 1000), [10, 30]],
    [
      'the anchor keeps its fraction of the width',
      resizedWindow([10, 20], 1000, 500, 18),
      [14, 19],
    ],
    ['an anchor off screen is ignored', resizedWindow([10, 20], 1000, 500, 30), [10, 15]],
    ['clamped to the fit plus half its span', clampWindow([-20, -10], [0, 10]), [-5, 5]],
    ['wider than the bound: centred', clampWindow([0, 100], [0, 10]), [-45, 55]],
  ] as const)('%s', (_, actual, expected) => {
    expect(actual[0]).toBeCloseTo(expected[0]);
    expect(actual[1]).toBeCloseTo(expected[1]);
  });

  it('ensureVisible returns the same window object when nothing moves', () => {
    const w = [0, 10] as const;
    expect(ensureVisible(w, 5)).toBe(w);
  });

  it('clusterWindow zooms until the closest pair is 1.5 × spacing apart', () => {
    const w = clusterWindow([10, 10.01, 10.5], 1000, 15);
    const pxPerUnit = 1000 / (w[1] - w[0]);
    expect(0.01 * pxPerUnit).toBeCloseTo(22.5);
    expect((w[0] + w[1]) / 2).toBeCloseTo(10.25);
  });

  it('clusterWindow shows a loose cluster whole, with a margin', () => {
    const w = clusterWindow([10.1, 10.3, 10.5], 1000, 15);
    expect(w[1] - w[0]).toBeCloseTo(0.4 * 1.4 + MIN_SPAN_UNITS);
    expect((w[0] + w[1]) / 2).toBeCloseTo(10.3);
  });

  it('transformFor and windowFor are inverse', () => {
    const fit = [0, 20] as const;
    const w = [3, 7] as const;
    const t = transformFor(fit, w, 800);
    expect(t.k).toBeCloseTo(5);
    const back = windowFor(fit, t, 800);
    expect(back[0]).toBeCloseTo(3);
    expect(back[1]).toBeCloseTo(7);
  });

  it('store windows (UTC ms) round-trip through units; null means fit', () => {
    const s = buildTimelineScale([dayStart('2022-02-24'), dayStart('2022-03-10')], 'compressed');
    expect(toUnitWindow(s, null)).toEqual(fitWindow(s));
    const time = [dayStart('2022-03-01'), dayStart('2022-03-10')] as const;
    expect(toTimeWindow(s, toUnitWindow(s, time))).toEqual(time);
  });
});
