import { describe, expect, it } from 'vitest';
import { hits, overlaps, segment } from '../../../src/domain/timeline/boxes';

const box = { x0: 10, y0: 10, x1: 20, y1: 20 };

describe('hits', () => {
  it.each([
    ['a box sharing area', { x0: 15, y0: 15, x1: 30, y1: 30 }, true],
    ['a box touching an edge', { x0: 20, y0: 10, x1: 30, y1: 20 }, false],
    ['a line through the box', segment(0, 0, 30, 30), true],
    ['a line ending inside', segment(0, 15, 12, 15), true],
    ['a line ending on the edge', segment(0, 15, 10, 15), false],
    ['a line along the edge', segment(0, 10, 30, 10), false],
    ['a line across a corner', segment(0, 21, 21, 0), true],
    ['a line clear of the corner', segment(0, 19, 19, 0), false],
    ['a vertical line through it', segment(15, 0, 15, 30), true],
  ])('%s: %s', (_, other, expected) => {
    expect(hits(other, box)).toBe(expected);
    expect(hits(box, other)).toBe(expected);
  });

  it('crossing lines hit; lines that meet at an end or run apart do not', () => {
    expect(hits(segment(0, 0, 10, 10), segment(0, 10, 10, 0))).toBe(true);
    expect(hits(segment(0, 0, 10, 10), segment(10, 10, 20, 0))).toBe(false);
    expect(hits(segment(0, 0, 10, 0), segment(0, 5, 10, 5))).toBe(false);
  });

  it('agrees with overlaps for boxes', () => {
    expect(hits(box, { x0: 0, y0: 0, x1: 11, y1: 11 })).toBe(
      overlaps(box, { x0: 0, y0: 0, x1: 11, y1: 11 }),
    );
  });
});
