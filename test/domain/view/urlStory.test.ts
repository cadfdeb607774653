import { describe, expect, it } from 'vitest';
import { isStoryId, splitStoryHash, withStory } from '../../../src/domain/view/urlStory';

describe('the story prefix of a link', () => {
  it.each([
    ['#/s/my-story/event/x?actor=a', { story: 'my-story', hash: '#/event/x?actor=a' }],
    ['#/s/my-story/', { story: 'my-story', hash: '#/' }],
    ['#/s/my-story', { story: 'my-story', hash: '#/' }],
    ['#/s/my-story?q=talks', { story: 'my-story', hash: '#/?q=talks' }],
    ['#/s/My%20Story/', { story: 'My Story', hash: '#/' }],
    ['#/s/%E0%A4%A/', { story: '%E0%A4%A', hash: '#/' }],
    ['#/event/x', { story: null, hash: '#/event/x' }],
    ['#/story/2', { story: null, hash: '#/story/2' }],
    ['', { story: null, hash: '' }],
  ])('reads %s', (hash, expected) => {
    expect(splitStoryHash(hash)).toEqual(expected);
  });

  it.each([
    ['#/event/x?actor=a', 'my-story', '#/s/my-story/event/x?actor=a'],
    ['#/', 'my-story', '#/s/my-story/'],
    ['#/?q=a', 'my-story', '#/s/my-story/?q=a'],
    ['#/event/x', null, '#/event/x'],
  ])('writes %s in story %s', (hash, story, expected) => {
    expect(withStory(hash, story)).toBe(expected);
    expect(splitStoryHash(withStory(hash, story))).toEqual({ story, hash });
  });

  it('accepts only slugs as story ids', () => {
    expect(isStoryId('my-story-2')).toBe(true);
    expect(isStoryId('My Story')).toBe(false);
  });
});
