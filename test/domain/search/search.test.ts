import { describe, expect, it } from 'vitest';
import { excerptRuns, firstMatch, matchRuns } from '../../../src/domain/search/highlight';
import { normaliseQuery } from '../../../src/domain/search/query';
import { searchDocuments } from '../../../src/domain/search/searchDocs';
import { buildSearchIndex } from '../../../src/domain/search/searchIndex';
import {
  makeActor,
  makeArticle,
  makeDataset,
  makeEvent,
  makePlace,
  makeStory,
} from '../../helpers/factories';

const story = makeStory();
const index = buildSearchIndex(story);
const found = (q: string) => index.search(q).map((h) => h.doc.id);

describe('searchDocuments', () => {
  it('has every event, every quote and every article paragraph', () => {
    const docs = searchDocuments(story);
    const quotes = story.events.reduce((n, e) => n + e.evidence.length, 0);
    expect(docs.filter((d) => d.type === 'event')).toHaveLength(story.events.length);
    expect(docs.filter((d) => d.type === 'quote')).toHaveLength(quotes);
    expect(docs.filter((d) => d.type === 'article').length).toBeGreaterThan(0);
  });
});

describe('buildSearchIndex', () => {
  it('finds a word in events, quotes and articles, accent- and case-blind', () => {
    const ids = found('MARIUPOL');
    expect(ids).toContain('event:mariupol-shelling');
    expect(ids.some((id) => id.startsWith('quote:mariupol-shelling'))).toBe(true);
    expect(ids.some((id) => id.startsWith('article:'))).toBe(true);
  });

  it.each([
    ['a typo', 'Mariupl'],
    ['a prefix', 'Mariu'],
    ['two typos in a long word', 'Mariuopll'],
  ])('tolerates %s (%s)', (_name, q) => {
    expect(found(q)).toContain('event:mariupol-shelling');
  });

  it('needs every word (AND), and finds nothing for nonsense or blank', () => {
    expect(found('Lavrov Antalya')).toContain('event:antalya-talks');
    expect(found('Lavrov zzzzqqq')).toEqual([]);
    expect(found('   ')).toEqual([]);
  });

  it('reports the matched index terms for highlighting', () => {
    const hit = index.search('Mariupl')[0];
    expect(hit?.terms).toContain('mariupol');
  });
});

describe('other spellings and typos', () => {
  const events = [
    makeEvent({ id: 'kyiv-talks', title: 'Talks in Kyiv', summary: 'Delegations met.' }),
    makeEvent({ id: 'lavrov', title: 'Sergey Lavrov speaks', summary: 'He spoke at length.' }),
    makeEvent({ id: 'sumy', title: 'Convoy leaves Sumy', summary: 'Buses left the city.' }),
    makeEvent({ id: 'war', title: 'The war goes on', summary: 'Fighting continued.' }),
    makeEvent({ id: 'us', title: 'United States sends aid', summary: 'Washington said so.' }),
  ];
  const parts = {
    events,
    articles: [makeArticle({ paragraphs: ['Title', 'Some unrelated text about the sea.'] })],
  };
  const withAliases = buildSearchIndex(
    makeDataset({
      ...parts,
      places: [makePlace({ id: 'kyiv', name: 'Kyiv', aliases: ['Kiev'] })],
      actors: [
        makeActor({ id: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov'] }),
        makeActor({ id: 'united-states', name: 'United States', aliases: ['U.S.', 'US'] }),
      ],
    }),
  );
  const withoutAliases = buildSearchIndex(makeDataset(parts));
  const eventsFound = (i: typeof withAliases, q: string) =>
    i.search(q).flatMap((h) => (h.doc.type === 'event' ? [h.doc.event] : []));

  it('finds an actor or a place by another of its spellings, from the dataset', () => {
    expect(eventsFound(withAliases, 'Kiev')).toEqual(['kyiv-talks']);
    expect(eventsFound(withAliases, 'kiev talks')).toEqual(['kyiv-talks']);
    expect(eventsFound(withAliases, 'Sergei Lavrov')).toEqual(['lavrov']);
    expect(withAliases.search('Kiev')[0]?.terms).toEqual(['kyiv']);
    // The alias is what finds it: without it, nothing.
    expect(eventsFound(withoutAliases, 'Kiev')).toEqual([]);
  });

  it('a one- or two-letter spelling is matched whole, not as a prefix of every word', () => {
    expect(eventsFound(withAliases, 'US')).toEqual(['us']);
  });

  it.each([
    ['two letters swapped', 'Lavorv', 'lavrov'],
    ['swapped at the start', 'aLvrov', 'lavrov'],
    ['swapped at the end', 'Lavrvo', 'lavrov'],
    ['a swap in a four-letter word', 'Smuy', 'sumy'],
    ['a swap and a word to match', 'Lavorv speaks', 'lavrov'],
  ])('tolerates %s (%s)', (_name, q, id) => {
    expect(eventsFound(withAliases, q)).toContain(id);
  });

  it('takes words under four letters as typed', () => {
    expect(eventsFound(withAliases, 'wra')).toEqual([]);
    expect(eventsFound(withAliases, 'war')).toEqual(['war']);
  });
});

describe('highlight', () => {
  it('marks the matched words only, keeping the text as text', () => {
    expect(matchRuns('Shelling in <b>Mariupol</b>, mariupol.', ['mariupol'])).toEqual([
      { text: 'Shelling in <b>', match: false },
      { text: 'Mariupol', match: true },
      { text: '</b>, ', match: false },
      { text: 'mariupol', match: true },
      { text: '.', match: false },
    ]);
  });

  it('finds the first match offsets, or null', () => {
    expect(firstMatch('Talks in Kyïv today', ['kyiv'])).toEqual([9, 13]);
    expect(firstMatch('nothing', ['kyiv'])).toBeNull();
  });

  it('excerpts a long text round the match with ellipses', () => {
    const text = `${'word '.repeat(100)}Mariupol ${'word '.repeat(100)}`;
    const runs = excerptRuns(text, ['mariupol'], 80);
    expect(runs[0]?.text).toBe('…');
    expect(runs.at(-1)?.text).toBe('…');
    expect(runs.some((r) => r.match && r.text === 'Mariupol')).toBe(true);
    expect(runs.map((r) => r.text).join('').length).toBeLessThan(90);
  });
});

describe('normaliseQuery', () => {
  it.each([
    ['  a \\n\\t b  ', 'a b'],
    ['x\\u0000y', 'x y'],
    ['\\uD800lone', '\\uFFFDlone'],
    ['é'.repeat(300), 'é'.repeat(200)],
  ])('%j -> %j', (input, expected) => {
    const unescape = (s: string) => JSON.parse(`"${s}"`) as string;
    expect(normaliseQuery(unescape(input))).toBe(unescape(expected));
    expect(normaliseQuery(normaliseQuery(unescape(input)))).toBe(unescape(expected));
  });
});
