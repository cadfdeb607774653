import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { DEFAULT_VIEW } from '../../src/domain/view/viewState';
import { makeStory, makeToldStory } from '../helpers/factories';

const told = () => createAppStore(makeToldStory());

describe('the story in the store', () => {
  it('starts at step 1 over every event, selecting its event', () => {
    const store = createAppStore(makeToldStory(), {
      ...DEFAULT_VIEW,
      actor: 'nato',
      filters: { ...DEFAULT_VIEW.filters, kinds: ['report'] },
      window: [0, 1],
    });
    store.getState().storyStarted();
    const { view, historyMode, filterSteps } = store.getState();
    expect(view).toMatchObject({ story: 0, event: 'mariupol-shelling', actor: null, window: null });
    expect(view.filters).toEqual(DEFAULT_VIEW.filters);
    expect(filterSteps).toEqual([]);
    expect(historyMode).toBe('push');
  });

  it('steps to any step, selecting its event and leaving the framing to the timeline', () => {
    const store = told();
    const s = () => store.getState();
    s().storyStarted();
    s().windowChanged([5, 10]);
    s().storyStepped(2);
    expect(s().view).toMatchObject({ story: 2, event: 'no-ceasefire', window: null });
    expect(s().historyMode).toBe('push');
    s().storyStepped(1);
    expect(s().view.event).toBe('antalya-talks');
  });

  it('ignores steps the story does not have', () => {
    const store = told();
    store.getState().storyStarted();
    const before = store.getState().view;
    for (const bad of [-1, 3, 1.5, Number.NaN]) store.getState().storyStepped(bad);
    expect(store.getState().view).toBe(before);
  });

  it('leaving keeps the event and the window', () => {
    const store = told();
    const s = () => store.getState();
    s().storyStarted();
    s().storyStepped(1);
    s().windowChanged([5, 10]);
    s().storyLeft();
    expect(s().view).toMatchObject({ story: null, event: 'antalya-talks', window: [5, 10] });
    expect(s().historyMode).toBe('push');
  });

  it('selecting another event or opening an actor leaves the story; the step’s own does not', () => {
    const store = told();
    const s = () => store.getState();
    s().storyStarted();
    s().eventSelected('mariupol-shelling');
    expect(s().view.story).toBe(0);
    s().eventSelected('kyiv-quiet');
    expect(s().view).toMatchObject({ story: null, event: 'kyiv-quiet' });
    s().storyStepped(1);
    s().actorOpened('nato');
    expect(s().view).toMatchObject({ story: null, event: null, actor: 'nato' });
  });

  it('a dataset without steps has no story to start', () => {
    const store = createAppStore(makeStory());
    store.getState().storyStarted();
    store.getState().storyStepped(0);
    expect(store.getState().view).toBe(DEFAULT_VIEW);
  });
});
