import type { Article, Dataset, DatasetEvent } from '../types.ts';

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

const NO_SOURCE = { article: null, paragraph: null, start: null, end: null };

function eventDoc(e: DatasetEvent): SearchDoc {
  return {
    id: `event:${e.id}`,
    type: 'event',
    title: e.title,
    text: e.summary,
    event: e.id,
    ...NO_SOURCE,
  };
}

function quoteDoc(e: DatasetEvent, i: number): SearchDoc | null {
  const q = e.evidence[i];
  if (!q) return null;
  return {
    id: `quote:${e.id}:${i}`,
    type: 'quote',
    title: e.title,
    text: q.quote,
    event: e.id,
    article: q.article,
    paragraph: q.paragraph,
    start: q.start,
    end: q.end,
  };
}

/** An article's paragraph as a document; none for a heading that opens the article. */
function paragraphDoc(a: Article, p: number): SearchDoc | null {
  const text = a.paragraphs[p];
  if (text === undefined || (p === 0 && a.headings.includes(p))) return null;
  return {
    id: `article:${a.id}:${p}`,
    type: 'article',
    title: a.title,
    text,
    event: null,
    article: a.id,
    paragraph: p,
    start: null,
    end: null,
  };
}

/** The dataset as documents: every event, every quote of every event, every article paragraph. */
export function searchDocuments(dataset: Dataset): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const add = (doc: SearchDoc | null) => {
    if (doc) docs.push(doc);
  };
  for (const e of dataset.events) {
    add(eventDoc(e));
    e.evidence.forEach((_q, i) => add(quoteDoc(e, i)));
  }
  for (const a of dataset.articles) a.paragraphs.forEach((_text, p) => add(paragraphDoc(a, p)));
  return docs;
}

/** How many documents `searchDocuments` makes of the dataset, without making them. */
export function countSearchDocuments(dataset: Dataset): number {
  let n = 0;
  for (const e of dataset.events) n += 1 + e.evidence.length;
  for (const a of dataset.articles)
    n += a.paragraphs.length - (a.paragraphs.length > 0 && a.headings.includes(0) ? 1 : 0);
  return n;
}

/**
 * The document of an id `searchDocuments` gives (`event:<event>`, `quote:<event>:<n>`,
 * `article:<article>:<n>`), made from the dataset when asked; null for an id it has not. So an
 * index that knows documents by id only (a prebuilt one) gives whole hits without the page
 * making every document.
 */
export function documentFinder(dataset: Dataset): (id: string) => SearchDoc | null {
  let events: Map<string, DatasetEvent> | null = null;
  let articles: Map<string, Article> | null = null;
  return (id) => {
    const colon = id.indexOf(':');
    const type = id.slice(0, colon);
    const rest = id.slice(colon + 1);
    events ??= new Map(dataset.events.map((e) => [e.id, e]));
    if (type === 'event') {
      const e = events.get(rest);
      return e ? eventDoc(e) : null;
    }
    const last = rest.lastIndexOf(':');
    const owner = rest.slice(0, last);
    const n = Number(rest.slice(last + 1));
    if (last < 0 || !Number.isInteger(n)) return null;
    if (type === 'quote') {
      const e = events.get(owner);
      return e ? quoteDoc(e, n) : null;
    }
    if (type !== 'article') return null;
    articles ??= new Map(dataset.articles.map((a) => [a.id, a]));
    const a = articles.get(owner);
    return a ? paragraphDoc(a, n) : null;
  };
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
