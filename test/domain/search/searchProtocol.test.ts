import { describe, expect, it } from 'vitest';
import {
  createRequestOrder,
  createSearchResponder,
  type SearchRequest,
} from '../../../src/domain/search/searchProtocol';
import { buildSearchIndex, searchDocuments } from '../../../src/domain/search/searchIndex';
import { makeStory } from '../../helpers/factories';

const story = makeStory();
const docs = searchDocuments(story);
const ids = (hits: { doc: { id: string } }[]) => hits.map((h) => h.doc.id);

describe('createSearchResponder (the worker logic)', () => {
  it('answers a search only once the index is built', () => {
    const respond = createSearchResponder();
    expect(respond({ type: 'search', id: 1, query: 'Mariupol' })).toEqual({
      type: 'failed',
      id: 1,
      query: 'Mariupol',
      reason: 'the search index was not built yet',
    });
    expect(respond({ type: 'index', docs })).toBeNull();
    const answer = respond({ type: 'search', id: 2, query: 'Mariupol' });
    expect(answer?.type).toBe('results');
    expect(answer?.id).toBe(2);
  });

  it('searches the other spellings it is sent with the documents', () => {
    const respond = createSearchResponder();
    respond({ type: 'index', docs, spellings: [['Kyiv', 'Kiev']] });
    const answer = respond({ type: 'search', id: 1, query: 'Kiev' });
    if (answer?.type !== 'results') throw new Error('no results');
    expect(answer.hits.length).toBeGreaterThan(0);
    expect(answer.hits.every((h) => h.terms.includes('kyiv'))).toBe(true);
  });

  it.each(['Mariupl', 'humanitarian corridor', 'kyïv', 'zzzzqqq', ''])(
    '%j: the same hits as the index built on the main thread',
    (query) => {
      const respond = createSearchResponder();
      respond({ type: 'index', docs });
      const answer = respond({ type: 'search', id: 7, query });
      if (answer?.type !== 'results') throw new Error('no results');
      expect(answer.query).toBe(query);
      expect(ids(answer.hits)).toEqual(ids(buildSearchIndex(story).search(query)));
    },
  );

  it('survives the structured clone a worker message goes through', () => {
    const respond = createSearchResponder();
    respond(structuredClone({ type: 'index', docs }) as SearchRequest);
    const answer = structuredClone(respond({ type: 'search', id: 1, query: 'Mariupol' }));
    expect(answer?.type === 'results' && answer.hits.length).toBeGreaterThan(0);
  });

  it('a new index replaces the old one', () => {
    const respond = createSearchResponder();
    respond({ type: 'index', docs });
    respond({ type: 'index', docs: docs.filter((d) => d.type !== 'event') });
    const answer = respond({ type: 'search', id: 1, query: 'Mariupol' });
    if (answer?.type !== 'results') throw new Error('no results');
    expect(answer.hits.some((h) => h.doc.type === 'event')).toBe(false);
    expect(answer.hits.length).toBeGreaterThan(0);
  });

  it('a search that throws is answered as failed, with its id', () => {
    const respond = createSearchResponder(() => ({
      size: 0,
      search: () => {
        throw new Error('broken');
      },
    }));
    respond({ type: 'index', docs });
    expect(respond({ type: 'search', id: 3, query: 'x' })).toEqual({
      type: 'failed',
      id: 3,
      query: 'x',
      reason: 'Error: broken',
    });
  });
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
