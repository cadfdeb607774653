import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countSearchDocuments,
  documentFinder,
  searchDocuments,
  searchSpellings,
} from '../../../src/domain/search/searchDocs';
import {
  readPrebuiltIndex,
  writePrebuiltIndex,
  type PrebuiltIndex,
} from '../../../src/domain/search/prebuiltIndex';
import { indexDocuments, loadSearchIndex } from '../../../src/domain/search/searchIndex';
import { SEARCH_INDEX_OPTIONS } from '../../../src/domain/search/searchOptions';
import type { Dataset } from '../../../src/domain/types';
import { makeArticle, makeStory } from '../../helpers/factories';

const corpus = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../../src/generated/dataset.json'), 'utf8'),
) as Dataset;

describe('SEARCH_INDEX_OPTIONS (one set of options for the build, the worker and the page)', () => {
  const fuzzy = SEARCH_INDEX_OPTIONS.searchOptions?.fuzzy as (term: string) => number | false;

  it.each([
    ['war', false],
    ['sumy', 1],
    ['lavrovs', 1],
    ['mariupol', 2],
  ] as const)('allows %j %j typo(s)', (term, edits) => {
    expect(fuzzy(term)).toBe(edits);
  });

  it('indexes titles and texts, folded, and stores no field', () => {
    expect(SEARCH_INDEX_OPTIONS.fields).toEqual(['title', 'text']);
    expect(SEARCH_INDEX_OPTIONS.storeFields).toEqual([]);
    const process = SEARCH_INDEX_OPTIONS.processTerm as (term: string) => string;
    expect(process('KYÏV')).toBe('kyiv');
    const tokenize = SEARCH_INDEX_OPTIONS.tokenize as (text: string) => string[];
    expect(tokenize('Russia’s U.S. talks, 24-hour')).toEqual([
      'Russia’s',
      'U',
      'S',
      'talks',
      '24',
      'hour',
    ]);
  });
});

describe('a prebuilt index (writePrebuiltIndex, then loadSearchIndex)', () => {
  const docs = searchDocuments(corpus);
  const spellings = searchSpellings(corpus);
  const fresh = indexDocuments(docs, spellings);
  // Through JSON text, as the build writes the file and the worker reads it.
  const loaded = loadSearchIndex(
    JSON.parse(JSON.stringify(writePrebuiltIndex(docs))) as unknown,
    spellings,
  );

  it('holds every document', () => {
    expect(loaded.size).toBe(docs.length);
    expect(loaded.size).toBe(fresh.size);
  });

  it.each([
    'Lavorv',
    'Kiev',
    'Sergei Lavrov',
    'Mariupl',
    'humanitarian corridor',
    'kyïv',
    'UN',
    'Mariuopll',
    'zzzzqqq',
    '',
  ])('%j: the same matches, scores and terms as an index built from the documents', (query) => {
    expect(loaded.search(query)).toEqual(fresh.search(query));
  });

  it.each([
    ['two letters swapped', 'Lavorv', 'lavrov'],
    ['another spelling of a place', 'Kiev', 'kyiv'],
  ])('finds %s (%s finds %s)', (_name, query, term) => {
    const matches = loaded.search(query);
    expect(matches.length).toBeGreaterThan(0);
    // The word itself or a longer one it begins (a prefix search): "kyiv’s".
    expect(matches.every((m) => m.terms.some((t) => t.startsWith(term)))).toBe(true);
    expect(matches.some((m) => m.terms.includes(term))).toBe(true);
  });
});

describe('readPrebuiltIndex refuses what is not the index it writes', () => {
  const file = () =>
    JSON.parse(JSON.stringify(writePrebuiltIndex(searchDocuments(makeStory())))) as PrebuiltIndex;

  it.each([
    ['nothing', () => null, /not a sourceline-search-index of version 1/],
    ['another version', () => ({ ...file(), version: 2 }), /of version 1/],
    ["MiniSearch's own serialization", () => ({ documentCount: 0, index: [] }), /not a sourceline/],
    [
      'a length missing',
      () => ({ ...file(), lengths: file().lengths.slice(1) }),
      /columns do not match/,
    ],
    [
      'a term without postings',
      () => ({ ...file(), postings: file().postings.slice(1) }),
      /columns do not match/,
    ],
  ])('%s', (_name, make, message) => {
    expect(() => readPrebuiltIndex(make())).toThrow(message);
  });
});

describe('documentFinder and countSearchDocuments', () => {
  // An article opening with a heading: its first paragraph is not a document.
  const story: Dataset = {
    ...makeStory(),
    articles: [
      ...makeStory().articles,
      makeArticle({ id: 'headed', paragraphs: ['A heading', 'Text.'], headings: [0] }),
    ],
  };

  it('finds every document by its id, as searchDocuments made it', () => {
    const find = documentFinder(story);
    const docs = searchDocuments(story);
    expect(docs.some((d) => d.id === 'article:headed:0')).toBe(false);
    for (const doc of docs) expect(find(doc.id)).toEqual(doc);
  });

  it.each([
    'event:nope',
    'quote:mariupol-shelling:99',
    'quote:mariupol-shelling:x',
    'article:headed:0',
    'article:headed:5',
    'paragraph:headed:1',
    'nothing',
  ])('finds nothing for %j', (id) => {
    expect(documentFinder(story)(id)).toBeNull();
  });

  it('counts the documents without making them', () => {
    expect(countSearchDocuments(story)).toBe(searchDocuments(story).length);
    expect(countSearchDocuments(corpus)).toBe(searchDocuments(corpus).length);
  });
});
