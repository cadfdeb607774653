import { describe, expect, it } from 'vitest';
import { appAddress, embedLink, shareableLink } from '../../../src/domain/publish/links';
import { DEFAULT_VIEW, type ViewState } from '../../../src/domain/view/viewState';

const app = 'https://example.org/a/b/';
const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });

describe('shareable links', () => {
  it.each([
    ['the default view', view({}), 'https://example.org/a/b/#/'],
    [
      'an event alone: its preview page',
      view({ event: 'antalya-talks' }),
      'https://example.org/a/b/event/antalya-talks.html',
    ],
    [
      'an event through a filter',
      view({ event: 'antalya-talks', filters: { ...DEFAULT_VIEW.filters, places: ['antalya'] } }),
      'https://example.org/a/b/#/event/antalya-talks?place=antalya',
    ],
    [
      'an event in the list',
      view({ event: 'antalya-talks', layout: 'list' }),
      'https://example.org/a/b/#/event/antalya-talks?layout=list',
    ],
    [
      'an actor page',
      view({ actor: 'sergey-lavrov' }),
      'https://example.org/a/b/#/actor/sergey-lavrov',
    ],
  ])('%s', (_, v, expected) => {
    expect(shareableLink(app, v)).toBe(expected);
  });

  it('resolves the preview page beside an explicit index.html', () => {
    expect(shareableLink('https://example.org/index.html', view({ event: 'x' }))).toBe(
      'https://example.org/event/x.html',
    );
  });

  it('the app address drops the query and the hash; the embed link marks the page', () => {
    expect(appAddress({ origin: 'https://example.org', pathname: '/a/b/' })).toBe(app);
    expect(embedLink(app, view({ event: 'antalya-talks' }))).toBe(
      'https://example.org/a/b/?embed#/event/antalya-talks',
    );
  });
});
