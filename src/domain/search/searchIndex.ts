import MiniSearch, { type SearchResult } from 'minisearch';
import type { Dataset } from '../types';
import { foldForSearch } from '../view/format';

/** What a search result is: an event, one of its quotes, or a paragraph of an article. */
export type HitType = 'event' | 'quote' | 'article';
export const HIT_TYPES: readonly HitType[] = ['event', 'quote', 'article'];

/** One searchable document. Offsets are the article's paragraph offsets (quotes only). */
export interface SearchDoc {
  id: string;
  type: HitType;
  /** Event title, or article title. */
  title: string;
  /** Event summary, quote, or paragraph text. */
  text: string;
  event: string | null;
  article: string | null;
  paragraph: number | null;
  start: number | null;
  end: number | null;
}

/** A result: the document plus the index terms it matched (for highlighting). */
export interface SearchHit {
  doc: SearchDoc;
  score: number;
  terms: string[];
}

/** The dataset as documents: every event, every quote of every event, every article paragraph. */
export function searchDocuments(dataset: Dataset): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const none = { article: null, paragraph: null, start: null, end: null };
  for (const e of dataset.events) {
    docs.push({
      id: `event:${e.id}`,
      type: 'event',
      title: e.title,
      text: e.summary,
      event: e.id,
      ...none,
    });
    e.evidence.forEach((q, i) => {
      docs.push({
        id: `quote:${e.id}:${i}`,
        type: 'quote',
        title: e.title,
        text: q.quote,
        event: e.id,
        article: q.article,
        paragraph: q.paragraph,
        start: q.start,
        end: q.end,
      });
    });
  }
  for (const a of dataset.articles) {
    a.paragraphs.forEach((text, p) => {
      if (a.headings.includes(p) && p === 0) return;
      docs.push({
        id: `article:${a.id}:${p}`,
        type: 'article',
        title: a.title,
        text,
        event: null,
        article: a.id,
        paragraph: p,
        start: null,
        end: null,
      });
    });
  }
  return docs;
}

/** Splits text into words the same way for indexing, querying and highlighting. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const tokenize = (text: string) => text.match(WORD) ?? [];

/** A full-text index over the dataset: prefix and typo-tolerant, accents and case folded. */
export interface SearchIndex {
  search: (query: string, limit?: number) => SearchHit[];
  size: number;
}

/** The index over a dataset's documents (`searchDocuments`). */
export function buildSearchIndex(dataset: Dataset): SearchIndex {
  return indexDocuments(searchDocuments(dataset));
}

/**
 * The index over documents already made: what the search worker builds from the documents the
 * page sends it (src/domain/search/searchProtocol.ts), so both threads index alike.
 */
export function indexDocuments(docs: readonly SearchDoc[]): SearchIndex {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const mini = new MiniSearch<SearchDoc>({
    fields: ['title', 'text'],
    storeFields: [],
    tokenize,
    processTerm: (term) => foldForSearch(term),
    searchOptions: {
      boost: { title: 1.5 },
      prefix: true,
      // Typo tolerance grows with the word: none for 1-3 letters, 1 edit for 4-7, 2 beyond.
      fuzzy: (term) => (term.length < 4 ? false : term.length < 8 ? 1 : 2),
      combineWith: 'AND',
    },
  });
  mini.addAll(docs);
  return {
    size: docs.length,
    search: (query, limit = 200) => {
      const results: SearchResult[] = query.trim() === '' ? [] : mini.search(query);
      return results.slice(0, limit).flatMap((r) => {
        const doc = byId.get(String(r.id));
        return doc ? [{ doc, score: r.score, terms: r.terms }] : [];
      });
    },
  };
}
