import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/domain/calendar';
import type { Dataset, DatasetEvent } from '../../../src/domain/types';
import { formatProblems, validateDataset } from '../../../src/domain/dataset/validateDataset';

const PARAGRAPH = 'Talks resumed in Istanbul on Tuesday. Both delegations met for three hours.';
const QUOTE = 'Both delegations met for three hours.';
const QUOTE_START = PARAGRAPH.indexOf(QUOTE);

/** A small dataset that passes every rule; each case below breaks one thing. */
function makeDataset(): Dataset {
  return {
    story: { title: 'Talks', steps: [] },
    articles: [
      {
        id: 'talks-resume',
        file: '000.txt',
        title: 'Talks resume',
        titleBasis: 'headline',
        outlet: null,
        outletBasis: null,
        author: null,
        byline: null,
        published: '2022-03-29',
        publishedBasis: 'dateline',
        paragraphs: ['Talks resume', PARAGRAPH],
        headings: [0],
      },
    ],
    actors: [
      {
        id: 'ukraine-government',
        name: 'Government of Ukraine',
        aliases: [],
        kind: 'government',
        role: 'state',
        affiliation: null,
      },
      {
        id: 'kuleba',
        name: 'Dmytro Kuleba',
        aliases: ['Kuleba'],
        kind: 'person',
        role: 'Foreign Minister',
        affiliation: 'ukraine-government',
      },
    ],
    places: [
      {
        id: 'turkey',
        name: 'Turkey',
        aliases: [],
        kind: 'country',
        country: 'turkey',
        lat: null,
        lon: null,
      },
      {
        id: 'istanbul',
        name: 'Istanbul',
        aliases: [],
        kind: 'city',
        country: 'turkey',
        lat: 41.01,
        lon: 28.98,
      },
    ],
    events: [
      {
        id: 'istanbul-talks',
        date: '2022-03-29',
        datePrecision: 'day',
        dateBasis: '"on Tuesday" against 2022-03-29',
        title: 'Talks in Istanbul',
        summary: 'Delegations met.',
        kind: 'talks',
        actors: ['kuleba'],
        places: ['istanbul'],
        aboutActors: [],
        aboutPlaces: [],
        evidence: [
          {
            article: 'talks-resume',
            quote: QUOTE,
            paragraph: 1,
            start: QUOTE_START,
            end: QUOTE_START + QUOTE.length,
          },
        ],
      },
    ],
    mentions: [
      {
        article: 'talks-resume',
        paragraph: 1,
        start: 17,
        end: 25,
        entity: 'place',
        id: 'istanbul',
      },
    ],
    quantities: [],
    claims: [],
  };
}

type Case = [
  name: string,
  breakIt: (d: Dataset) => unknown,
  id: string,
  field: string,
  message: RegExp,
];

const CASES: Case[] = [
  ['not an object', () => null, '(dataset)', '(root)', /expected object/i],
  [
    'a missing collection',
    (d) => ({ ...d, mentions: undefined }),
    '(dataset)',
    'mentions',
    /expected array/i,
  ],
  [
    'an event without title',
    (d) => {
      (d.events[0] as unknown as Record<string, unknown>).title = undefined;
    },
    'istanbul-talks',
    'events[0].title',
    /expected string/i,
  ],
  [
    'an unknown event kind',
    (d) => {
      (d.events[0] as unknown as Record<string, unknown>).kind = 'party';
    },
    'istanbul-talks',
    'events[0].kind',
    /invalid option/i,
  ],
  [
    'a negative offset',
    (d) => {
      d.events[0]!.evidence[0]!.start = -1;
    },
    'istanbul-talks',
    'events[0].evidence[0].start',
    /too small|>=0/i,
  ],
  [
    'a record without id named by index',
    (d) => {
      (d.actors[1] as unknown as Record<string, unknown>).id = 3;
    },
    'actors[1]',
    'actors[1].id',
    /expected string/i,
  ],
  [
    'an event id that is not a slug',
    (d) => {
      d.events[0]!.id = 'x\nATTACH:evil';
    },
    'x\nATTACH:evil',
    'events[0].id',
    /lower-case slug/,
  ],
  [
    'an evidence article id that is not a slug',
    (d) => {
      d.events[0]!.evidence[0]!.article = 'Article A';
    },
    'istanbul-talks',
    'events[0].evidence[0].article',
    /lower-case slug/,
  ],
  [
    'a story without steps',
    (d) => {
      (d.story as unknown as Record<string, unknown>).steps = undefined;
    },
    '(dataset)',
    'story.steps',
    /expected array/i,
  ],
  [
    'a story step with an empty caption',
    (d) => {
      d.story.steps = [{ event: 'istanbul-talks', caption: '  ' }];
    },
    '(dataset)',
    'story.steps[0].caption',
    /too small|>=1/i,
  ],
  [
    'a story step naming an unknown event',
    (d) => {
      d.story.steps = [
        { event: 'istanbul-talks', caption: 'Talks.' },
        { event: 'x', caption: 'X.' },
      ];
    },
    'story.steps[1]',
    'story.steps[1].event',
    /unknown event "x"/,
  ],
  [
    'a story telling one event twice',
    (d) => {
      d.story.steps = [
        { event: 'istanbul-talks', caption: 'Talks.' },
        { event: 'istanbul-talks', caption: 'Again.' },
      ];
    },
    'story.steps[1]',
    'story.steps[1].event',
    /already story\.steps\[0\]/,
  ],
  [
    'a duplicate event id',
    (d) => {
      d.events.push({ ...d.events[0]! });
    },
    'istanbul-talks',
    'events[1].id',
    /duplicate id \(first at events\[0\]\)/,
  ],
  [
    'a duplicate place id',
    (d) => {
      d.places.push({ ...d.places[1]! });
    },
    'istanbul',
    'places[2].id',
    /duplicate/,
  ],
  [
    'an unknown actor on an event',
    (d) => {
      d.events[0]!.actors.push('nobody');
    },
    'istanbul-talks',
    'events[0].actors[1]',
    /unknown actor "nobody"/,
  ],
  [
    'an unknown actor in a role',
    (d) => {
      d.events[0]!.aboutActors = ['nobody'];
    },
    'istanbul-talks',
    'events[0].aboutActors[0]',
    /unknown actor "nobody"/,
  ],
  [
    'an unknown place in a role',
    (d) => {
      d.events[0]!.aboutPlaces = ['atlantis'];
    },
    'istanbul-talks',
    'events[0].aboutPlaces[0]',
    /unknown place "atlantis"/,
  ],
  [
    'a place in both roles',
    (d) => {
      d.events[0]!.aboutPlaces = ['istanbul'];
    },
    'istanbul-talks',
    'events[0].aboutPlaces[0]',
    /already in places/,
  ],
  [
    'an event without its role lists',
    (d) => {
      delete (d.events[0] as Partial<DatasetEvent>).aboutPlaces;
    },
    'istanbul-talks',
    'events[0].aboutPlaces',
    /expected array/,
  ],
  [
    'an unknown place on an event',
    (d) => {
      d.events[0]!.places = ['atlantis'];
    },
    'istanbul-talks',
    'events[0].places[0]',
    /unknown place "atlantis"/,
  ],
  [
    'an event without evidence',
    (d) => {
      d.events[0]!.evidence = [];
    },
    'istanbul-talks',
    'events[0].evidence',
    /at least one/,
  ],
  [
    'evidence citing an unknown article',
    (d) => {
      d.events[0]!.evidence[0]!.article = 'gone';
    },
    'istanbul-talks',
    'events[0].evidence[0].article',
    /unknown article "gone"/,
  ],
  [
    'evidence in a missing paragraph',
    (d) => {
      d.events[0]!.evidence[0]!.paragraph = 7;
    },
    'istanbul-talks',
    'events[0].evidence[0].paragraph',
    /paragraph 7 does not exist/,
  ],
  [
    'evidence past the paragraph end',
    (d) => {
      d.events[0]!.evidence[0]!.end = PARAGRAPH.length + 1;
    },
    'istanbul-talks',
    'events[0].evidence[0].end',
    /outside the paragraph/,
  ],
  [
    'an empty evidence span',
    (d) => {
      d.events[0]!.evidence[0]!.end = QUOTE_START;
    },
    'istanbul-talks',
    'events[0].evidence[0].end',
    /empty/,
  ],
  [
    'a quote off by one',
    (d) => {
      d.events[0]!.evidence[0]!.start += 1;
    },
    'istanbul-talks',
    'events[0].evidence[0].quote',
    /not verbatim/,
  ],
  [
    'a quote edited after compiling',
    (d) => {
      d.events[0]!.evidence[0]!.quote = QUOTE.replace('three', 'two');
    },
    'istanbul-talks',
    'events[0].evidence[0].quote',
    /not verbatim/,
  ],
  [
    'an impossible date',
    (d) => {
      d.events[0]!.date = '2022-02-30';
    },
    'istanbul-talks',
    'events[0].date',
    /not an ISO date/,
  ],
  [
    'a year-precision date that is not 1 January',
    (d) => {
      Object.assign(d.events[0]!, { date: '2022-03-29', datePrecision: 'year' });
    },
    'istanbul-talks',
    'events[0].date',
    /year-precision date is the year's first day/,
  ],
  [
    'a non-ISO date',
    (d) => {
      d.events[0]!.date = '29/03/2022';
    },
    'istanbul-talks',
    'events[0].date',
    /not an ISO date/,
  ],
  [
    'events out of date order',
    (d) => {
      d.events.unshift({ ...d.events[0]!, id: 'later', date: '2022-04-01' });
    },
    'istanbul-talks',
    'events[1].date',
    /not sorted by date/,
  ],
  [
    'a bad publication date',
    (d) => {
      d.articles[0]!.published = '2022-3-29';
    },
    'talks-resume',
    'articles[0].published',
    /not an ISO date/,
  ],
  [
    'a heading past the last paragraph',
    (d) => {
      d.articles[0]!.headings = [2];
    },
    'talks-resume',
    'articles[0].headings[0]',
    /does not exist/,
  ],
  [
    'a city without coordinates',
    (d) => {
      d.places[1]!.lat = null;
    },
    'istanbul',
    'places[1].lat',
    /city needs lat and lon/,
  ],
  [
    'a latitude out of range',
    (d) => {
      d.places[1]!.lat = 91;
    },
    'istanbul',
    'places[1].lat',
    /out of range/,
  ],
  [
    'a longitude out of range',
    (d) => {
      d.places[0]!.lon = -181;
    },
    'turkey',
    'places[0].lon',
    /out of range/,
  ],
  [
    'an unknown country',
    (d) => {
      d.places[1]!.country = 'narnia';
    },
    'istanbul',
    'places[1].country',
    /unknown place "narnia"/,
  ],
  [
    'an unknown affiliation',
    (d) => {
      d.actors[1]!.affiliation = 'nobody';
    },
    'kuleba',
    'actors[1].affiliation',
    /unknown actor/,
  ],
  [
    'a mention of an unknown actor',
    (d) => {
      d.mentions[0]!.entity = 'actor';
    },
    'actor "istanbul" in talks-resume',
    'mentions[0].id',
    /unknown actor "istanbul"/,
  ],
  [
    'a mention past the paragraph end',
    (d) => {
      d.mentions[0]!.end = 999;
    },
    'place "istanbul" in talks-resume',
    'mentions[0].end',
    /outside the paragraph/,
  ],
  [
    'a mention in an unknown article',
    (d) => {
      d.mentions[0]!.article = 'gone';
    },
    'place "istanbul" in gone',
    'mentions[0].article',
    /unknown article/,
  ],
];

describe('validateDataset', () => {
  it('accepts a valid dataset and returns it typed', () => {
    const data = makeDataset();
    const result = validateDataset(data, 'd.json');
    expect(result).toEqual({ ok: true, dataset: data, problems: [], warnings: [] });
  });

  it('accepts extra fields (additions to the contract)', () => {
    const data = { ...makeDataset(), version: 2 };
    (data.events[0] as unknown as Record<string, unknown>).importance = 3;
    expect(validateDataset(data, 'd.json').ok).toBe(true);
  });

  it.each(CASES)('reports %s with file, id and field', (_name, breakIt, id, field, message) => {
    const data = makeDataset();
    const replaced = breakIt(data);
    const result = validateDataset(replaced === undefined ? data : replaced, 'stories/x.json');
    expect(result.ok).toBe(false);
    const problem = result.problems.find((p) => p.field === field);
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem).toMatchObject({ file: 'stories/x.json', id });
    expect(problem!.message).toMatch(message);
  });

  it('warns, without refusing it, about a shown field with an unpaired direction control', () => {
    const data = makeDataset();
    const event = data.events[0]!;
    event.title = `Strike \u202Ereported`;
    data.actors[0]!.role = 'closed \u2067isolate\u2069 is fine';
    const result = validateDataset(data, 'stories/x.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      expect.objectContaining({ file: 'stories/x.json', id: event.id, field: 'events[0].title' }),
    ]);
    expect(result.warnings[0]!.message).toMatch(/without its partner/);
  });

  it('reports every problem, not only the first', () => {
    const data = makeDataset();
    data.events[0]!.actors = ['a', 'b'];
    data.places[1]!.lat = 100;
    expect(validateDataset(data, 'd.json').problems).toHaveLength(3);
  });

  it('validates 50,000 events referencing one article (a quadratic check would time out)', () => {
    const data = makeDataset();
    const base = data.events[0]!;
    data.events = Array.from({ length: 50_000 }, (_, i) => ({ ...base, id: `e${i}` }));
    expect(validateDataset(data, 'd.json').ok).toBe(true);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2022-02-24', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2022-13-01', false],
    ['2022-00-10', false],
    ['2022-1-01', false],
    ['2022-01-01T00:00', false],
    ['', false],
  ])('%s -> %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));
});

describe('formatProblems', () => {
  it('writes one line per problem and caps the list', () => {
    const problems = Array.from({ length: 3 }, (_, i) => ({
      file: 'f.json',
      id: `e${i}`,
      field: `events[${i}].date`,
      message: 'bad',
    }));
    expect(formatProblems(problems, 2)).toBe(
      'f.json: e0 events[0].date: bad\nf.json: e1 events[1].date: bad\n… and 1 more problems',
    );
  });
});
