import { describe, expect, it } from 'vitest';
import { searchDocuments, searchSpellings } from '../../../src/domain/search/searchDocs';
import { writePrebuiltIndex } from '../../../src/domain/search/prebuiltIndex';
import { buildSearchIndex } from '../../../src/domain/search/searchIndex';
import {
  createRequestOrder,
  createSearchResponder,
  indexSources,
  type SearchRequest,
  type SearchResponse,
} from '../../../src/domain/search/searchProtocol';
import { makeStory } from '../../helpers/factories';

const story = makeStory();
const docs = searchDocuments(story);
/** The story's index as the build writes it, read back as the worker's fetch would. */
const prebuilt = () => JSON.parse(JSON.stringify(writePrebuiltIndex(docs))) as unknown;

/** A responder with its replies, reading prebuilt indexes with `fetchIndex`. */
function responder(fetchIndex: (url: string) => Promise<unknown> = () => never) {
  const replies: SearchResponse[] = [];
  const respond = createSearchResponder((r) => replies.push(r), indexSources(fetchIndex));
  return { respond, replies };
}
const never = new Promise<unknown>(() => {});

/** The ids of a results reply's matches. */
const matchIds = (reply: SearchResponse | undefined) => {
  if (reply?.type !== 'results') throw new Error(`not results: ${JSON.stringify(reply)}`);
  return reply.matches.map((m) => m.id);
};
/** Settles the promises the responder chained (a fetch resolved, the waiting searches). */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSearchResponder (the worker logic)', () => {
  it('answers a search only once the index is built, at once from then on', () => {
    const { respond, replies } = responder();
    respond({ type: 'search', id: 1, query: 'Mariupol' });
    expect(replies).toEqual([
      { type: 'failed', id: 1, query: 'Mariupol', reason: 'the search index was not built yet' },
    ]);
    respond({ type: 'index', docs });
    expect(replies).toHaveLength(1);
    respond({ type: 'search', id: 2, query: 'Mariupol' });
    expect(replies[1]).toMatchObject({ type: 'results', id: 2 });
  });

  it('searches the other spellings it is sent with the documents', () => {
    const { respond, replies } = responder();
    respond({ type: 'index', docs, spellings: [['Kyiv', 'Kiev']] });
    respond({ type: 'search', id: 1, query: 'Kiev' });
    const reply = replies[0];
    if (reply?.type !== 'results') throw new Error('no results');
    expect(reply.matches.length).toBeGreaterThan(0);
    expect(reply.matches.every((m) => m.terms.includes('kyiv'))).toBe(true);
  });

  it.each(['Mariupl', 'humanitarian corridor', 'kyïv', 'zzzzqqq', ''])(
    '%j: the same matches as the index built on the main thread',
    (query) => {
      const { respond, replies } = responder();
      respond({ type: 'index', docs });
      respond({ type: 'search', id: 7, query });
      expect(replies[0]).toMatchObject({ type: 'results', id: 7, query });
      expect(matchIds(replies[0])).toEqual(
        buildSearchIndex({ ...story, actors: [], places: [] })
          .search(query)
          .map((h) => h.doc.id),
      );
    },
  );

  it('survives the structured clone a worker message goes through', () => {
    const { respond, replies } = responder();
    respond(structuredClone({ type: 'index', docs }) as SearchRequest);
    respond({ type: 'search', id: 1, query: 'Mariupol' });
    expect(matchIds(structuredClone(replies[0])).length).toBeGreaterThan(0);
  });

  it('a new index replaces the old one', () => {
    const { respond, replies } = responder();
    respond({ type: 'index', docs });
    respond({ type: 'index', docs: docs.filter((d) => d.type !== 'event') });
    respond({ type: 'search', id: 1, query: 'Mariupol' });
    const ids = matchIds(replies[0]);
    expect(ids.some((id) => id.startsWith('event:'))).toBe(false);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('a search that throws is answered as failed, with its id', () => {
    const replies: SearchResponse[] = [];
    const broken = {
      ...indexSources(() => never),
      build: () => ({
        size: 0,
        search: () => {
          throw new Error('broken');
        },
      }),
    };
    const respond = createSearchResponder((r) => replies.push(r), broken);
    respond({ type: 'index', docs });
    respond({ type: 'search', id: 3, query: 'x' });
    expect(replies).toEqual([{ type: 'failed', id: 3, query: 'x', reason: 'Error: broken' }]);
  });
});

describe('createSearchResponder with a prebuilt index', () => {
  const load = (url = 'https://app.test/assets/search-index-x.json'): SearchRequest => ({
    type: 'load',
    url,
    documents: docs.length,
    spellings: searchSpellings(story),
  });

  it('reads the index at the URL it is given; searches sent meanwhile wait, then are answered in order', async () => {
    let release: (index: unknown) => void = () => {};
    const asked: string[] = [];
    const { respond, replies } = responder((url) => {
      asked.push(url);
      return new Promise((resolve) => (release = resolve));
    });
    respond(load());
    respond({ type: 'search', id: 1, query: 'Mariupl' });
    respond({ type: 'search', id: 2, query: 'Kiev' });
    await flush();
    expect(replies).toEqual([]);
    release(prebuilt());
    await flush();
    expect(asked).toEqual(['https://app.test/assets/search-index-x.json']);
    expect(replies.map((r) => r.type === 'results' && [r.id, r.query])).toEqual([
      [1, 'Mariupl'],
      [2, 'Kiev'],
    ]);
    const fresh = buildSearchIndex(story);
    expect(matchIds(replies[1])).toEqual(fresh.search('Kiev').map((h) => h.doc.id));
    // Ready: a later search is answered at once.
    respond({ type: 'search', id: 3, query: 'Lavrov' });
    expect(replies[2]).toMatchObject({ type: 'results', id: 3 });
  });

  it.each([
    ['the file cannot be read', () => Promise.reject(new Error('HTTP 404')), /HTTP 404/],
    [
      'it is not an index',
      () => Promise.resolve({} as unknown),
      /not a sourceline-search-index of version 1/,
    ],
    [
      'it indexes another dataset',
      () =>
        Promise.resolve(JSON.parse(JSON.stringify(writePrebuiltIndex(docs.slice(1)))) as unknown),
      new RegExp(`${docs.length - 1} documents, the page's dataset ${docs.length}`),
    ],
  ])(
    'when %s, says so and answers the waiting searches from the documents the page then sends',
    async (_name, fetchIndex, reason) => {
      const { respond, replies } = responder(fetchIndex);
      respond(load());
      respond({ type: 'search', id: 1, query: 'Mariupol' });
      await flush();
      expect(replies).toHaveLength(1);
      const [unavailable] = replies;
      expect(unavailable?.type).toBe('unavailable');
      expect(unavailable?.type === 'unavailable' && unavailable.reason).toMatch(reason);
      respond({ type: 'index', docs });
      respond({ type: 'search', id: 2, query: 'Lavrov' });
      await flush();
      expect(replies.slice(1).map((r) => r.type === 'results' && r.id)).toEqual([1, 2]);
      expect(matchIds(replies[1]).length).toBeGreaterThan(0);
    },
  );
});

describe('createRequestOrder (stale answers never replace newer ones)', () => {
  it('numbers requests from 1 upwards', () => {
    const order = createRequestOrder();
    expect([order.next(), order.next(), order.next()]).toEqual([1, 2, 3]);
  });

  it('accepts answers in order, drops one older than an answer shown', () => {
    const order = createRequestOrder();
    const [a, b, c] = [order.next(), order.next(), order.next()];
    expect(order.accept(b)).toBe(true);
    expect(order.accept(a)).toBe(false);
    expect(order.accept(b)).toBe(false);
    expect(order.accept(c)).toBe(true);
  });

  it('skipping an answer is fine; an id never sent is refused', () => {
    const order = createRequestOrder();
    order.next();
    const second = order.next();
    expect(order.accept(second)).toBe(true);
    expect(order.accept(3)).toBe(false);
    expect(order.accept(0)).toBe(false);
  });
});
