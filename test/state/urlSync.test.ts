import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { startUrlSync } from '../../src/state/urlSync';
import { serialiseView } from '../../src/domain/view/url';
import { makeStory, makeToldStory } from '../helpers/factories';

/** jsdom's real history; each test starts from a clean URL. */
function setHash(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
}

describe('startUrlSync', () => {
  let stop: (() => void) | null = null;
  beforeEach(() => setHash(''));
  afterEach(() => {
    stop?.();
    stop = null;
    vi.useRealTimers();
  });

  it('restores the view from the hash on start', () => {
    setHash('#/event/antalya-talks?actor=sergey-lavrov&layout=list');
    const store = createAppStore(makeStory());
    stop = startUrlSync(store);
    const { view, notice } = store.getState();
    expect(view.event).toBe('antalya-talks');
    expect(view.filters.actors).toEqual(['sergey-lavrov']);
    expect(view.layout).toBe('list');
    expect(notice).toBeNull();
  });

  it.each([
    ['', '#/?actor=sergey-lavrov&layout=list'],
    ['#', '#/?actor=sergey-lavrov&layout=list'],
    ['#/', '#/'],
    ['#/event/antalya-talks', '#/event/antalya-talks'],
  ])('opened at %j with a last view, shows %s', (hash, shown) => {
    setHash(hash);
    const length = window.history.length;
    const store = createAppStore(makeStory());
    stop = startUrlSync(store, window, '#/?layout=list&actor=sergey-lavrov');
    expect(window.location.hash).toBe(shown);
    expect(serialiseView(store.getState().view)).toBe(shown);
    expect(window.history.length).toBe(length);
  });

  it('a bad hash gives a notice, a working view and a canonical URL', () => {
    setHash('#/event/nope?actor=sergey-lavrov,putin&scale=%E0%A4%A');
    const length = window.history.length;
    const store = createAppStore(makeStory());
    stop = startUrlSync(store);
    expect(store.getState().notice).toMatch(/No event “nope”.*Unknown actor “putin”/);
    expect(store.getState().view.filters.actors).toEqual(['sergey-lavrov']);
    expect(window.location.hash).toBe('#/?actor=sergey-lavrov');
    expect(window.history.length).toBe(length);
  });

  it('pushes one entry per discrete action', () => {
    const store = createAppStore(makeStory());
    stop = startUrlSync(store);
    const length = window.history.length;
    store.getState().actorToggled('sergey-lavrov');
    store.getState().eventSelected('mariupol-shelling');
    expect(window.location.hash).toBe('#/event/mariupol-shelling?actor=sergey-lavrov');
    expect(window.history.length).toBe(length + 2);
  });

  it('with afterPaint, writes the entries of discrete actions later, in order, one each', () => {
    const later: (() => void)[] = [];
    const store = createAppStore(makeStory());
    stop = startUrlSync(store, window, null, { afterPaint: (work) => later.push(work) });
    const length = window.history.length;
    store.getState().actorToggled('sergey-lavrov');
    store.getState().eventSelected('mariupol-shelling');
    // Nothing written yet: the click's frame is painted first.
    expect(window.location.hash).toBe('');
    expect(window.history.length).toBe(length);
    // Selecting the event again changes nothing and writes nothing.
    store.getState().eventSelected('mariupol-shelling');
    later.splice(0).forEach((work) => work());
    expect(window.location.hash).toBe('#/event/mariupol-shelling?actor=sergey-lavrov');
    expect(window.history.length).toBe(length + 2);
    window.history.replaceState(null, '', '/#/?actor=sergey-lavrov');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().view.event).toBeNull();
  });

  it('with afterPaint, going back before the entries are written drops them', () => {
    const later: (() => void)[] = [];
    const store = createAppStore(makeStory());
    stop = startUrlSync(store, window, null, { afterPaint: (work) => later.push(work) });
    const length = window.history.length;
    store.getState().eventSelected('mariupol-shelling');
    window.history.replaceState(null, '', '/#/?actor=sergey-lavrov');
    window.dispatchEvent(new PopStateEvent('popstate'));
    later.splice(0).forEach((work) => work());
    expect(window.location.hash).toBe('#/?actor=sergey-lavrov');
    expect(store.getState().view).toMatchObject({ event: null });
    expect(store.getState().view.filters.actors).toEqual(['sergey-lavrov']);
    expect(window.history.length).toBe(length);
  });

  it('with afterPaint, Back and then a click before the first task runs: one entry, written once', () => {
    const later: (() => void)[] = [];
    const store = createAppStore(makeStory());
    stop = startUrlSync(store, window, null, { afterPaint: (work) => later.push(work) });
    store.getState().actorToggled('sergey-lavrov');
    later.splice(0).forEach((work) => work());
    const length = window.history.length;
    // A click, then Back before its entry is written: the task that would write it is waiting.
    store.getState().eventSelected('mariupol-shelling');
    window.history.replaceState(null, '', '/#/?actor=sergey-lavrov');
    window.dispatchEvent(new PopStateEvent('popstate'));
    // A second click before that task runs: its entry waits for a task of its own, and the first
    // task (run first) writes it once; the second finds nothing left to write.
    store.getState().eventSelected('antalya-talks');
    expect(later).toHaveLength(2);
    later.splice(0).forEach((work) => work());
    expect(window.location.hash).toBe('#/event/antalya-talks?actor=sergey-lavrov');
    expect(window.history.length).toBe(length + 1);
  });

  it('with afterPaint, stopping writes what is waiting', () => {
    const store = createAppStore(makeStory());
    const stopNow = startUrlSync(store, window, null, { afterPaint: () => {} });
    store.getState().eventSelected('mariupol-shelling');
    const before = window.location.hash;
    stopNow();
    expect(before).toBe('');
    expect(window.location.hash).toBe('#/event/mariupol-shelling');
  });

  it("inside another site's frame, replaces instead of pushing", () => {
    const store = createAppStore(makeStory());
    stop = startUrlSync(store, window, null, { embedded: true });
    const length = window.history.length;
    store.getState().actorToggled('sergey-lavrov');
    store.getState().eventSelected('mariupol-shelling');
    expect(window.location.hash).toBe('#/event/mariupol-shelling?actor=sergey-lavrov');
    expect(window.history.length).toBe(length);
  });

  it('a run of keyboard steps is one entry; Back leaves the run for the view before it', () => {
    const store = createAppStore(makeStory());
    stop = startUrlSync(store);
    store.getState().eventSelected('kyiv-quiet');
    const length = window.history.length;
    const ids = ['antalya-talks', 'mariupol-shelling', 'no-ceasefire'];
    for (let i = 0; i < 6; i++) store.getState().eventStepped(ids[i % 3] ?? 'antalya-talks');
    expect(window.history.length).toBe(length + 1);
    expect(window.location.hash).toBe('#/event/no-ceasefire');
    // A discrete action ends the run: the next steps start a new entry.
    store.getState().layoutChanged('list');
    store.getState().eventStepped('antalya-talks');
    store.getState().eventStepped('kyiv-quiet');
    expect(window.history.length).toBe(length + 3);
  });

  it('open source panels are in the URL: each opening and closing is an entry', () => {
    const store = createAppStore(makeStory());
    stop = startUrlSync(store);
    store.getState().eventSelected('antalya-talks');
    const length = window.history.length;
    store.getState().sourceOpened({ article: 'wire-report', paragraph: 1, start: 0, end: 5 });
    expect(window.location.hash).toBe('#/event/antalya-talks?read=wire-report');
    // Opening it again (another quote) changes no view: no entry.
    store.getState().sourceOpened({ article: 'wire-report', paragraph: 2, start: 0, end: 5 });
    store.getState().sourcesCompared(['wire-report', 'blog-post']);
    expect(window.location.hash).toBe('#/event/antalya-talks?read=wire-report,blog-post');
    store.getState().sourcesClosed();
    expect(window.location.hash).toBe('#/event/antalya-talks');
    expect(window.history.length).toBe(length + 3);
  });

  it('a link with open sources reopens them in their order', () => {
    setHash('#/event/antalya-talks?read=blog-post,wire-report');
    const store = createAppStore(makeStory());
    stop = startUrlSync(store);
    expect(store.getState().view.reading).toEqual(['blog-post', 'wire-report']);
  });

  it('replaces (debounced) for zoom and pan, and settles a zoom before the next push', () => {
    vi.useFakeTimers();
    const store = createAppStore(makeStory());
    stop = startUrlSync(store);
    const length = window.history.length;
    store
      .getState()
      .windowChanged([Date.parse('2022-03-09T00:00Z'), Date.parse('2022-03-10T00:00Z')]);
    store
      .getState()
      .windowChanged([Date.parse('2022-03-09T06:00Z'), Date.parse('2022-03-10T00:00Z')]);
    expect(window.location.hash).toBe('');
    vi.advanceTimersByTime(300);
    expect(window.location.hash).toBe('#/?window=2022-03-09T06:00Z~2022-03-10T00:00Z');
    store
      .getState()
      .windowChanged([Date.parse('2022-03-09T12:00Z'), Date.parse('2022-03-10T00:00Z')]);
    store.getState().eventSelected('antalya-talks');
    expect(window.history.length).toBe(length + 1);
    expect(window.location.hash).toBe(
      '#/event/antalya-talks?window=2022-03-09T12:00Z~2022-03-10T00:00Z',
    );
  });

  it('the map: opening pushes, zoom and pan replace, a place picked on it is one entry', () => {
    vi.useFakeTimers();
    const store = createAppStore(makeStory());
    stop = startUrlSync(store);
    const length = window.history.length;
    store.getState().mapToggled();
    expect(window.location.hash).toBe('#/?map=open');
    store.getState().mapMoved({ lat: 47.1, lon: 37.55, zoom: 4 });
    store.getState().mapMoved({ lat: 47.123456, lon: 37.5, zoom: 4.5 });
    vi.advanceTimersByTime(300);
    expect(window.location.hash).toBe('#/?map=47.1235,37.5,4.5');
    store.getState().mapPlaceToggled('mariupol', { lat: 47.1, lon: 37.5, zoom: 4.5 });
    expect(window.location.hash).toBe('#/?place=mariupol&map=47.1,37.5,4.5');
    expect(window.history.length).toBe(length + 2);
  });

  it('a bad map view in a link opens the fitted map with a notice', () => {
    setHash('#/?map=nowhere');
    const store = createAppStore(makeStory());
    stop = startUrlSync(store);
    expect(store.getState().view.map).toBe('fit');
    expect(store.getState().notice).toMatch(/map view “nowhere” was not understood/);
    expect(window.location.hash).toBe('#/?map=open');
  });

  it('back (popstate) restores the previous view without writing history', () => {
    const store = createAppStore(makeStory());
    stop = startUrlSync(store);
    store.getState().actorToggled('sergey-lavrov');
    store.getState().eventSelected('antalya-talks');
    const length = window.history.length;
    // jsdom's history.back() is asynchronous; emulate its effect: the URL changes, popstate fires.
    window.history.replaceState(null, '', '/#/?actor=sergey-lavrov');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().view.event).toBeNull();
    expect(store.getState().view.filters.actors).toEqual(['sergey-lavrov']);
    expect(window.history.length).toBe(length);
  });

  it('opening an actor pushes its link; back restores the event it replaced', () => {
    const store = createAppStore(makeStory());
    stop = startUrlSync(store);
    store.getState().eventSelected('antalya-talks');
    const length = window.history.length;
    store.getState().actorOpened('sergey-lavrov');
    expect(window.location.hash).toBe('#/actor/sergey-lavrov');
    expect(window.history.length).toBe(length + 1);
    window.history.replaceState(null, '', '/#/event/antalya-talks');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().view).toMatchObject({ event: 'antalya-talks', actor: null });
  });

  it('an unknown actor in a link gives a notice and the default page', () => {
    setHash('#/actor/nobody?actor=sergey-lavrov');
    const store = createAppStore(makeStory());
    stop = startUrlSync(store);
    expect(store.getState().notice).toMatch(/No person or organisation “nobody”/);
    expect(store.getState().view.actor).toBeNull();
    expect(window.location.hash).toBe('#/?actor=sergey-lavrov');
  });

  it('a hand-edited bad hash (hashchange) gives a notice', () => {
    const store = createAppStore(makeStory());
    stop = startUrlSync(store);
    window.history.replaceState(null, '', '/#/?kind=party');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState().notice).toMatch(/Unknown event kind “party”/);
    expect(window.location.hash).toBe('#/');
  });

  it('each story step pushes its own link; back returns to the previous step', () => {
    const store = createAppStore(makeToldStory());
    stop = startUrlSync(store);
    const length = window.history.length;
    store.getState().storyStarted();
    store.getState().storyStepped(1);
    expect(window.location.hash).toBe('#/story/2');
    expect(window.history.length).toBe(length + 2);
    window.history.replaceState(null, '', '/#/story/1');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().view).toMatchObject({ story: 0, event: 'mariupol-shelling' });
    store.getState().storyLeft();
    expect(window.location.hash).toBe('#/event/mariupol-shelling');
  });

  it('a story step link opens the step; a bad one gives a notice and no step', () => {
    setHash('#/story/3');
    const store = createAppStore(makeToldStory());
    stop = startUrlSync(store);
    expect(store.getState().view).toMatchObject({ story: 2, event: 'no-ceasefire' });
    expect(store.getState().notice).toBeNull();
    window.history.replaceState(null, '', '/#/story/4');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState().notice).toMatch(/The story has no step “4” \(it has 3\)/);
    expect(store.getState().view.story).toBeNull();
    expect(window.location.hash).toBe('#/');
  });

  it('stops listening when stopped', () => {
    const store = createAppStore(makeStory());
    startUrlSync(store)();
    store.getState().actorToggled('sergey-lavrov');
    expect(window.location.hash).toBe('');
  });
});
