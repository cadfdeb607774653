import MiniSearch, { type Query, type SearchResult } from 'minisearch';
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

/**
 * The other spellings of the dataset's actors and places: one list per entity with more than
 * one (its name, then its aliases), so a search for one spelling finds the others ("Kiev"
 * finds Kyiv).
 */
export function searchSpellings(dataset: Dataset): string[][] {
  return [...dataset.actors, ...dataset.places].flatMap((e) =>
    e.aliases.length > 0 ? [[e.name, ...e.aliases]] : [],
  );
}

/** Splits text into words the same way for indexing, querying and highlighting. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const tokenize = (text: string) => text.match(WORD) ?? [];
/** The longest spelling, in words, that a query is matched against. */
const MAX_SPELLING_WORDS = 4;

/**
 * One query word and its likely typos: MiniSearch's edit distance counts two letters swapped
 * ("Lavorv") as two edits, so each swap of neighbouring letters is also tried, as one typo.
 * Words too short for typo tolerance (under 4 letters) are taken as typed.
 */
function wordQuery(word: string): Query {
  const letters = Array.from(word);
  if (letters.length < 4) return word;
  const swaps = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] === letters[i + 1]) continue;
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [letters[i + 1] ?? '', letters[i] ?? ''];
    swaps.add(swapped.join(''));
  }
  return {
    combineWith: 'OR',
    queries: [word, { combineWith: 'OR', fuzzy: false, queries: [...swaps] }],
  };
}

/**
 * Another spelling of what was searched for: every word required, words under 3 letters
 * whole ("U.S." must not find every word starting with "u" and "s").
 */
function spellingQuery(words: readonly string[]): Query {
  const parts = words.map((w) =>
    Array.from(w).length < 3
      ? { combineWith: 'OR' as const, prefix: false, queries: [w] }
      : wordQuery(w),
  );
  return parts.length === 1 ? (parts[0] ?? '') : { combineWith: 'AND', queries: parts };
}

/**
 * The query for a search text: every word is required (AND); a run of words that spells an
 * actor or a place (any of its spellings, longest run first) matches any of its spellings.
 */
function buildQuery(text: string, spellings: ReadonlyMap<string, readonly string[][]>): Query {
  const words = tokenize(text);
  const folded = words.map(foldForSearch);
  const parts: Query[] = [];
  for (let i = 0; i < words.length;) {
    let matched = false;
    for (let n = Math.min(MAX_SPELLING_WORDS, words.length - i); n >= 1 && !matched; n--) {
      const typed = folded.slice(i, i + n);
      const group = spellings.get(typed.join(' '));
      if (!group) continue;
      // A longer spelling holding every typed word ("Sergey Lavrov" for "Lavrov") finds
      // nothing more and would highlight words not asked for.
      const others = group.filter((spelling) => {
        const set = new Set(spelling.map(foldForSearch));
        return set.size === typed.length || !typed.every((w) => set.has(w));
      });
      parts.push({ combineWith: 'OR', queries: others.map(spellingQuery) });
      i += n;
      matched = true;
    }
    if (!matched) parts.push(wordQuery(words[i++] ?? ''));
  }
  return { combineWith: 'AND', queries: parts };
}

/** Each spelling (folded words joined by a space) to every spelling of its entity, as words. */
function spellingMap(spellings: readonly (readonly string[])[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const names of spellings) {
    const group = names.map(tokenize).filter((w) => w.length > 0);
    for (const words of group) {
      const key = words.map(foldForSearch).join(' ');
      map.set(key, [...(map.get(key) ?? []), ...group]);
    }
  }
  return map;
}

/** A full-text index over the dataset: prefix and typo-tolerant, accents and case folded. */
export interface SearchIndex {
  search: (query: string, limit?: number) => SearchHit[];
  size: number;
}

/** The index over a dataset's documents (`searchDocuments`) and spellings (`searchSpellings`). */
export function buildSearchIndex(dataset: Dataset): SearchIndex {
  return indexDocuments(searchDocuments(dataset), searchSpellings(dataset));
}

/**
 * The index over documents already made: what the search worker builds from the documents the
 * page sends it (src/domain/search/searchProtocol.ts), so both threads index alike.
 */
export function indexDocuments(
  docs: readonly SearchDoc[],
  spellings: readonly (readonly string[])[] = [],
): SearchIndex {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const names = spellingMap(spellings);
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
      const words = tokenize(query);
      const results: SearchResult[] =
        words.length === 0 ? [] : mini.search(buildQuery(query, names));
      return results.slice(0, limit).flatMap((r) => {
        const doc = byId.get(String(r.id));
        return doc ? [{ doc, score: r.score, terms: r.terms }] : [];
      });
    },
  };
}
