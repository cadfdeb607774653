import { act, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { joinArticleTexts, splitArticleTexts } from '../../src/domain/dataset/articleText';
import { DEFAULT_VIEW, EMPTY_FILTERS, type ViewState } from '../../src/domain/view/viewState';
import { ActorView } from '../../src/features/actor/ActorView';
import SearchResults from '../../src/features/search/SearchResults';
import { SourcePanels } from '../../src/features/sources/SourcePanels';
import { readArticleText } from '../../src/state/articleTextSync';
import { selectFacetQueries, selectIndex } from '../../src/state/selectors';
import { createAppStore, releaseAppStore, StoreContext } from '../../src/state/store';
import { makeStory } from '../helpers/factories';

// A build ships a dataset's articles' text as a second file, read after the first frame: until
// it is here each panel that reads it says so, and then shows it.

const story = makeStory();
const { head, texts } = splitArticleTexts(story);
const whole = () => joinArticleTexts(head, texts);

function renderAwaiting(ui: ReactElement, view: ViewState = DEFAULT_VIEW) {
  const store = createAppStore(head, view, true);
  const result = render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
  onTestFinished(() => {
    result.unmount();
    releaseAppStore(store);
  });
  return { ...result, store };
}

describe('the articles’ text read after the first frame', () => {
  it('the store says it is loading, then whole; what was made from the events alone is kept', () => {
    const store = createAppStore(head, DEFAULT_VIEW, true);
    expect(store.getState().articleText).toBe('loading');
    expect(createAppStore(story).getState().articleText).toBe('whole');
    const facets = selectFacetQueries(store.getState());
    const index = selectIndex(store.getState());
    expect(index.mentionsByArticle.size).toBe(0);
    store.getState().articleTextRead(whole());
    expect(store.getState().articleText).toBe('whole');
    expect(selectFacetQueries(store.getState())).toBe(facets);
    expect(selectIndex(store.getState()).mentionsByArticle.size).toBeGreaterThan(0);
    // Other events: nothing is kept.
    store.getState().datasetReplaced({ ...story, events: story.events.slice(1) });
    expect(selectFacetQueries(store.getState())).not.toBe(facets);
  });

  it('a failed read is said, and the dataset stays', () => {
    const store = createAppStore(head, DEFAULT_VIEW, true);
    store.getState().articleTextRead(null);
    expect(store.getState().articleText).toBe('failed');
    expect(store.getState().dataset).toBe(head);
  });

  it('a source opened by a link shows it is loading, then its text with the quote focused', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      event: 'no-ceasefire',
      filters: { ...EMPTY_FILTERS, actors: ['sergey-lavrov'] },
    };
    const { store } = renderAwaiting(<SourcePanels />, view);
    const quote = story.events.find((e) => e.id === 'no-ceasefire')!.evidence[0]!;
    act(() => store.getState().sourceOpened({ ...quote, article: quote.article }));
    const panel = () => screen.getByRole('region', { name: /Foreign ministers/ });
    expect(within(panel()).getByRole('status')).toHaveTextContent('Loading the article’s text…');
    expect(panel().querySelector('mark')).toBeNull();
    act(() => store.getState().articleTextRead(whole()));
    expect(within(panel()).queryByRole('status')).toBeNull();
    const marks = [...panel().querySelectorAll('mark')].map((m) => m.className);
    expect(marks).toContain('mark-mention');
    expect(document.activeElement?.getAttribute('data-focus')).toBe('true');
  });

  it('a source whose text could not be read says so', () => {
    const { store } = renderAwaiting(<SourcePanels />);
    act(() => store.getState().sourcesCompared(['wire-report']));
    act(() => store.getState().articleTextRead(null));
    expect(screen.getByRole('status')).toHaveTextContent('could not be loaded');
  });

  it('the actor view says how quotes name the actor once the mentions are here', () => {
    const { store } = renderAwaiting(<ActorView actorId="sergey-lavrov" />);
    expect(screen.getAllByText(/how the quote names them: loading…/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/named in the quote/)).toBeNull();
    act(() => store.getState().articleTextRead(whole()));
    expect(screen.queryByText(/loading…/)).toBeNull();
    expect(screen.getByText(/named in the quote/)).toBeTruthy();
  });

  it('search waits for the text, then answers from the whole dataset', () => {
    const { store } = renderAwaiting(<SearchResults />, { ...DEFAULT_VIEW, query: 'Mariupl' });
    expect(screen.getByText('Loading the articles’ text to search…')).toBeTruthy();
    act(() => store.getState().articleTextRead(whole()));
    const region = screen.getByRole('region', { name: 'Search results for “Mariupl”' });
    expect(within(region).getByRole('button', { name: /^Articles/ })).not.toHaveTextContent(
      /Articles\s*0/,
    );
  });
});

/** A signal for one read, aborted when the test ends. */
function reading(): AbortSignal {
  const controller = new AbortController();
  onTestFinished(() => controller.abort());
  return controller.signal;
}

describe('a failed read of the articles’ text', () => {
  it('is read again when the reader asks, and the source then shows its text', async () => {
    const { store } = renderAwaiting(<SourcePanels />);
    act(() => store.getState().sourcesCompared(['wire-report']));
    const answers: (typeof texts | null)[] = [null, texts];
    let reads = 0;
    await act(() =>
      readArticleText(store, reading(), () => {
        reads++;
        return Promise.resolve(answers.shift() ?? null);
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('could not be loaded');
    await act(async () => screen.getByRole('button', { name: 'Try again' }).click());
    expect(reads).toBe(2);
    expect(store.getState().articleText).toBe('whole');
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('is read again when the browser is back online, and no more once read', async () => {
    const store = createAppStore(head, DEFAULT_VIEW, true);
    onTestFinished(() => releaseAppStore(store));
    const answers: (typeof texts | null)[] = [null, null, texts];
    let reads = 0;
    await readArticleText(store, reading(), () => {
      reads++;
      return Promise.resolve(answers.shift() ?? null);
    });
    expect(store.getState().articleText).toBe('failed');
    const online = async () => {
      window.dispatchEvent(new Event('online'));
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    await online();
    expect(store.getState().articleText).toBe('failed');
    await online();
    expect(store.getState().articleText).toBe('whole');
    await online();
    expect(reads).toBe(3);
  });

  it('a malformed file is a failed read, not an error', async () => {
    const store = createAppStore(head, DEFAULT_VIEW, true);
    onTestFinished(() => releaseAppStore(store));
    await readArticleText(store, reading(), () => Promise.resolve({ nonsense: true } as never));
    expect(store.getState().articleText).toBe('failed');
  });

  it('is not read again once its store’s syncs stop: no listener or subscription is left', async () => {
    const store = createAppStore(head, DEFAULT_VIEW, true);
    const stopping = new AbortController();
    let reads = 0;
    const target = new EventTarget();
    let listeners = 0;
    const win = {
      addEventListener: (type: string, listener: EventListener) => {
        listeners++;
        target.addEventListener(type, listener);
      },
      removeEventListener: (type: string, listener: EventListener) => {
        listeners--;
        target.removeEventListener(type, listener);
      },
    } as unknown as Window;
    const failing = () => {
      reads++;
      return Promise.resolve(null);
    };
    await readArticleText(store, stopping.signal, failing, win);
    expect(store.getState().articleText).toBe('failed');
    expect(listeners).toBe(1);
    stopping.abort();
    releaseAppStore(store);
    expect(listeners).toBe(0);
    target.dispatchEvent(new Event('online'));
    store.getState().articleTextRetried();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reads).toBe(1);
  });
});
