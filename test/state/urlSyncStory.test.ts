import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { viewLinks } from '../../src/state/links';
import { createAppStore } from '../../src/state/store';
import { startUrlSync } from '../../src/state/urlSync';
import { DEFAULT_VIEW } from '../../src/domain/view/viewState';
import { makeStory } from '../helpers/factories';
import { workspaceStoryFrom } from '../helpers/workspaceStory';
import { compileWorkspaceStory } from '../../src/domain/workspace/compile';

// A workspace story's links carry its prefix, #/s/<story-id>/…; the bundled corpus's do not.

function setHash(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
}

function storyStore() {
  const store = createAppStore(makeStory());
  store.getState().workspaceOpened(workspaceStoryFrom(), compileWorkspaceStory);
  return store;
}

describe('links in a workspace story', () => {
  let stop: (() => void) | null = null;
  beforeEach(() => setHash(''));
  afterEach(() => {
    stop?.();
    stop = null;
  });

  it('reads the view after the prefix and writes every entry with it', () => {
    setHash('#/s/fixture-story/event/antalya-talks?layout=list');
    const store = storyStore();
    const onStoryChange = vi.fn();
    stop = startUrlSync(store, window, null, { onStoryChange });
    expect(store.getState().view.event).toBe('antalya-talks');
    expect(store.getState().view.layout).toBe('list');
    store.getState().eventSelected('mariupol-shelling');
    expect(window.location.hash).toBe('#/s/fixture-story/event/mariupol-shelling?layout=list');
    expect(onStoryChange).not.toHaveBeenCalled();
  });

  it('hands a link to another story, or to the corpus, to onStoryChange', () => {
    setHash('#/s/fixture-story/');
    const store = storyStore();
    const onStoryChange = vi.fn();
    stop = startUrlSync(store, window, null, { onStoryChange });
    setHash('#/event/antalya-talks');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    setHash('#/s/another/');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(onStoryChange.mock.calls).toEqual([[null], ['another']]);
    expect(store.getState().view.event).toBeNull();
  });

  it('keeps the corpus links unchanged', () => {
    setHash('#/event/antalya-talks');
    const store = createAppStore(makeStory());
    const onStoryChange = vi.fn();
    stop = startUrlSync(store, window, null, { onStoryChange });
    store.getState().eventSelected('mariupol-shelling');
    expect(window.location.hash).toBe('#/event/mariupol-shelling');
    expect(onStoryChange).not.toHaveBeenCalled();
  });

  it('puts the prefix on every link the app makes, and shares a story by its own link', () => {
    const view = { ...DEFAULT_VIEW, event: 'antalya-talks' };
    const app = 'https://example.org/app/';
    const links = viewLinks(view, app, 'my-story');
    expect(links.view).toBe(`${app}#/s/my-story/event/antalya-talks`);
    expect(links.share).toBe(`${app}#/s/my-story/event/antalya-talks`);
    expect(links.embed).toBe(`${app}?embed#/s/my-story/event/antalya-talks`);
    expect(links.event('x')).toBe(`${app}#/s/my-story/event/x`);
    // The corpus's event is shared through its preview page, as before.
    expect(viewLinks(view, app).share).toBe(`${app}event/antalya-talks.html`);
  });
});
