import { describe, expect, it } from 'vitest';
import { overlaps, type Box } from '../../../src/domain/timeline/boxes';
import { layoutLabels, type LabelRequest } from '../../../src/domain/timeline/labels';
import {
  estimateTextWidth,
  truncateLabel,
  wrapLabel,
  wrapLabel3,
} from '../../../src/domain/timeline/labelText';
import { crowd, expectClearLayout, markBox, options, request, seeded } from './labelFixtures';

const layout = (requests: LabelRequest[], obstacles: Box[], xMax = 1000) =>
  layoutLabels(requests, options(obstacles, xMax));

describe('layoutLabels', () => {
  it('writes a label right of its mark when there is room', () => {
    const placed = layout([request('a', 100, 'abcde')], [markBox(100)]);
    expect(placed.get('a')).toMatchObject({ anchor: 'start', dx: 9, dy: 0, lines: ['abcde'] });
  });

  it('moves a label left of its mark when the next mark is in the way', () => {
    const placed = layout([request('a', 100, 'abcde')], [markBox(100), markBox(130)]);
    expect(placed.get('a')).toMatchObject({ anchor: 'end', dx: -9 });
  });

  it('wraps a shortened title onto two lines before writing it shortened', () => {
    const lines2 = ['abc', 'def'] as const;
    const placed = layout([request('a', 100, 'abcd…', { lines2 })], [markBox(100)]);
    expect(placed.get('a')?.lines).toEqual(lines2);
  });

  it('moves a label a row up or down when both sides of its row are taken', () => {
    const obstacles = [markBox(100), markBox(125), markBox(75)];
    const placed = layout([request('a', 100, 'abcde')], obstacles);
    expect(placed.get('a')?.dy).not.toBe(0);
    expect(obstacles.some((o) => overlaps(o, placed.get('a')!.box))).toBe(false);
  });

  it('leaves a label out rather than cover anything, and stays inside the view and band', () => {
    const walls = [markBox(100), markBox(115), markBox(85), markBox(115, 35), markBox(115, 65)];
    walls.push(markBox(85, 35), markBox(85, 65));
    expect(layout([request('a', 100, 'abcdef')], walls).has('a')).toBe(false);
    expect(layout([request('a', 990, 'abc')], [], 1000).get('a')?.anchor).toBe('end');
    expect(layout([request('a', 5, 'abc')], []).get('a')?.anchor).toBe('start');
    const tight = layout([request('a', 100, 'abc', { band: [45, 55] })], []);
    expect(tight.has('a')).toBe(false);
  });

  it('serves requests in order: the first takes the room, the next goes elsewhere', () => {
    const placed = layout(
      [request('first', 100, 'abcdefghij'), request('second', 230, 'abcdefghij')],
      [markBox(100), markBox(230)],
    );
    expect(placed.get('first')?.anchor).toBe('start');
    expect(placed.get('second')?.anchor).toBe('start');
    const boxes = [...placed.values()].map((p) => p.box);
    expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);
  });

  it('moves a placed label elsewhere to make room for one that must be written', () => {
    const band = [40, 60] as const;
    const requests = [
      request('a', 112, 'abcdefghij', { band }),
      request('key', 230, 'abcdefghij', { band }),
    ];
    const obstacles = [markBox(112), markBox(230)];
    // Without the key flag, the first label keeps its spot and the second finds none.
    expect(layout(requests, obstacles, 240).has('key')).toBe(false);
    const placed = layout([requests[0]!, { ...requests[1]!, makeRoom: true }], obstacles, 240);
    expect(placed.get('key')?.anchor).toBe('end');
    expect(placed.get('a')?.anchor).toBe('end');
    expect(overlaps(placed.get('a')!.box, placed.get('key')!.box)).toBe(false);
  });

  it('takes the spot of a label that need not be written when it cannot move', () => {
    // The key label fits only left of its mark, where a's label is; a has nowhere else to go.
    const band = [40, 60] as const;
    const a = request('a', 10, 'abcd', { band });
    const key = request('key', 140, 'abcdefghij', { band, makeRoom: true });
    const obstacles = [markBox(10), markBox(140)];
    const placed = layout([a, key], obstacles, 145);
    expect(placed.get('key')?.anchor).toBe('end');
    expect(placed.has('a')).toBe(false);
    // A label that must be written too is never displaced this way.
    const both = layout([{ ...a, makeRoom: true }, key], obstacles, 145);
    expect([both.has('a'), both.has('key')]).toEqual([true, false]);
  });

  it('writes a must-write label on two short lines when nothing wider fits', () => {
    const narrow2 = ['abcde', 'fghij'] as const;
    const walls = [markBox(100), markBox(172), markBox(28)];
    // Beyond the neighbours, no room either (a line bent along the band's edge would reach it).
    walls.push({ x0: 0, y0: 0, x1: 22, y1: 100 }, { x0: 178, y0: 0, x1: 1000, y1: 100 });
    const req = request('a', 100, 'abcdefghijklmno', { band: [35, 65], makeRoom: true });
    expect(layout([req], walls).has('a')).toBe(false);
    expect(layout([{ ...req, narrow2 }], walls).get('a')?.lines).toEqual(narrow2);
  });

  it('writes a label beside its mark on three lines before writing it away from it', () => {
    const lines3 = ['abc', 'def', 'ghi'] as const;
    const walls = [markBox(100), markBox(150), markBox(50), markBox(150, 32), markBox(50, 32)];
    walls.push(markBox(150, 68), markBox(50, 68));
    const req = request('a', 100, 'abcdefghijkl', { band: [0, 100], makeRoom: true });
    // On one line it fits only away from its mark, above or below the marks, with a leader.
    expect(layout([req], walls).get('a')?.leader).toBeDefined();
    const three = layout([{ ...req, lines3 }], walls).get('a');
    expect(three?.lines).toEqual(lines3);
    expect(three?.leader).toBeUndefined();
  });

  it('never overlaps in a seeded crowd of random marks (property)', () => {
    const random = seeded(7);
    for (let round = 0; round < 40; round++) {
      const { requests, obstacles } = crowd(random);
      const placed = layout(requests, obstacles, 800);
      expectClearLayout(placed, requests, obstacles, 800);
      expect(placed.size).toBeGreaterThan(0);
    }
  });
});

describe('wrapLabel3', () => {
  it('splits at the breaks that make the longest line shortest', () => {
    expect(wrapLabel3('Ukraine–Russia peace talks in Istanbul')).toEqual([
      'Ukraine–Russia',
      'peace talks',
      'in Istanbul',
    ]);
    expect(wrapLabel3('Short title')).toBeNull();
    expect(wrapLabel3('Twowords-only-here-and-long enough')).toBeNull();
  });
});

describe('truncateLabel / wrapLabel / estimateTextWidth', () => {
  it.each([
    ['Short title', 34, 'Short title'],
    [
      'Kremlin says talks in Istanbul were constructive but no breakthrough',
      34,
      'Kremlin says talks in Istanbul…',
    ],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
  ])('%s', (text, max, expected) => expect(truncateLabel(text, max)).toBe(expected));

  it.each([
    ['Short title', null],
    [
      'Russian strike hits Mariupol maternity hospital',
      ['Russian strike hits', 'Mariupol maternity hospital'],
    ],
    [
      'Kremlin says talks in Istanbul were constructive but no breakthrough',
      ['Kremlin says talks in Istanbul', 'were constructive but no…'],
    ],
    ['Supercalifragilisticexpialidocious!', null],
  ])('wraps %s', (text, expected) => expect(wrapLabel(text)).toEqual(expected));

  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('abcd')).toBeGreaterThan(estimateTextWidth('ab'));
    expect(estimateTextWidth('abcd', 14)).toBeGreaterThan(estimateTextWidth('abcd', 11));
  });
});
