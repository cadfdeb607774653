import { describe, expect, it } from 'vitest';
import { articleHighlights, segmentText } from '../../../src/domain/view/highlight';
import { EMPTY_FILTERS } from '../../../src/domain/view/viewState';
import { makeStory } from '../../helpers/factories';

describe('segmentText', () => {
  it.each([
    ['no ranges', 'abcdef', [], [['abcdef', []]]],
    [
      'one range',
      'abcdef',
      [{ start: 1, end: 3, kind: 'quote' }],
      [
        ['a', []],
        ['bc', ['quote']],
        ['def', []],
      ],
    ],
    [
      'overlapping ranges split into runs',
      'abcdef',
      [
        { start: 0, end: 4, kind: 'quote' },
        { start: 2, end: 6, kind: 'mention' },
      ],
      [
        ['ab', ['quote']],
        ['cd', ['mention', 'quote']],
        ['ef', ['mention']],
      ],
    ],
    [
      'clipped and empty ranges',
      'abc',
      [
        { start: -5, end: 1, kind: 'focus' },
        { start: 2, end: 2, kind: 'quote' },
        { start: 2, end: 99, kind: 'mention' },
      ],
      [
        ['a', ['focus']],
        ['b', []],
        ['c', ['mention']],
      ],
    ],
    ['empty text', '', [{ start: 0, end: 3, kind: 'quote' }], []],
  ] as const)('%s', (_name, text, ranges, expected) => {
    const segments = segmentText(text, ranges);
    expect(segments.map((s) => [s.text, s.kinds])).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});

describe('articleHighlights', () => {
  const story = makeStory();
  const article = story.articles[0]!;
  const event = story.events.find((e) => e.id === 'mariupol-shelling')!;

  it('marks mentions of filtered actors and places, the evidence and the focus', () => {
    const marks = articleHighlights({
      article,
      mentions: story.mentions,
      filters: { ...EMPTY_FILTERS, places: ['mariupol'] },
      event,
      focus: { paragraph: 1, start: 0, end: 5 },
    });
    const paragraph = article.paragraphs[1]!;
    expect((marks.get(1) ?? []).map((r) => [paragraph.slice(r.start, r.end), r.kind])).toEqual([
      ['Mariupol', 'mention'],
      ['Shelling continued in Mariupol.', 'quote'],
      ['Serge', 'focus'],
    ]);
    expect(marks.has(2)).toBe(false);
  });

  it('marks nothing without filters or an event', () => {
    const marks = articleHighlights({
      article,
      mentions: story.mentions,
      filters: EMPTY_FILTERS,
      event: null,
      focus: null,
    });
    expect(marks.size).toBe(0);
  });
});
