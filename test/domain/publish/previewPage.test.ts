import { describe, expect, it } from 'vitest';
import { renderPreviewPage, sourcesInWords } from '../../../src/domain/publish/previewPage';
import { makeStory } from '../../helpers/factories';

const story = makeStory();
const first = story.events[0];
if (!first) throw new Error('the story has no events');

/** The content of `<meta {attr}="{key}">`, read back with the DOM, not with the renderer. */
function metaOf(html: string, attr: string, key: string): string | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content') ?? null;
}

describe('an event preview page', () => {
  it('carries the title, date and summary as og: and twitter: tags, and forwards to the event', () => {
    const html = renderPreviewPage(story, first, null);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(metaOf(html, 'property', 'og:title')).toBe(first.title);
    expect(metaOf(html, 'name', 'twitter:title')).toBe(first.title);
    expect(metaOf(html, 'property', 'og:description')).toContain(first.summary);
    expect(metaOf(html, 'name', 'twitter:card')).toBe('summary');
    expect(metaOf(html, 'property', 'og:url')).toBeNull();
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${first.id}.html`,
    );
    expect(metaOf(html, 'http-equiv', 'refresh')).toBe(`0; url=../#/event/${first.id}`);
    const link = doc.querySelector('a');
    expect(link?.getAttribute('href')).toBe(`../#/event/${first.id}`);
    expect(doc.querySelector('h1')?.textContent).toBe(first.title);
    expect(doc.body.textContent).toContain(sourcesInWords(story, first));
    expect(doc.querySelectorAll('script, style, [style]')).toHaveLength(0);
  });

  it('gives absolute canonical and og:url links under SITE_URL', () => {
    const html = renderPreviewPage(story, first, 'https://example.org/sourceline/');
    const url = `https://example.org/sourceline/event/${first.id}.html`;
    expect(metaOf(html, 'property', 'og:url')).toBe(url);
    expect(
      new DOMParser()
        .parseFromString(html, 'text/html')
        .querySelector('link[rel="canonical"]')
        ?.getAttribute('href'),
    ).toBe(url);
  });

  it('writes hostile text as text', () => {
    const hostile = {
      ...first,
      title: '</title><script>alert(1)</script>"',
      summary: '<img src=x onerror=alert(1)> & "quotes"',
    };
    const html = renderPreviewPage(story, hostile, null);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe(hostile.title);
    expect(metaOf(html, 'property', 'og:title')).toBe(hostile.title);
    expect(doc.title).toContain(hostile.title);
  });

  it('names each source once, unknown outlets as unknown', () => {
    const article = story.articles[0];
    if (!article) throw new Error('no article');
    const dataset = { ...story, articles: [{ ...article, outlet: null, author: null }] };
    const evidence = first.evidence[0];
    if (!evidence) throw new Error('no evidence');
    const event = {
      ...first,
      evidence: [evidence, evidence].map((e) => ({ ...e, article: article.id })),
    };
    expect(sourcesInWords(dataset, event)).toMatch(
      /^Reported by 1 source: an unknown outlet, \d+ \w{3} \d{4}\.$/,
    );
  });
});
