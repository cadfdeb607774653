import { describe, expect, it } from 'vitest';
import { FOCUS_UNITS, focusWindow, glideWindow } from '../../../src/domain/timeline/focus';
import { MIN_SPAN_UNITS } from '../../../src/domain/timeline/viewport';

describe('focusWindow', () => {
  const fit = [0, 40] as const;

  it.each([
    ['centred on the event', 20, FOCUS_UNITS, [17.5, 22.5]],
    ['a chosen span', 10, 2, [9, 11]],
    [
      'never narrower than the narrowest zoom',
      10,
      0,
      [10 - MIN_SPAN_UNITS / 2, 10 + MIN_SPAN_UNITS / 2],
    ],
    // The pannable range is the fit plus half its span on each side: [-20, 60].
    ['kept inside the pannable range', 59, 4, [56, 60]],
  ])('%s', (_name, u, span, expected) => {
    const [a, b] = focusWindow(u, fit, span);
    expect(a).toBeCloseTo(expected[0]!, 9);
    expect(b).toBeCloseTo(expected[1]!, 9);
  });
});

describe('glideWindow', () => {
  const a = [0, 10] as const;
  const b = [20, 24] as const;

  it.each([
    [-1, a],
    [0, a],
    [0.5, [10, 17]],
    [1, b],
    [2, b],
  ])('at %s of the way is %j', (t, expected) => {
    expect(glideWindow(a, b, t)).toEqual(expected);
  });

  it('moves only forwards, and slowly at both ends', () => {
    const starts = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].map(
      (t) => glideWindow(a, b, t)[0],
    );
    for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThan(starts[i - 1]!);
    const first = starts[1]! - starts[0]!;
    const middle = starts[6]! - starts[5]!;
    const last = starts[10]! - starts[9]!;
    expect(first).toBeLessThan(middle);
    expect(last).toBeLessThan(middle);
  });
});
