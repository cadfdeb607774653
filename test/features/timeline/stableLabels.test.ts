import { describe, expect, it } from 'vitest';
import type { PlacedLabel } from '../../../src/domain/timeline/labels';
import { keepEqualLabels } from '../../../src/features/timeline/eventLabels';

/** A label written right of its mark at `x`, `lines` long. */
const label = (x: number, lines: string[] = ['Talks'], more: Partial<PlacedLabel> = {}) => ({
  lines,
  anchor: 'start' as const,
  dx: 10,
  dy: 0,
  box: { x0: x + 8, x1: x + 60, y0: -8, y1: 8 },
  ...more,
});

describe('keepEqualLabels', () => {
  it('keeps the first map as it comes', () => {
    const next = new Map([['a', label(0)]]);
    expect(keepEqualLabels(null, next)).toBe(next);
  });

  it('keeps the previous map while every label is drawn the same, even where its box moved', () => {
    const previous = new Map([
      ['a', label(0)],
      ['b', label(100)],
    ]);
    const moved = new Map([
      ['a', label(30)],
      ['b', label(130)],
    ]);
    expect(keepEqualLabels(previous, moved)).toBe(previous);
  });

  it.each([
    ['other lines', { lines: ['Talks', 'in Antalya'] }],
    ['the other side of its mark', { anchor: 'end' as const, dx: -10 }],
    ['a row lower', { dy: 16 }],
    ['with a leader line', { leader: [6, 0, 20, 10] as const }],
  ])('in a new map, keeps the unchanged labels and takes the one written with %s', (_, more) => {
    const previous = new Map([
      ['a', label(0)],
      ['b', label(100)],
    ]);
    const changed = { ...label(100), ...more };
    const next = new Map([
      ['a', label(0)],
      ['b', changed],
    ]);
    const kept = keepEqualLabels(previous, next);
    expect(kept).not.toBe(previous);
    expect(kept.get('a')).toBe(previous.get('a'));
    expect(kept.get('b')).toBe(changed);
    // The map given is left as it was (a level's labels are kept and placed again).
    expect(next.get('a')).not.toBe(previous.get('a'));
  });

  it('keeps a label moved with its mark; takes one whose box is another size (bold), and one new', () => {
    const previous = new Map([
      ['a', label(0)],
      ['b', label(100)],
      ['c', label(200)],
    ]);
    const bold = { ...label(0), box: { ...label(0).box, x1: 70 } };
    const next = new Map([
      ['a', bold],
      ['b', label(140)],
      ['d', label(300)],
    ]);
    const kept = keepEqualLabels(previous, next);
    expect([...kept.keys()]).toEqual(['a', 'b', 'd']);
    expect(kept.get('a')).toBe(bold);
    expect(kept.get('b')).toBe(previous.get('b'));
    expect(kept.get('d')).toBe(next.get('d'));
  });
});
