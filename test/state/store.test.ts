import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { selectFilteredEvents, selectSelectedEvent } from '../../src/state/selectors';
import { DEFAULT_VIEW } from '../../src/domain/view/viewState';
import { makeStory } from '../helpers/factories';

const ids = (store: ReturnType<typeof createAppStore>) =>
  selectFilteredEvents(store.getState()).map((e) => e.id);

describe('store', () => {
  it('filters by actor then by place, each a pushed change that refits the window', () => {
    const store = createAppStore(makeStory(), { ...DEFAULT_VIEW, window: [0, 1] });
    store.getState().actorToggled('sergey-lavrov');
    expect(ids(store)).toEqual(['antalya-talks', 'mariupol-shelling']);
    expect(store.getState().view.window).toBeNull();
    store.getState().placeToggled('mariupol');
    expect(ids(store)).toEqual(['mariupol-shelling']);
    expect(store.getState().historyMode).toBe('push');
  });

  it('relaxes the newest filter first, the date range included', () => {
    const store = createAppStore(makeStory());
    const s = () => store.getState();
    s().placeToggled('kyiv');
    s().dateRangeChanged('2022-03-11', null);
    s().actorToggled('sergey-lavrov');
    s().lastFilterRelaxed();
    expect(s().view.filters.actors).toEqual([]);
    s().lastFilterRelaxed();
    expect(s().view.filters.from).toBeNull();
    expect(s().view.filters.places).toEqual(['kyiv']);
    s().lastFilterRelaxed();
    expect(s().view.filters).toEqual(DEFAULT_VIEW.filters);
    s().lastFilterRelaxed();
    expect(s().view.filters).toEqual(DEFAULT_VIEW.filters);
  });

  it('toggling a value off forgets its step', () => {
    const store = createAppStore(makeStory());
    const s = () => store.getState();
    s().actorToggled('sergey-lavrov');
    s().placeToggled('kyiv');
    s().placeToggled('kyiv');
    s().lastFilterRelaxed();
    expect(s().view.filters.actors).toEqual([]);
  });

  it('a restored view can still be relaxed, keeping the known order', () => {
    const store = createAppStore(makeStory());
    const s = () => store.getState();
    s().placeToggled('kyiv');
    s().actorToggled('sergey-lavrov');
    s().viewRestored(
      {
        ...DEFAULT_VIEW,
        filters: {
          ...DEFAULT_VIEW.filters,
          actors: ['sergey-lavrov'],
          places: ['kyiv'],
          kinds: ['talks'],
        },
      },
      null,
    );
    expect(s().filterSteps.map((f) => (f.key === 'dates' ? f.key : f.value))).toEqual([
      'kyiv',
      'sergey-lavrov',
      'talks',
    ]);
    expect(s().historyMode).toBe('replace');
  });

  it('zoom replaces history; selecting pushes and ignores a repeat', () => {
    const store = createAppStore(makeStory());
    const s = () => store.getState();
    s().windowChanged([1, 2]);
    expect(s().historyMode).toBe('replace');
    s().eventSelected('antalya-talks');
    expect(s().historyMode).toBe('push');
    expect(selectSelectedEvent(s())?.title).toBe('Lavrov and Kuleba meet in Antalya');
    const before = s().view;
    s().eventSelected('antalya-talks');
    expect(s().view).toBe(before);
  });

  it('an actor page and a selected event are exclusive, each a pushed change', () => {
    const store = createAppStore(makeStory(), { ...DEFAULT_VIEW, event: 'antalya-talks' });
    const s = () => store.getState();
    s().actorOpened('sergey-lavrov');
    expect(s().view).toMatchObject({ event: null, actor: 'sergey-lavrov' });
    expect(s().historyMode).toBe('push');
    const before = s().view;
    s().actorOpened('sergey-lavrov');
    expect(s().view).toBe(before);
    // Deselecting nothing keeps the actor page; selecting an event replaces it.
    s().eventSelected(null);
    expect(s().view).toBe(before);
    s().eventSelected('mariupol-shelling');
    expect(s().view).toMatchObject({ event: 'mariupol-shelling', actor: null });
    s().actorOpened('dmytro-kuleba');
    s().actorClosed();
    expect(s().view).toMatchObject({ event: null, actor: null });
    const closed = s().view;
    s().actorClosed();
    expect(s().view).toBe(closed);
  });

  it('opening an actor keeps the filters', () => {
    const store = createAppStore(makeStory());
    const s = () => store.getState();
    s().placeToggled('kyiv');
    s().actorOpened('sergey-lavrov');
    expect(s().view.filters.places).toEqual(['kyiv']);
  });

  it('opens source panels side by side and focuses a quote', () => {
    const store = createAppStore(makeStory());
    const s = () => store.getState();
    s().sourceOpened({ article: 'wire-report', paragraph: 1, start: 0, end: 5 });
    s().sourcesCompared(['blog-post', 'wire-report']);
    expect(s().view.reading).toEqual(['wire-report', 'blog-post']);
    expect(s().sourceFocus).toEqual({ article: 'wire-report', paragraph: 1, start: 0, end: 5 });
    s().sourceClosed('wire-report');
    expect(s().view.reading).toEqual(['blog-post']);
    expect(s().sourceFocus).toBeNull();
  });

  it('open panels are part of the view: each change pushes; closing all is one change', () => {
    const store = createAppStore(makeStory());
    const s = () => store.getState();
    s().sourcesCompared(['wire-report', 'blog-post']);
    expect(s().historyMode).toBe('push');
    const before = s().view;
    s().sourcesCompared(['blog-post']);
    expect(s().view).toBe(before);
    s().sourcesClosed();
    expect(s().view.reading).toEqual([]);
    expect(s().historyMode).toBe('push');
  });

  it('a restored view without a panel drops the quote focused in it', () => {
    const store = createAppStore(makeStory());
    const s = () => store.getState();
    s().sourceOpened({ article: 'wire-report', paragraph: 1, start: 0, end: 5 });
    s().viewRestored({ ...s().view, reading: [] }, null);
    expect(s().sourceFocus).toBeNull();
  });

  it('a keyboard step selects the event and is recorded as a step', () => {
    const store = createAppStore(makeStory());
    const s = () => store.getState();
    s().actorOpened('sergey-lavrov');
    s().eventStepped('antalya-talks');
    expect(s().view.event).toBe('antalya-talks');
    expect(s().view.actor).toBeNull();
    expect(s().historyMode).toBe('step');
  });

  it('filtering is memoised: zoom keeps the same filtered array', () => {
    const store = createAppStore(makeStory());
    const first = selectFilteredEvents(store.getState());
    store.getState().windowChanged([1, 2]);
    expect(selectFilteredEvents(store.getState())).toBe(first);
  });

  it('a search is normalised, replaces history and keeps the filtered events', () => {
    const store = createAppStore(makeStory());
    const first = selectFilteredEvents(store.getState());
    store.getState().searchChanged('  Mariupol   shelling ');
    expect(store.getState().view.query).toBe('Mariupol shelling');
    expect(store.getState().historyMode).toBe('replace');
    expect(selectFilteredEvents(store.getState())).toBe(first);
    const before = store.getState().view;
    store.getState().searchChanged('Mariupol shelling ');
    expect(store.getState().view).toBe(before);
  });

  it('hover notifies only when the hovered place or event changes', () => {
    const store = createAppStore(makeStory());
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().placeHovered('mariupol');
    store.getState().placeHovered('mariupol');
    store.getState().eventHovered('antalya-talks');
    store.getState().eventHovered('antalya-talks');
    expect(calls).toBe(2);
    expect(store.getState()).toMatchObject({
      hoveredPlace: 'mariupol',
      hoveredEvent: 'antalya-talks',
    });
    store.getState().placeHovered(null);
    expect(store.getState().hoveredPlace).toBeNull();
  });

  it('opens and closes the map, each a pushed change; moving it replaces', () => {
    const store = createAppStore(makeStory());
    const s = () => store.getState();
    s().mapMoved({ lat: 1, lon: 2, zoom: 3 });
    expect(s().view.map).toBeNull();
    s().mapToggled();
    expect([s().view.map, s().historyMode]).toEqual(['fit', 'push']);
    s().mapMoved({ lat: 47, lon: 37, zoom: 4 });
    expect([s().view.map, s().historyMode]).toEqual([{ lat: 47, lon: 37, zoom: 4 }, 'replace']);
    s().mapToggled();
    expect([s().view.map, s().historyMode]).toEqual([null, 'push']);
  });

  it('a filter refits an open map; a place picked on the map keeps it where it is', () => {
    const store = createAppStore(makeStory(), { ...DEFAULT_VIEW, window: [0, 1] });
    const s = () => store.getState();
    const camera = { lat: 47, lon: 37, zoom: 4 };
    s().mapToggled();
    s().mapMoved(camera);
    s().actorToggled('sergey-lavrov');
    expect(s().view.map).toBe('fit');
    s().mapMoved(camera);
    s().windowChanged([0, 1]);
    s().mapPlaceToggled('mariupol', camera);
    expect(s().view.filters.places).toEqual(['mariupol']);
    expect([s().view.map, s().view.window, s().historyMode]).toEqual([camera, null, 'push']);
    s().lastFilterRelaxed();
    expect([s().view.filters.places, s().view.map]).toEqual([[], 'fit']);
  });

  it('a closed map stays closed when filters change', () => {
    const store = createAppStore(makeStory());
    store.getState().kindToggled('talks');
    expect(store.getState().view.map).toBeNull();
  });
});
