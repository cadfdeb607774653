import { describe, expect, it } from 'vitest';
import {
  awaitsArticleText,
  hasArticleText,
  joinArticleTexts,
  splitArticleTexts,
} from '../../../src/domain/dataset/articleText';
import { makeStory, makeToldStory } from '../../helpers/factories';

describe('splitArticleTexts / joinArticleTexts', () => {
  it.each([
    ['the story', makeStory()],
    ['the told story', makeToldStory()],
  ])(
    '%s: the head has no text and no mentions, and joined with its texts is the dataset',
    (_, d) => {
      const { head, texts } = splitArticleTexts(d);
      expect(d.mentions.length).toBeGreaterThan(0);
      expect(head.mentions).toEqual([]);
      expect(head.articles.map(hasArticleText)).toEqual(d.articles.map(() => false));
      expect(head.articles.map((a) => a.id)).toEqual(d.articles.map((a) => a.id));
      expect(head.events).toBe(d.events);
      expect(awaitsArticleText(head)).toBe(true);
      expect(awaitsArticleText(d)).toBe(false);
      // Through JSON, as the build writes the files and the app reads them.
      const whole = joinArticleTexts(
        JSON.parse(JSON.stringify(head)) as typeof head,
        JSON.parse(JSON.stringify(texts)) as typeof texts,
      );
      expect(whole).toEqual(d);
      expect(awaitsArticleText(whole)).toBe(false);
    },
  );

  it('keeps the head’s events and fixed parts as the same objects', () => {
    const { head, texts } = splitArticleTexts(makeStory());
    const whole = joinArticleTexts(head, texts);
    expect(whole.events).toBe(head.events);
    expect(whole.actors).toBe(head.actors);
    expect(whole.claims).toBe(head.claims);
  });

  it('leaves an article the texts do not name as it was', () => {
    const d = makeStory();
    const { head, texts } = splitArticleTexts(d);
    const [first, ...rest] = texts.articles;
    const whole = joinArticleTexts(head, { ...texts, articles: rest });
    expect(whole.articles.find((a) => a.id === first?.id)).toBe(
      head.articles.find((a) => a.id === first?.id),
    );
    expect(whole.articles.filter(hasArticleText)).toHaveLength(rest.length);
  });

  it('a large dataset’s overview (no articles) awaits no text', () => {
    expect(awaitsArticleText({ shards: [] } as never)).toBe(false);
  });
});
