import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createSearchResponder,
  indexSources,
  type SearchRequest,
  type SearchResponse,
} from '../../../src/domain/search/searchProtocol';
import {
  searchWorker,
  type SearchAnswer,
  type WorkerSearchClient,
} from '../../../src/features/search/searchClient';
import SearchResults from '../../../src/features/search/SearchResults';
import { SearchBox } from '../../../src/features/search/SearchBox';
import { DEFAULT_VIEW } from '../../../src/domain/view/viewState';
import type { Dataset } from '../../../src/domain/types';
import { createAppStore, releaseAppStore, type AppStore } from '../../../src/state/store';
import { countSearchDocuments, searchDocuments } from '../../../src/domain/search/searchDocs';
import { loadDataset } from '../../../src/data';
import { makeEvent, makeStory } from '../../helpers/factories';
import { renderWithStore } from '../../helpers/renderWithStore';

// The build's prebuilt index, as a build names it (the dev server and tests have none).
vi.mock('virtual:search-index', () => ({ default: 'assets/search-index-test.json' }));

/**
 * A stand-in for the module worker: it records what the page sends and answers only when the
 * test says so, in any order, using the real worker logic (createSearchResponder).
 */
class FakeWorker {
  static made: FakeWorker[] = [];
  readonly sent: SearchRequest[] = [];
  readonly options: WorkerOptions | undefined;
  terminated = false;
  private readonly listeners = new Map<string, ((event: unknown) => void)[]>();
  constructor(_url: URL, options?: WorkerOptions) {
    this.options = options;
    FakeWorker.made.push(this);
  }
  postMessage(request: SearchRequest) {
    this.sent.push(structuredClone(request));
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate() {
    this.terminated = true;
  }
  /** The searches sent so far, in order. */
  get queries(): string[] {
    return this.sent.flatMap((r) => (r.type === 'search' ? [r.query] : []));
  }
  /** Answers the search with this id, as the worker would (index from the first message). */
  answer(id: number) {
    const replies: SearchResponse[] = [];
    const respond = createSearchResponder(
      (reply) => replies.push(reply),
      indexSources(() => Promise.reject(new Error('no prebuilt index here'))),
    );
    const [index] = this.sent;
    const search = this.sent.find((r) => r.type === 'search' && r.id === id);
    if (index?.type !== 'index' || !search) throw new Error(`no index or no request ${id}`);
    respond(index);
    respond(search);
    this.emit('message', { data: structuredClone(replies[0]) });
  }
  emit(type: string, event: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

const only = () => {
  expect(FakeWorker.made).toHaveLength(1);
  return FakeWorker.made[0] as FakeWorker;
};

/** The search worker client of `store` (a fresh store on `dataset` unless given). */
const workerClient = (dataset: Dataset, store: AppStore = createAppStore(dataset)) =>
  store.getState().derived.get(searchWorker);

describe('the search worker', () => {
  it('starts one module worker per store and sends it the documents first', () => {
    const store = createAppStore(makeStory());
    const client = workerClient(store.getState().dataset, store);
    expect(workerClient(store.getState().dataset, store)).toBe(client);
    client.request('Mariupol', () => {});
    const worker = only();
    expect(worker.options?.type).toBe('module');
    expect(worker.sent.map((r) => r.type)).toEqual(['index', 'search']);
  });

  it('is terminated when its store is released, and a released store is not read again', () => {
    const store = createAppStore(makeStory());
    const seen: string[] = [];
    workerClient(store.getState().dataset, store).request('Mariupol', (a) => seen.push(a.query));
    const worker = only();
    releaseAppStore(store);
    expect(worker.terminated).toBe(true);
    worker.answer(1);
    expect(seen).toEqual([]);
    expect(() => workerClient(store.getState().dataset, store)).toThrow(/released/);
  });

  it('two stores on two datasets each search their own, and releasing one leaves the other', () => {
    const story = createAppStore(makeStory());
    const other = createAppStore({
      ...makeStory(),
      events: [makeEvent({ id: 'only-here', title: 'Zaporizhzhia talks' })],
    });
    const found: Record<string, string[]> = { story: [], other: [] };
    const ask = (store: AppStore, into: string[]): WorkerSearchClient => {
      const client = workerClient(store.getState().dataset, store);
      client.request('Zaporizhzhia', (a) => into.push(...a.hits.map((h) => h.doc.id)));
      return client;
    };
    ask(story, found.story!);
    ask(other, found.other!);
    expect(FakeWorker.made).toHaveLength(2);
    const [storyWorker, otherWorker] = FakeWorker.made as [FakeWorker, FakeWorker];
    storyWorker.answer(1);
    otherWorker.answer(1);
    expect(found.story).toEqual([]);
    expect(found.other).toContain('event:only-here');
    releaseAppStore(other);
    expect(otherWorker.terminated).toBe(true);
    expect(storyWorker.terminated).toBe(false);
  });

  it('a late answer to an older query never replaces a newer one', () => {
    const client = workerClient(makeStory());
    const seen: string[] = [];
    const record = (a: SearchAnswer) => seen.push(a.query);
    client.request('Mariupol', record);
    client.request('Kuleba', record);
    const worker = only();
    expect(worker.queries).toEqual(['Mariupol', 'Kuleba']);
    worker.answer(2);
    worker.answer(1);
    expect(seen).toEqual(['Kuleba']);
  });

  it('answers in order are all shown; a cancelled request is not', () => {
    const client = workerClient(makeStory());
    const seen: string[] = [];
    client.request('Mariupol', (a) => seen.push(a.query));
    const cancel = client.request('Kuleba', (a) => seen.push(a.query));
    client.request('Lavrov', (a) => seen.push(a.query));
    cancel?.();
    const worker = only();
    worker.answer(1);
    worker.answer(2);
    worker.answer(3);
    expect(seen).toEqual(['Mariupol', 'Lavrov']);
  });

  it('a worker that fails falls back to the main thread for the newest search', async () => {
    const client = workerClient(makeStory());
    const answers: SearchAnswer[] = [];
    client.request('Mariupol', (a) => answers.push(a));
    client.request('Kuleba', (a) => answers.push(a));
    const worker = only();
    worker.emit('error', new Event('error'));
    expect(worker.terminated).toBe(true);
    expect(answers.map((a) => a.query)).toEqual(['Kuleba']);
    expect(answers[0]?.hits.length).toBeGreaterThan(0);
    // Later searches are answered here too (asynchronously, like the worker's).
    const later = new Promise<SearchAnswer>((resolve) => client.request('Lavrov', resolve));
    expect((await later).hits.length).toBeGreaterThan(0);
  });
});

describe('the search worker when it cannot search', () => {
  it('a failed answer is searched on the main thread instead', () => {
    const client = workerClient(makeStory());
    const answers: SearchAnswer[] = [];
    client.request('Mariupol', (a) => answers.push(a));
    const failed: SearchResponse = { type: 'failed', id: 1, query: 'Mariupol', reason: 'x' };
    only().emit('message', { data: failed });
    expect(answers.map((a) => a.query)).toEqual(['Mariupol']);
    expect(answers[0]?.hits.length).toBeGreaterThan(0);
  });
});

describe('SearchResults with the worker', () => {
  const withQuery = (query: string) => ({
    dataset: makeStory(),
    view: { ...DEFAULT_VIEW, query },
  });

  it('says it is searching until the worker answers, then shows the hits', () => {
    renderWithStore(<SearchResults />, withQuery('Mariupl'));
    const region = screen.getByRole('region', { name: 'Search results for “Mariupl”' });
    expect(region).toHaveAttribute('aria-busy', 'true');
    expect(within(region).getByRole('status')).toHaveTextContent('Searching…');
    act(() => only().answer(1));
    expect(region).not.toHaveAttribute('aria-busy');
    expect(within(region).getByRole('status')).toHaveTextContent(/\d+ results?/);
    expect(within(region).getAllByText(/^Mariupol$/i, { selector: 'mark' }).length).toBeGreaterThan(
      0,
    );
  });

  it('keeps the newer search on screen when an older answer arrives late', () => {
    const { store } = renderWithStore(<SearchResults />, withQuery('Mariupl'));
    act(() => store.getState().searchChanged('Lavrov'));
    const worker = only();
    expect(worker.queries).toEqual(['Mariupl', 'Lavrov']);
    act(() => worker.answer(2));
    act(() => worker.answer(1));
    const region = screen.getByRole('region', { name: 'Search results for “Lavrov”' });
    expect(region).not.toHaveAttribute('aria-busy');
    const marks = within(region).getAllByText(/./, { selector: 'mark' });
    expect(marks.every((m) => /^Lavrov/i.test(m.textContent ?? ''))).toBe(true);
  });
});

describe('SearchBox warms the worker up', () => {
  it('focusing the field starts the worker and sends it the documents, before any search', async () => {
    renderWithStore(<SearchBox />, { dataset: makeStory() });
    expect(FakeWorker.made).toHaveLength(0);
    act(() => screen.getByRole('searchbox').focus());
    await waitFor(() => expect(FakeWorker.made).toHaveLength(1));
    expect(only().sent.map((r) => r.type)).toEqual(['index']);
  });
});

describe("the search worker and the build's prebuilt index", () => {
  /** The dataset as the app reads the build's file (`loadDataset`), from a stubbed fetch. */
  const shipped = async () => {
    const story = makeStory();
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(story))));
    return loadDataset();
  };

  it("for the build's own dataset, names the prebuilt index and sends no document", async () => {
    const dataset = await shipped();
    workerClient(dataset).request('Mariupol', () => {});
    const [load, search] = only().sent;
    expect(load).toEqual({
      type: 'load',
      url: new URL('assets/search-index-test.json', document.baseURI).href,
      documents: countSearchDocuments(dataset),
      spellings: expect.any(Array),
    });
    expect(search?.type).toBe('search');
  });

  it('a dataset made in the page (a story edited, shards arriving) is indexed from its documents', async () => {
    const edited = { ...(await shipped()), events: [makeEvent({ id: 'new', title: 'New' })] };
    workerClient(edited);
    const [index] = only().sent;
    expect(index).toMatchObject({ type: 'index', docs: searchDocuments(edited) });
  });

  it("answers with hits made from the page's dataset; an unreadable index makes it send the documents", async () => {
    const dataset = await shipped();
    const answers: SearchAnswer[] = [];
    const client = workerClient(dataset);
    client.request('Mariupol', (a) => answers.push(a));
    const worker = only();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    worker.emit('message', { data: { type: 'unavailable', reason: 'HTTP 404' } });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/HTTP 404; indexing the dataset/));
    expect(worker.sent.map((r) => r.type)).toEqual(['load', 'search', 'index']);
    const matches = [{ id: 'event:mariupol-shelling', score: 2, terms: ['mariupol'] }];
    worker.emit('message', { data: { type: 'results', id: 1, query: 'Mariupol', matches } });
    expect(answers[0]?.hits).toEqual([
      {
        doc: searchDocuments(dataset).find((d) => d.id === 'event:mariupol-shelling'),
        score: 2,
        terms: ['mariupol'],
      },
    ]);
  });

  it('the search field reads the prebuilt index once the page is idle, before any focus', async () => {
    renderWithStore(<SearchBox />, { dataset: await shipped() });
    await waitFor(() => expect(FakeWorker.made).toHaveLength(1));
    expect(only().sent.map((r) => r.type)).toEqual(['load']);
    expect(screen.getByRole('searchbox')).not.toHaveFocus();
  });

  it('a dataset made in the page starts no worker until the field is focused', async () => {
    const dataset = await shipped();
    const edited = renderWithStore(<SearchBox />, { dataset: { ...dataset } });
    // Mounted second, so its first frame and idle time come after the first field's.
    renderWithStore(<SearchBox />, { dataset });
    await waitFor(() => expect(FakeWorker.made).toHaveLength(1));
    expect(only().sent.map((r) => r.type)).toEqual(['load']);
    act(() => within(edited.container).getByRole('searchbox').focus());
    await waitFor(() => expect(FakeWorker.made).toHaveLength(2));
    expect(FakeWorker.made[1]?.sent.map((r) => r.type)).toEqual(['index']);
  });
});
