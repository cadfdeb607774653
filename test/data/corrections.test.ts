// One test per correction of the fact-check of the five articles, so none comes back. Each
// reads the committed dataset (a test fails when it is stale against data/) and checks it
// against the article's words.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verdictWordsOutsideQuotes } from '../../src/domain/ingest/neutrality';
import type { Dataset, DatasetEvent } from '../../src/domain/types';

const root = path.resolve(__dirname, '../..');
const dataset = JSON.parse(
  readFileSync(path.join(root, 'src/generated/dataset.json'), 'utf8'),
) as Dataset;

function event(id: string): DatasetEvent {
  const found = dataset.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}
const quotes = (id: string) => event(id).evidence.map((q) => q.quote);
const actor = (id: string) => dataset.actors.find((a) => a.id === id);

/** True when `id` is `ancestor` or belongs to it through affiliations. */
function affiliatedWith(id: string, ancestor: string): boolean {
  for (let at: string | null | undefined = id, n = 0; at && n < 10; n++) {
    if (at === ancestor) return true;
    at = actor(at)?.affiliation;
  }
  return false;
}

describe('corrections from the fact-check', () => {
  it('Dalton answered the request tweeted Thursday 10 March: that day, approximate', () => {
    const e = event('dalton-false-flag-warning');
    expect([e.date, e.datePrecision]).toEqual(['2022-03-10', 'approximate']);
    expect(quotes(e.id).some((q) => q.includes('tweeted Thursday'))).toBe(true);
    expect(e.dateBasis).toMatch(/“Thursday”.*→ 2022-03-10/);
  });

  it('Russian troops "have entered" Mariupol: by 30 March, approximate', () => {
    const e = event('russian-troops-enter-mariupol');
    expect(quotes(e.id).some((q) => q.includes('have entered'))).toBe(true);
    expect(e.datePrecision).toBe('approximate');
    expect(e.title).toMatch(/have entered.*by 30 March/);
    expect(e.summary).toMatch(/^By 30 March/);
    expect(e.dateBasis).toMatch(/on or before/);
  });

  it('Crimea "in 2014": dated to the year, which is all the article says, and Russia is its actor', () => {
    const e = event('crimea-annexation');
    expect(quotes(e.id).join(' ')).toMatch(/in 2014/);
    expect(e.datePrecision).toBe('year');
    expect(e.date).toBe('2014-01-01');
    expect(e.dateBasis).toMatch(/only “in 2014”.*the year is known/);
    expect(e.actors.some((a) => affiliatedWith(a, 'kremlin'))).toBe(true);
  });

  it('the embassy tweet: the verdict is FISM News’s, the removal FISM News’s own statement', () => {
    const e = event('russian-embassy-tweet-hospital');
    for (const text of [e.title, e.summary]) expect(verdictWordsOutsideQuotes(text)).toEqual([]);
    expect(e.summary).toMatch(/FISM News writes that the embassy “falsely claimed”/);
    expect(e.summary).not.toMatch(/removed the post, according to the New York Post/);
    expect(e.summary).toMatch(/FISM News reports that Twitter has since removed the post/);
  });

  it('no title or summary gives a verdict in the dataset’s own voice', () => {
    const found = dataset.events.flatMap((e) =>
      [e.title, e.summary].flatMap((t) => verdictWordsOutsideQuotes(t).map((w) => `${e.id}: ${w}`)),
    );
    expect(found).toEqual([]);
  });

  it('one side’s claims are attributed in the title', () => {
    expect(event('tank-attack-humanitarian-corridor').title).toMatch(/^Zelenskyy: /);
    expect(event('chernihiv-overnight-bombardment').title).toMatch(/^Governor: /);
  });

  it('the Istanbul talks cite the passages naming Istanbul and the delegations', () => {
    const all = quotes('istanbul-talks').join(' ');
    expect(all).toMatch(/talks in Istanbul/);
    expect(all).toMatch(/between Ukrainian and Russian delegates/);
  });

  it('Peskov’s “no headway” cites the sentence that names him', () => {
    expect(quotes('peskov-no-headway').some((q) => q.includes('Dmitry Peskov'))).toBe(true);
  });

  it('links no response the text does not state', () => {
    expect(event('kuleba-live-in-their-own-reality').responds).toBeUndefined();
    expect(event('lavrov-rules-out-ceasefire').responds).toBeUndefined();
  });

  it('the Security Council session Russia requested has a Russian actor', () => {
    const e = event('un-security-council-biolabs-session');
    expect(e.actors.some((a) => affiliatedWith(a, 'kremlin'))).toBe(true);
  });

  it('article 000’s publication basis says why 10 March is excluded', () => {
    const a = dataset.articles.find((x) => x.file.startsWith('000_'));
    expect(a?.published).toBe('2022-03-11');
    expect(a?.publishedBasis).toMatch(/2022-03-10 excluded: “Thursday night” is reported as past/);
  });

  it('the Putin–Macron call is "about" an hour', () => {
    const c = dataset.claims.find((x) => x.id === 'putin-macron-call-one-hour');
    expect(c?.evidence.quote).toMatch(/an hour-long phone call/);
    expect(c?.qualifier).toBe('about');
  });

  it('the Mariupol 5,000 figure and its event name the same source', () => {
    const c = dataset.claims.find((x) => x.id === 'mariupol-deaths-5000');
    expect(c?.attribution?.actor).toBeTruthy();
    expect(event(c?.event ?? '').actors).toContain(c?.attribution?.actor);
  });
});

describe('roles', () => {
  it('outlets that only reported an event are not its actors', () => {
    for (const outlet of ['fox-news', 'associated-press', 'new-york-post', 'tass']) {
      expect(dataset.events.filter((e) => e.actors.includes(outlet)).map((e) => e.id)).toEqual([]);
    }
  });

  it('statements are placed where they were made, and what they concern is "about"', () => {
    const roles = (id: string) => {
      const e = event(id);
      return { places: e.places, aboutPlaces: e.aboutPlaces };
    };
    // Lavrov's press conference in Antalya, about the Mariupol hospital.
    expect(roles('lavrov-hospital-claims')).toEqual({
      places: ['antalya'],
      aboutPlaces: ['mariupol'],
    });
    // The meeting was "in Moscow"; Belarus is Lukashenko's country, not the place.
    expect(roles('putin-lukashenko-meeting')).toEqual({ places: ['moscow'], aboutPlaces: [] });
    // Medinsky spoke at the Istanbul talks about Kyiv.
    expect(roles('medinsky-announces-reduced-operations')).toEqual({
      places: ['istanbul'],
      aboutPlaces: ['kyiv'],
    });
    // A Pentagon spokesman on Kyiv.
    expect(roles('kirby-kyiv-under-threat').aboutPlaces).toEqual(['kyiv']);
    expect(roles('kirby-kyiv-under-threat').places).not.toContain('kyiv');
  });

  it('"the regions of Mykolaiv, Kharkiv and Sumy" are regions, not cities', () => {
    const kinds = event('ukrainian-counteroffensives').places.map(
      (id) => dataset.places.find((p) => p.id === id)?.kind,
    );
    expect(kinds.filter((k) => k === 'region')).toHaveLength(3);
    expect(quotes('ukrainian-counteroffensives').join(' ')).toMatch(
      /regions of Mykolaiv, Kharkiv and Sumy/,
    );
  });

  it('no statement or denial is placed in Mariupol: it is what they concern', () => {
    const placed = dataset.events.filter(
      (e) => (e.kind === 'statement' || e.kind === 'denial') && e.places.includes('mariupol'),
    );
    expect(placed.map((e) => e.id)).toEqual([]);
    expect(dataset.events.filter((e) => e.aboutPlaces.includes('mariupol')).length).toBeGreaterThan(
      10,
    );
  });
});
