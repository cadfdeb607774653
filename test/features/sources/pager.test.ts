import { describe, expect, it } from 'vitest';
import { allShown, shownLabel, shownPanels } from '../../../src/features/sources/pager';

// Three 300 px panels 20 px apart: 0-300, 320-620, 640-940.
const boxes = [0, 320, 640].map((left) => ({ left, width: 300 }));

describe('shownPanels', () => {
  it.each([
    ['all fit', 0, 940, { first: 0, last: 2 }],
    ['the first two', 0, 620, { first: 0, last: 1 }],
    ['scrolled to the last two', 320, 620, { first: 1, last: 2 }],
    ['one at a time, the second', 320, 300, { first: 1, last: 1 }],
    ['a panel cut by less than half counts', 100, 760, { first: 0, last: 2 }],
    ['a view narrower than half a panel: the nearest', 330, 100, { first: 1, last: 1 }],
  ])('%s', (_name, scrollLeft, width, expected) => {
    expect(shownPanels(boxes, scrollLeft, width)).toEqual({ ...expected, count: 3 });
  });

  it('says what is shown, and whether a pager is needed', () => {
    expect(shownLabel({ first: 1, last: 2, count: 3 })).toBe('2–3 of 3');
    expect(shownLabel({ first: 0, last: 0, count: 3 })).toBe('1 of 3');
    expect(allShown({ first: 0, last: 2, count: 3 })).toBe(true);
    expect(allShown({ first: 0, last: 1, count: 3 })).toBe(false);
    expect(allShown({ first: 0, last: 0, count: 0 })).toBe(true);
  });
});
