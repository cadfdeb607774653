import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  placeLabels,
  truncateLabel,
  type LabelCandidate,
} from '../../../src/domain/timeline/labels';

const mark = (key: string, left: number, width: number, extra: Partial<LabelCandidate> = {}) => ({
  key,
  lane: 0,
  row: 0,
  left,
  right: left + 10,
  width,
  ...extra,
});

describe('placeLabels', () => {
  it.each([
    ['room for both', [mark('a', 0, 50), mark('b', 100, 50)], ['a', 'b']],
    ['a runs into b: only b', [mark('a', 0, 120), mark('b', 100, 50)], ['b']],
    ['exactly fits with the gap', [mark('a', 0, 82), mark('b', 100, 50)], ['a', 'b']],
    ['clusters (width 0) never get one', [mark('a', 0, 0), mark('b', 100, 50)], ['b']],
    ['other rows do not compete', [mark('a', 0, 200), mark('b', 100, 50, { row: 1 })], ['a', 'b']],
    [
      'a forced label wins over the labels it would cross',
      [mark('a', 0, 300, { force: true }), mark('b', 100, 50), mark('c', 400, 20)],
      ['a', 'c'],
    ],
  ] as const)('%s', (_, marks, shown) => {
    expect([...placeLabels(marks)].sort()).toEqual([...shown]);
  });
});

describe('truncateLabel / estimateTextWidth', () => {
  it.each([
    ['Short title', 34, 'Short title'],
    [
      'Kremlin says talks in Istanbul were constructive but no breakthrough',
      34,
      'Kremlin says talks in Istanbul…',
    ],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
  ])('%s', (text, max, expected) => expect(truncateLabel(text, max)).toBe(expected));

  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('abcd')).toBeGreaterThan(estimateTextWidth('ab'));
    expect(estimateTextWidth('abcd', 14)).toBeGreaterThan(estimateTextWidth('abcd', 11));
  });
});
