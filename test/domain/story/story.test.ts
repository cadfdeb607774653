import { describe, expect, it } from 'vitest';
import { hasStory, keyEventIds, storyStep } from '../../../src/domain/story/story';
import { makeDataset } from '../../helpers/factories';

const told = makeDataset({
  story: {
    title: null,
    steps: [
      { event: 'b', caption: 'B first.' },
      { event: 'a', caption: 'Then A.' },
    ],
  },
});

describe('the story helpers', () => {
  it('key events are the steps’ events, in step order', () => {
    expect([...keyEventIds(told)]).toEqual(['b', 'a']);
    expect(keyEventIds(told).has('a')).toBe(true);
    expect(keyEventIds(makeDataset()).size).toBe(0);
  });

  it('a dataset without steps has no story', () => {
    expect(hasStory(told)).toBe(true);
    expect(hasStory(makeDataset())).toBe(false);
  });

  it.each([
    [0, 'b'],
    [1, 'a'],
    [2, null],
    [-1, null],
    [0.5, null],
    [Number.NaN, null],
  ])('step %s is %s', (index, event) => {
    expect(storyStep(told, index)?.event ?? null).toBe(event);
  });
});
