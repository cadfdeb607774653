import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../../src/domain/types';
import { parseInstant } from '../../../src/domain/view/instant';
import {
  actorLink,
  eventLink,
  parseUrl,
  serialiseView,
  storyStepLink,
} from '../../../src/domain/view/url';
import { normaliseQuery } from '../../../src/domain/search/query';
import { DEFAULT_VIEW, EMPTY_FILTERS, type ViewState } from '../../../src/domain/view/viewState';
import { makeActor, makeArticle, makeDataset, makeEvent, makePlace } from '../../helpers/factories';

// Ids include characters that need escaping, to prove the encoding round-trips.
const ACTORS = ['dmytro-kuleba', 'sergey-lavrov', 'a b', 'ü-name', 'x%y'];
const PLACES = ['mariupol', 'kyiv', 'odesa,port'];
const ARTICLES = ['el-pais', 'fism-no-progress'];
const EVENTS = ['antalya-talks', 'mariupol-shelling', 'weird?id&x=1'];

const dataset = makeDataset({
  actors: ACTORS.map((id) => makeActor({ id, name: id })),
  places: PLACES.map((id) => makePlace({ id, name: id })),
  articles: ARTICLES.map((id) => makeArticle({ id })),
  events: EVENTS.map((id) => makeEvent({ id })),
  // The story tells two of the events, the escaped one second.
  story: {
    title: null,
    steps: [
      { event: 'mariupol-shelling', caption: 'First.' },
      { event: 'weird?id&x=1', caption: 'Second.' },
    ],
  },
});
const STEPS = dataset.story.steps;

type ViewPatch = Partial<Omit<ViewState, 'filters'>> & { filters?: Partial<ViewState['filters']> };
const view = (patch: ViewPatch = {}): ViewState => ({
  ...DEFAULT_VIEW,
  ...patch,
  filters: { ...DEFAULT_VIEW.filters, ...patch.filters },
});

describe('serialiseView', () => {
  it.each([
    ['the default view', view(), '#/'],
    ['an event', view({ event: 'antalya-talks' }), '#/event/antalya-talks'],
    ['an actor', view({ actor: 'sergey-lavrov' }), '#/actor/sergey-lavrov'],
    ['an escaped actor id', view({ actor: 'x%y' }), '#/actor/x%25y'],
    [
      'an actor with filters and settings as query params',
      view({ actor: 'a b', filters: { kinds: ['talks'] }, layout: 'list' }),
      '#/actor/a%20b?kind=talks&layout=list',
    ],
    [
      'an event and an actor: the event wins',
      view({ event: 'antalya-talks', actor: 'sergey-lavrov' }),
      '#/event/antalya-talks',
    ],
    [
      'everything, in the fixed order with sorted lists',
      view({
        event: 'antalya-talks',
        filters: {
          actors: ['sergey-lavrov', 'dmytro-kuleba'],
          places: ['mariupol'],
          sources: ['el-pais'],
          kinds: ['talks'],
          from: '2022-03-09',
          to: '2022-03-11',
        },
        scale: 'linear',
        lanes: 'actor',
        layout: 'list',
        window: [Date.parse('2022-03-09T06:00Z'), Date.parse('2022-03-12T00:00Z')],
        query: 'death toll',
        map: { lat: 47.1, lon: 37.55, zoom: 4.5 },
        reading: ['fism-no-progress', 'el-pais'],
      }),
      '#/event/antalya-talks?actor=dmytro-kuleba,sergey-lavrov&place=mariupol&source=el-pais' +
        '&kind=talks&from=2022-03-09&to=2022-03-11&scale=linear&lanes=actor&layout=list' +
        '&window=2022-03-09T06:00Z~2022-03-12T00:00Z&map=47.1,37.55,4.5&q=death%20toll' +
        '&read=fism-no-progress,el-pais',
    ],
    [
      'open sources in the order they were opened, once each',
      view({ reading: ['fism-no-progress', 'el-pais', 'fism-no-progress'] }),
      '#/?read=fism-no-progress,el-pais',
    ],
    ['the map open, fitted', view({ map: 'fit' }), '#/?map=open'],
    [
      'a map view rounded, its longitude wrapped',
      view({ map: { lat: -33.123456, lon: 190, zoom: 2.345 } }),
      '#/?map=-33.1235,-170,2.35',
    ],
    ['a map view clamped', view({ map: { lat: 90, lon: 0, zoom: 40 } }), '#/?map=85,0,10'],
    ['a search, escaped', view({ query: 'a&b=c #d' }), '#/?q=a%26b%3Dc%20%23d'],
    ['a search in its canonical form', view({ query: '  two   words ' }), '#/?q=two%20words'],
    ['a blank search left out', view({ query: '   ' }), '#/'],
    ['escaped ids', view({ filters: { actors: ['a b', 'x%y'] } }), '#/?actor=a%20b,x%25y'],
    [
      'a window rounded to the minute',
      view({ window: [Date.parse('2022-03-09T06:00:29.9Z'), Date.parse('2022-03-09T06:00:31Z')] }),
      '#/?window=2022-03-09T06:00Z~2022-03-09T06:01Z',
    ],
    ['an unwritable window left out', view({ window: [Number.NaN, 1e20] }), '#/'],
    [
      'a story step, its event implied',
      view({ story: 1, event: 'weird?id&x=1', filters: { kinds: ['talks'] } }),
      '#/story/2?kind=talks',
    ],
  ])('%s', (_name, v, expected) => {
    expect(serialiseView(v)).toBe(expected);
  });

  it('gives every event a readable link', () => {
    expect(eventLink('antalya-talks')).toBe('#/event/antalya-talks');
  });

  it('gives every actor a readable link', () => {
    expect(actorLink('dmytro-kuleba')).toBe('#/actor/dmytro-kuleba');
  });

  it('gives every story step a link numbered from 1', () => {
    expect(storyStepLink(0)).toBe('#/story/1');
    expect(storyStepLink(1)).toBe('#/story/2');
  });
});

describe('parseUrl', () => {
  it.each([
    ['empty', ''],
    ['bare hash', '#'],
    ['root', '#/'],
    ['no slash', '#?'],
  ])('reads %s as the default view with no problems', (_name, hash) => {
    expect(parseUrl(hash, dataset)).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it.each([
    ['unknown event', '#/event/nope', /No event “nope”/],
    ['unknown page', '#/people/x', /page “people\/x” does not exist/],
    ['unknown actor page', '#/actor/putin', /No person or organisation “putin”/],
    ['an actor page without an id', '#/actor', /page “actor” does not exist/],
    ['an actor page with extra parts', '#/actor/sergey-lavrov/x', /page “actor\/sergey-lavrov\/x”/],
    ['an event id given as an actor', '#/actor/antalya-talks', /No person or organisation/],
    ['unknown actor, named', '#/?actor=sergey-lavrov,putin', /Unknown actor “putin” removed/],
    ['unknown kind', '#/?kind=party', /Unknown event kind “party”/],
    ['bad date', '#/?from=2022-02-30', /start date “2022-02-30” is not a date/],
    ['bad scale', '#/?scale=log', /Unknown scale “log”; showing compressed/],
    ['bad window', '#/?window=2022-03-10~2022-03-09', /zoom window/],
    ['malformed escape', '#/?actor=%E0%A4%A', /Unknown actor “%E0%A4%A”/],
    ['unknown key', '#/?utm_source=x', /unknown setting “utm_source”/],
    ['__proto__ key', '#/?__proto__=1&constructor=2', /unknown setting “__proto__”/],
    ['reversed range', '#/?from=2022-03-11&to=2022-03-09', /swapped/],
    ['malformed search', '#/?q=%E0%A4%A', /search “%E0%A4%A” was not understood/],
    ['a story step past the end', '#/story/3', /The story has no step “3” \(it has 2\)/],
    ['story step zero', '#/story/0', /no step “0”/],
    ['a story step that is not a number', '#/story/two', /no step “two”/],
    ['a padded story step', '#/story/01', /no step “01”/],
    ['a story step with extra parts', '#/story/1/x', /page “story\/1\/x” does not exist/],
    ['a story without a step', '#/story', /page “story” does not exist/],
    ['a malformed story step', '#/story/%E0', /no step “%E0”/],
    ['a map view not understood', '#/?map=here', /map view “here” was not understood/],
    ['a map view out of range', '#/?map=91,0,2', /map view “91,0,2”/],
    ['a map view with a missing part', '#/?map=47,37', /map view “47,37”/],
    ['a map zoom beyond the limit', '#/?map=47,37,11', /map view “47,37,11”/],
    ['a map view not a number', '#/?map=1e3,0,1', /map view “1e3,0,1”/],
    ['unknown open source', '#/?read=el-pais,gone', /Unknown open source “gone” removed/],
  ])('%s gives a working view and a problem', (_name, hash, problem) => {
    const { view: v, problems } = parseUrl(hash, dataset);
    expect(problems.join('\n')).toMatch(problem);
    expect(() => serialiseView(v)).not.toThrow();
  });

  it.each([
    ['#/?q=mariupol+shelling', 'mariupol shelling'],
    ['#/?q=%20%20Kyiv%0A%20talks%20', 'Kyiv talks'],
    ['#/?q=first&q=second', 'first'],
    ['#/?q=', ''],
  ])('reads the search in %s as %j', (hash, query) => {
    expect(parseUrl(hash, dataset)).toEqual({ view: { ...DEFAULT_VIEW, query }, problems: [] });
  });

  it.each([
    ['#/?map=open', 'fit'],
    ['#/?map=47.1,37.55,4.5', { lat: 47.1, lon: 37.55, zoom: 4.5 }],
    ['#/?map=-85,-180,0', { lat: -85, lon: -180, zoom: 0 }],
    ['#/?map=.5,-0,10', { lat: 0.5, lon: 0, zoom: 10 }],
  ])('reads the map in %s', (hash, map) => {
    expect(parseUrl(hash, dataset)).toEqual({ view: { ...DEFAULT_VIEW, map }, problems: [] });
  });

  it('opens the fitted map when its view is not understood', () => {
    expect(parseUrl('#/?map=somewhere', dataset).view.map).toBe('fit');
  });

  it('reads open sources in their order, once each, known ones only', () => {
    const { view: v } = parseUrl('#/?read=fism-no-progress,nope,el-pais,fism-no-progress', dataset);
    expect(v.reading).toEqual(['fism-no-progress', 'el-pais']);
  });

  it('keeps the known ids when dropping unknown ones', () => {
    const { view: v } = parseUrl('#/event/antalya-talks?actor=putin,sergey-lavrov', dataset);
    expect(v.event).toBe('antalya-talks');
    expect(v.filters.actors).toEqual(['sergey-lavrov']);
  });

  it('merges repeated list keys and keeps the first single value', () => {
    const { view: v } = parseUrl(
      '#/?actor=a%20b&actor=dmytro-kuleba&scale=linear&scale=x',
      dataset,
    );
    expect(v.filters.actors).toEqual(['a b', 'dmytro-kuleba']);
    expect(v.scale).toBe('linear');
  });

  it('swaps a back-to-front date range', () => {
    const { view: v } = parseUrl('#/?from=2022-03-11&to=2022-03-09', dataset);
    expect([v.filters.from, v.filters.to]).toEqual(['2022-03-09', '2022-03-11']);
  });

  it('reads an escaped event id', () => {
    expect(parseUrl(eventLink('weird?id&x=1'), dataset).view.event).toBe('weird?id&x=1');
  });

  it('reads a story step as its event selected, keeping the rest of the link', () => {
    expect(parseUrl('#/story/2?kind=talks', dataset)).toEqual({
      view: view({ story: 1, event: 'weird?id&x=1', filters: { kinds: ['talks'] } }),
      problems: [],
    });
  });

  it('a bad story step opens no page but keeps the rest of the link', () => {
    const { view: v, problems } = parseUrl('#/story/9?kind=talks', dataset);
    expect(v).toEqual(view({ filters: { kinds: ['talks'] } }));
    expect(problems).toHaveLength(1);
  });

  it('a story link on a dataset without a story says so', () => {
    const untold = makeDataset({ events: EVENTS.map((id) => makeEvent({ id })) });
    expect(parseUrl('#/story/1', untold)).toEqual({
      view: DEFAULT_VIEW,
      problems: ['This dataset has no guided story; showing all events.'],
    });
  });

  it('reads an actor page with its filters', () => {
    expect(parseUrl('#/actor/sergey-lavrov?place=kyiv&scale=linear', dataset)).toEqual({
      view: view({ actor: 'sergey-lavrov', filters: { places: ['kyiv'] }, scale: 'linear' }),
      problems: [],
    });
  });

  it('an unknown actor opens no page but keeps the rest of the link', () => {
    const { view: v, problems } = parseUrl('#/actor/nobody?kind=talks', dataset);
    expect(v).toEqual(view({ filters: { kinds: ['talks'] } }));
    expect(problems).toEqual([
      'No person or organisation “nobody” in this dataset; showing all events.',
    ]);
  });

  it('refuses a huge link without working through it', () => {
    const { view: v, problems } = parseUrl(`#/?actor=${'x,'.repeat(50_000)}`, dataset);
    expect(v).toEqual(DEFAULT_VIEW);
    expect(problems).toHaveLength(1);
  });

  it('summarises many unknown ids instead of listing them all', () => {
    const { problems } = parseUrl('#/?actor=a,b,c,d,e', dataset);
    expect(problems).toEqual(['Unknown actors “a”, “b”, “c” and 2 more removed.']);
  });
});

describe('parseInstant', () => {
  it.each([
    ['2022-03-09', Date.UTC(2022, 2, 9)],
    ['2022-03-09T06:30Z', Date.UTC(2022, 2, 9, 6, 30)],
    ['2022-03-09T06:30:15.5Z', Date.UTC(2022, 2, 9, 6, 30, 15, 500)],
    ['0001-01-01', Date.parse('0001-01-01T00:00:00Z')],
    ['2022-03-09T24:00Z', null],
    ['2022-13-01', null],
    ['2022-03-09T06:30', null],
    ['99999-01-01', null],
  ])('%s', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });
});

describe('round trip', () => {
  const subset = <T>(items: readonly T[]) => fc.subarray([...items]).map((xs) => [...xs].sort());
  const day = fc
    .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));
  const minute = fc.integer({ min: 0, max: 40_000_000 }).map((m) => m * 60_000);
  const validView: fc.Arbitrary<ViewState> = fc
    .record({
      // The pages are exclusive: none, an event, an actor, or a story step (and its event).
      page: fc.oneof(
        fc.constant({ event: null, actor: null, story: null }),
        fc.constantFrom(...EVENTS).map((event) => ({ event, actor: null, story: null })),
        fc.constantFrom(...ACTORS).map((actor) => ({ event: null, actor, story: null })),
        fc
          .integer({ min: 0, max: STEPS.length - 1 })
          .map((story) => ({ event: STEPS[story]!.event, actor: null, story })),
      ),
      actors: subset(ACTORS),
      places: subset(PLACES),
      actorRole: fc.constantFrom(null, 'part' as const, 'about' as const),
      placeRole: fc.constantFrom(null, 'part' as const, 'about' as const),
      sources: subset(ARTICLES),
      kinds: subset(EVENT_KINDS),
      dates: fc.tuple(fc.option(day, { nil: null }), fc.option(day, { nil: null })),
      scale: fc.constantFrom('compressed' as const, 'linear' as const),
      lanes: fc.constantFrom('kind' as const, 'actor' as const),
      layout: fc.constantFrom('timeline' as const, 'list' as const),
      window: fc.option(
        fc
          .tuple(minute, fc.integer({ min: 1, max: 1_000_000 }))
          .map(([start, width]) => [start, start + width * 60_000] as const),
        { nil: null },
      ),
      query: fc.string({ unit: 'grapheme', maxLength: 40 }).map(normaliseQuery),
      // Cameras as a link holds them: 4 decimals of a degree, 2 of a zoom step.
      map: fc.oneof(
        fc.constant(null),
        fc.constant('fit' as const),
        fc
          .record({
            lat: fc.integer({ min: -850_000, max: 850_000 }),
            lon: fc.integer({ min: -1_800_000, max: 1_800_000 }),
            zoom: fc.integer({ min: 0, max: 1000 }),
          })
          .map(({ lat, lon, zoom }) => ({ lat: lat / 1e4, lon: lon / 1e4, zoom: zoom / 100 })),
      ),
      // Open source panels keep their order: any order of distinct known articles.
      reading: fc.uniqueArray(fc.constantFrom(...ARTICLES)),
    })
    .map(
      ({ dates: [a, b], actors, places, actorRole, placeRole, sources, kinds, page, ...rest }) => {
        const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
        const filters = { actors, places, actorRole, placeRole, sources, kinds, from, to };
        return { ...page, ...rest, filters };
      },
    );

  it('narrows a facet to one role; an unknown role is named and either role matches', () => {
    const narrowed = {
      ...DEFAULT_VIEW,
      filters: { ...EMPTY_FILTERS, places: ['mariupol'], placeRole: 'about' as const },
    };
    expect(serialiseView(narrowed)).toBe('#/?place=mariupol&placeRole=about');
    expect(parseUrl('#/?place=mariupol&placeRole=about', dataset).view).toEqual(narrowed);
    const bad = parseUrl('#/?actorRole=victim', dataset);
    expect(bad.view.filters.actorRole).toBeNull();
    expect(bad.problems).toEqual(['Unknown actor role “victim”; matching either role.']);
  });

  it('parse(serialise(v)) equals v for any valid view, with no problems', () => {
    fc.assert(
      fc.property(validView, (v) => {
        expect(parseUrl(serialiseView(v), dataset)).toEqual({ view: v, problems: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('serialise(parse(s)) is a fixed point for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = serialiseView(parseUrl(s, dataset).view);
        const { view: again, problems } = parseUrl(once, dataset);
        expect(problems).toEqual([]);
        expect(serialiseView(again)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('parses any URL-shaped string without throwing', () => {
    const piece = fc.constantFrom(
      '#',
      '/',
      '?',
      '&',
      '=',
      ',',
      '~',
      '%',
      '%E0',
      '%2C',
      'event',
      'event/',
      'story/',
      '1',
      'actor',
      '#/actor/',
      'kind',
      'window',
      'from',
      'map',
      'open',
      '47.1,37.5,3',
      '-',
      '.',
      '__proto__',
      'constructor',
      'sergey-lavrov',
      '2022-03-09',
      'T06:00Z',
      'talks',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }), (pieces) => {
        const result = parseUrl(pieces.join(''), dataset);
        expect(Array.isArray(result.problems)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('turns any string into a valid view: known ids only, real dates, ordered window', () => {
    const known = {
      actors: new Set(ACTORS),
      places: new Set(PLACES),
      sources: new Set(ARTICLES),
      kinds: new Set<string>(EVENT_KINDS),
    };
    const isDay = (d: string | null) => d === null || /^\d{4}-\d{2}-\d{2}$/.test(d);
    const anyLink = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .tuple(fc.constantFrom('event', 'actor', 'actor/sergey-lavrov', 'story', 'x'), fc.string())
        .map(([page, rest]) => `#/${page}/${rest}`),
      fc
        .array(
          fc.tuple(
            fc.constantFrom(
              'actor',
              'place',
              'source',
              'kind',
              'from',
              'to',
              'window',
              'map',
              'q',
              'read',
              '__proto__',
            ),
            fc.string(),
          ),
          { maxLength: 8 },
        )
        .map((kv) => `#/?${kv.map(([k, v]) => `${k}=${v}`).join('&')}`),
    );
    fc.assert(
      fc.property(anyLink, (s) => {
        const { view: v } = parseUrl(s, dataset);
        expect(v.event === null || EVENTS.includes(v.event)).toBe(true);
        expect(v.actor === null || ACTORS.includes(v.actor)).toBe(true);
        expect(v.event === null || v.actor === null).toBe(true);
        // A story step is a step the story has, with its event selected.
        if (v.story !== null) expect(v.event).toBe(STEPS[v.story]?.event);
        for (const key of ['actors', 'places', 'sources', 'kinds'] as const) {
          for (const id of v.filters[key]) expect(known[key].has(id)).toBe(true);
        }
        expect(isDay(v.filters.from) && isDay(v.filters.to)).toBe(true);
        if (v.window) expect(v.window[0]).toBeLessThan(v.window[1]);
        expect(['compressed', 'linear']).toContain(v.scale);
        expect(['kind', 'actor']).toContain(v.lanes);
        expect(['timeline', 'list']).toContain(v.layout);
        expect(normaliseQuery(v.query)).toBe(v.query);
        if (v.map !== null && v.map !== 'fit') {
          expect(Math.abs(v.map.lat)).toBeLessThanOrEqual(85);
          expect(Math.abs(v.map.lon)).toBeLessThanOrEqual(180);
          expect(v.map.zoom >= 0 && v.map.zoom <= 10).toBe(true);
        }
        for (const id of v.reading) expect(known.sources.has(id)).toBe(true);
        expect(new Set(v.reading).size).toBe(v.reading.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('never pollutes prototypes, whatever the keys', () => {
    const hostile = [
      '#/?__proto__=x&__proto__[polluted]=1&constructor[prototype][polluted]=1',
      '#/event/__proto__?actor=__proto__,constructor,toString&kind=__proto__',
      '#/?actor=x&actor=y&actor=z&place=a&place=b&__proto__.polluted=1',
    ];
    for (const link of hostile) {
      const { view: v, problems } = parseUrl(link, dataset);
      expect(problems.length).toBeGreaterThan(0);
      expect(v.filters.actors).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    }
  });
});
