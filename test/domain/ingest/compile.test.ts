import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../src/domain/ingest/compile.ts';
import { formatProblem } from '../../../src/domain/ingest/problems.ts';
import { DATA_DIR, loadInputs } from './fixture.ts';

type Inputs = ReturnType<typeof loadInputs>;

function problemsAfter(mutate: (inputs: Inputs) => void): string[] {
  const inputs = loadInputs();
  mutate(inputs);
  const result = compileDataset(inputs);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const event = (i: Inputs, n: number) =>
  i.events[n] as Record<string, unknown> & { evidence: Record<string, unknown>[] };
const utf8 = (s: string) => new TextEncoder().encode(s);
/** The fixture's data/story.json: no title or steps, the day one its articles count from. */
const FIXTURE_STORY = loadInputs().story as object;

describe('compileDataset on the fixture', () => {
  it('compiles: dates inferred (one through a shared event), quotes located, events sorted', () => {
    const result = compileDataset(loadInputs());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { articles, events, mentions } = result.dataset;
    expect(articles.map((a) => [a.id, a.published])).toEqual([
      ['talks-end', '2022-03-10'],
      ['follow-up', '2022-03-11'],
    ]);
    expect(events.map((e) => e.id)).toEqual(['antalya-talks', 'mariupol-shelling']);
    for (const e of events) {
      for (const ev of e.evidence) {
        const article = articles.find((a) => a.id === ev.article);
        expect(article?.paragraphs[ev.paragraph]?.slice(ev.start, ev.end)).toBe(ev.quote);
      }
    }
    expect(mentions.length).toBeGreaterThan(0);
    expect(result.warnings).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compileDataset(loadInputs()))).toBe(
      JSON.stringify(compileDataset(loadInputs())),
    );
  });

  it('applies overrides (published needs a basis)', () => {
    const inputs = loadInputs();
    inputs.articlesMeta[1] = {
      ...inputs.articlesMeta[1],
      overrides: {
        title: 'Follow-up',
        outlet: 'Example Wire',
        published: '2022-03-12',
        publishedBasis: 'dateline',
      },
    };
    const result = compileDataset(inputs);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.dataset.articles.find((x) => x.id === 'follow-up');
    expect(a).toMatchObject({
      title: 'Follow-up',
      titleBasis: 'metadata override',
      outlet: 'Example Wire',
      published: '2022-03-12',
      publishedBasis: 'metadata override: dateline',
    });
  });

  it('warns when a quote’s date phrase disagrees with the event date', () => {
    const inputs = loadInputs();
    event(inputs, 0).date = '2022-03-09';
    const result = compileDataset(inputs);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map(formatProblem)).toEqual([
      'data/events.json: event "mariupol-shelling" field date: 2022-03-09 is not what the evidence says: “Thursday night” in follow-up (published 2022-03-11) → 2022-03-10',
    ]);
  });
});

describe('compileDataset: every bad input is named by file, id and field', () => {
  it.each<[string, (i: Inputs) => void, string]>([
    [
      'quote not verbatim',
      (i) => (event(i, 1).evidence[1]!.quote = 'the meeting with Lavrov ended'),
      'data/events.json: event "antalya-talks" field evidence[1].quote: quote not found verbatim in article "follow-up"',
    ],
    [
      'quote with straight quotes where the text has typographic ones',
      (i) => (event(i, 1).evidence[0]!.quote = "Lavrov's office"),
      'data/events.json: event "antalya-talks" field evidence[0].quote: quote not found verbatim in article "talks-end" (it matches if quotation marks, apostrophes, dashes or spaces are ignored: copy it from the article)',
    ],
    [
      'quote in a removed junk line',
      (i) => (event(i, 0).evidence[0]!.quote = 'Spread the love'),
      'data/events.json: event "mariupol-shelling" field evidence[0].quote: quote not found verbatim in article "follow-up"',
    ],
    [
      'occurrence beyond the matches',
      (i) => (event(i, 0).evidence[0]!.occurrence = 2),
      'data/events.json: event "mariupol-shelling" field evidence[0].quote: occurrence 2 requested but the quote occurs 1 time(s) in article "follow-up"',
    ],
    [
      'no evidence',
      (i) => (event(i, 0).evidence = []),
      'data/events.json: event "mariupol-shelling" field evidence: an event needs at least one evidence quote',
    ],
    [
      'year precision on a day that is not 1 January',
      (i) => Object.assign(event(i, 0), { date: '2014-03-18', datePrecision: 'year' }),
      'data/events.json: event "mariupol-shelling" field date: a year-precision date is the year\'s first day (YYYY-01-01), not 2014-03-18',
    ],
    [
      'month precision on a day that is not the first',
      (i) => Object.assign(event(i, 0), { date: '2022-03-10', datePrecision: 'month' }),
      'data/events.json: event "mariupol-shelling" field date: a month-precision date is the month\'s first day (YYYY-MM-01), not 2022-03-10',
    ],
    [
      'impossible date',
      (i) => (event(i, 0).date = '2022-02-30'),
      'data/events.json: event "mariupol-shelling" field date: 2022-02-30 is not a real calendar date',
    ],
    [
      'malformed date',
      (i) => (event(i, 0).date = '10 March 2022'),
      'data/events.json: event "mariupol-shelling" field date: must be written YYYY-MM-DD',
    ],
    [
      'unknown actor',
      (i) => (event(i, 0).actors = ['nobody']),
      'data/events.json: event "mariupol-shelling" field actors[0]: unknown actor "nobody"',
    ],
    [
      'unknown place',
      (i) => (event(i, 0).places = ['atlantis']),
      'data/events.json: event "mariupol-shelling" field places[0]: unknown place "atlantis"',
    ],
    [
      'unknown role (a misspelt role field)',
      (i) => (event(i, 0).aboutPlace = ['mariupol']),
      'data/events.json: event "mariupol-shelling" field aboutPlace: Unrecognized key: "aboutPlace"',
    ],
    [
      'unknown actor in a role',
      (i) => (event(i, 0).aboutActors = ['nobody']),
      'data/events.json: event "mariupol-shelling" field aboutActors[0]: unknown actor "nobody"',
    ],
    [
      'unknown place in a role',
      (i) => (event(i, 0).aboutPlaces = ['atlantis']),
      'data/events.json: event "mariupol-shelling" field aboutPlaces[0]: unknown place "atlantis"',
    ],
    [
      'a place in both roles',
      (i) => {
        event(i, 1).places = ['antalya'];
        event(i, 1).aboutPlaces = ['antalya'];
      },
      'data/events.json: event "antalya-talks" field aboutPlaces[0]: "antalya" is already in places: a place holds one role in an event',
    ],
    [
      'an actor listed twice',
      (i) => (event(i, 1).actors = ['dmytro-kuleba', 'dmytro-kuleba']),
      'data/events.json: event "antalya-talks" field actors[1]: "dmytro-kuleba" is listed twice',
    ],
    [
      'a role that is not a list',
      (i) => (event(i, 0).aboutActors = 'dmytro-kuleba'),
      'data/events.json: event "mariupol-shelling" field aboutActors: Invalid input: expected array, received string',
    ],
    [
      'unknown article',
      (i) => (event(i, 0).evidence[0]!.article = 'nope'),
      'data/events.json: event "mariupol-shelling" field evidence[0].article: unknown article "nope"',
    ],
    [
      'duplicate event id',
      (i) => (event(i, 1).id = 'mariupol-shelling'),
      'data/events.json: event "mariupol-shelling" field id: duplicate id (record 1 repeats an earlier one)',
    ],
    [
      'unknown event kind',
      (i) => (event(i, 0).kind = 'battle'),
      'data/events.json: event "mariupol-shelling" field kind: Invalid option: expected one of "talks"|"strike"|"offensive"|"statement"|"denial"|"call"|"meeting"|"sanctions"|"aid"|"humanitarian"|"report"',
    ],
    [
      'misspelt field',
      (i) => (event(i, 0).sumary = 'x'),
      'data/events.json: event "mariupol-shelling" field sumary: Unrecognized key: "sumary"',
    ],
    [
      'junk in a summary',
      (i) => (event(i, 0).summary = 'Shelled. [ad_1]'),
      'data/events.json: event "mariupol-shelling" field summary: contains scraping junk (ad placeholder marker)',
    ],
    [
      'duplicate actor id',
      (i) => (i.actors[1]!.id = 'dmytro-kuleba'),
      'data/actors.json: actor "dmytro-kuleba" field id: duplicate id (record 1 repeats an earlier one)',
    ],
    [
      'unknown affiliation',
      (i) => (i.actors[0]!.affiliation = 'nato'),
      'data/actors.json: actor "dmytro-kuleba" field affiliation: unknown actor "nato"',
    ],
    [
      'duplicate place id',
      (i) => (i.places[1]!.id = 'turkey'),
      'data/places.json: place "turkey" field id: duplicate id (record 1 repeats an earlier one)',
    ],
    [
      'city without coordinates',
      (i) => Object.assign(i.places[1]!, { lat: null, lon: null }),
      'data/places.json: place "antalya" field lat: a city needs coordinates (lat and lon)',
    ],
    [
      'latitude out of range',
      (i) => (i.places[1]!.lat = 96.9),
      'data/places.json: place "antalya" field lat: latitude 96.9 is outside -90..90',
    ],
    [
      'longitude out of range',
      (i) => (i.places[1]!.lon = -190),
      'data/places.json: place "antalya" field lon: longitude -190 is outside -180..180',
    ],
    [
      'unknown country',
      (i) => (i.places[1]!.country = 'narnia'),
      'data/places.json: place "antalya" field country: unknown place "narnia"',
    ],
    [
      'duplicate article id',
      (i) => (i.articlesMeta[1]!.id = 'talks-end'),
      'data/articles.json: article "talks-end" field id: duplicate id (record 1 repeats an earlier one)',
    ],
    [
      'entry whose file is missing',
      (i) => (i.articlesMeta[1]!.file = '009_missing.txt'),
      'data/articles.json: article "follow-up" field file: data/articles/009_missing.txt does not exist',
    ],
    [
      'file without an entry',
      (i) => i.articleFiles.push({ file: '003_extra.txt', bytes: utf8('Some article text.') }),
      'data/articles/003_extra.txt: file "003_extra.txt" field (file): no entry in data/articles.json',
    ],
    [
      'empty article file',
      (i) => (i.articleFiles[0]!.bytes = utf8(' \n\n')),
      'data/articles/001_talks.txt: file "001_talks.txt" field (contents): the article file is empty',
    ],
    [
      'non-UTF-8 article file',
      (i) => (i.articleFiles[0]!.bytes = new Uint8Array([0x54, 0x61, 0x6c, 0x6b, 0xe9, 0x0a])),
      'data/articles/001_talks.txt: file "001_talks.txt" field (contents): not valid UTF-8',
    ],
    [
      'override published without basis',
      (i) => (i.articlesMeta[0]!.overrides = { published: '2022-03-10' }),
      'data/articles.json: article "talks-end" field overrides.publishedBasis: an override of published must say why (publishedBasis)',
    ],
    [
      'impossible override date',
      (i) => (i.articlesMeta[0]!.overrides = { published: '2022-02-30', publishedBasis: 'x' }),
      'data/articles.json: article "talks-end" field overrides.published: 2022-02-30 is not a real calendar date',
    ],
    [
      'publication date that cannot be inferred',
      (i) =>
        (i.articleFiles[0]!.bytes = utf8(
          'Talks end\n\nKuleba met Lavrov in Antalya on Thursday.\n',
        )),
      'data/articles.json: article "talks-end" field overrides.published: cannot infer the publication date (no clue in the text bounds the publication date (no day or week count, no “weeks ago”, no shared event with a dated article)); add overrides.published with a publishedBasis',
    ],
    [
      'not an array',
      (i) => (i.actors = { id: 'x' } as never),
      'data/actors.json: actor "(file)" field (record): Invalid input: expected array, received object',
    ],
  ])('%s', (_, mutate, expected) => {
    expect(problemsAfter(mutate)).toContain(expected);
  });

  it('collects all problems, not just the first', () => {
    const problems = problemsAfter((i) => {
      event(i, 0).date = '2022-02-30';
      event(i, 0).actors = ['nobody'];
      i.places[1]!.lat = 100;
    });
    expect(problems).toHaveLength(3);
  });

  it('reports schema problems of every file at once', () => {
    const problems = problemsAfter((i) => {
      event(i, 0).kind = 'battle';
      i.actors[0]!.kind = 'alien';
      i.places[0]!.kind = 'planet';
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'data/actors.json',
      'data/places.json',
      'data/events.json',
    ]);
  });
});

describe('compileDataset: warnings', () => {
  it('warns when an override disagrees with the date the text supports', () => {
    const inputs = loadInputs();
    inputs.articlesMeta[0]!.overrides = {
      published: '2022-03-12',
      publishedBasis: 'dateline seen elsewhere',
    };
    const result = compileDataset(inputs);
    expect(result.ok && result.warnings.map(formatProblem)).toContain(
      'data/articles.json: article "talks-end" field overrides.published: override 2022-03-12 differs from the inferred 2022-03-10',
    );
  });

  it('warns about a surface form that names two entities', () => {
    const inputs = loadInputs();
    (inputs.places[1]!.aliases as string[]).push('Lavrov');
    const result = compileDataset(inputs);
    expect(result.ok && result.warnings.map(formatProblem)).toEqual([
      'data/actors.json: actor "sergey-lavrov" field aliases: “Lavrov” names actor:sergey-lavrov and place:antalya; mentions go to the first',
    ]);
  });

  it('gives the same dataset in any time zone (chrono reference at local noon)', () => {
    const before = process.env.TZ;
    const outputs = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York'].map((tz) => {
      process.env.TZ = tz;
      return JSON.stringify(compileDataset(loadInputs()));
    });
    process.env.TZ = before;
    expect(new Set(outputs).size).toBe(1);
  });
});

describe('the story title (data/story.json)', () => {
  it('is null without one and the trimmed title with it', () => {
    const without = compileDataset(loadInputs());
    expect(without.ok && without.dataset.story).toEqual({ title: null, steps: [] });
    const withTitle = compileDataset({
      ...loadInputs(),
      story: { ...FIXTURE_STORY, title: '  Talks in Antalya ' },
    });
    expect(withTitle.ok && withTitle.dataset.story).toEqual({
      title: 'Talks in Antalya',
      steps: [],
    });
  });

  it('rejects a bad story file naming the file and the field', () => {
    for (const [story, field] of [
      [{ title: '' }, 'title'],
      [{ title: 42 }, 'title'],
      [{ title: 'x', subtitle: 'y' }, '(file)'],
      [['The war'], '(file)'],
    ] as const) {
      const problems = problemsAfter((i) => Object.assign(i, { story }));
      expect(problems.length, JSON.stringify(story)).toBeGreaterThan(0);
      expect(problems.join('\n')).toContain('data/story.json');
      if (field !== '(file)') expect(problems.join('\n')).toContain(field);
    }
  });

  it('the real data names its story', () => {
    const real = compileDataset(loadInputs(DATA_DIR));
    expect(real.ok && real.dataset.story.title).toBe('The war in Ukraine');
  });
});

describe('the reference dates (data/story.json)', () => {
  const invasion = {
    name: 'the invasion',
    date: '2022-02-24',
    role: 'day-one',
    words: ['war'],
    basis: 'The day the war began.',
  };
  const withDates = (referenceDates: unknown) => (i: Inputs) =>
    Object.assign(i, { story: { referenceDates } });

  it.each([
    [{ ...invasion, date: '2022-02-30' }, 'field date: is not a calendar date'],
    [{ ...invasion, date: '24 Feb 2022' }, 'field date: must be written YYYY-MM-DD'],
    [{ ...invasion, role: 'start' }, 'field role'],
    [{ ...invasion, basis: ' ' }, 'field basis: must say why this date'],
    [{ ...invasion, words: ['war|fighting'] }, 'field words[0]: must be a word or words'],
    [{ ...invasion, began: '2022-02-24' }, 'began'],
  ])('rejects %j naming the file, the record and the field', (bad, message) => {
    const problems = problemsAfter(withDates([bad])).join('\n');
    expect(problems).toContain('data/story.json: record "referenceDates[0]"');
    expect(problems).toContain(message);
  });

  it('rejects a name or a role given twice', () => {
    const problems = problemsAfter(withDates([invasion, { ...invasion, date: '2022-03-01' }])).join(
      '\n',
    );
    expect(problems).toContain(
      'record "referenceDates[1]" field name: "the invasion" is already referenceDates[0]',
    );
    expect(problems).toContain(
      'record "referenceDates[1]" field role: a story has one day-one date; referenceDates[0] is already day-one',
    );
  });

  it("dates the fixture's day count from the story's day one, and fails clearly without it", () => {
    const dated = compileDataset(loadInputs());
    expect(dated.ok && dated.dataset.articles.find((a) => a.id === 'talks-end')?.published).toBe(
      '2022-03-10',
    );
    const moved = compileDataset(
      Object.assign(loadInputs(), {
        story: { referenceDates: [{ ...invasion, date: '2022-03-03' }] },
      }),
    );
    const talks = moved.ok ? moved.dataset.articles.find((a) => a.id === 'talks-end') : undefined;
    expect(talks?.publishedBasis).toContain('of the invasion → 2022-03-17..2022-03-23');
    const problems = problemsAfter((i) => Object.assign(i, { story: {} })).join('\n');
    expect(problems).toContain('article "talks-end" field overrides.published');
    expect(problems).toContain(
      "“entering its third week” would need the story's day one, which data/story.json does not name",
    );
  });
});

describe('the story steps (data/story.json)', () => {
  const step = (eventId: string, caption = `About ${eventId}.`) => ({ event: eventId, caption });

  it('keeps the editor’s order and trims captions', () => {
    const result = compileDataset({
      ...loadInputs(),
      story: {
        ...FIXTURE_STORY,
        steps: [step('mariupol-shelling', '  Shelling first. '), step('antalya-talks')],
      },
    });
    expect(result.ok && result.dataset.story).toEqual({
      title: null,
      steps: [
        { event: 'mariupol-shelling', caption: 'Shelling first.' },
        { event: 'antalya-talks', caption: 'About antalya-talks.' },
      ],
    });
  });

  it.each<[string, unknown, RegExp]>([
    [
      'an unknown event',
      { steps: [step('antalya-talks'), step('no-such-event')] },
      /data\/story\.json: record "steps\[1\]" field event: unknown event "no-such-event"/,
    ],
    [
      'an empty caption',
      { steps: [step('antalya-talks', '   ')] },
      /data\/story\.json: record "steps\[0\]" field caption: must not be empty/,
    ],
    [
      'a missing caption',
      { steps: [{ event: 'antalya-talks' }] },
      /data\/story\.json: record "steps\[0\]" field caption: /,
    ],
    [
      'an event told twice',
      { steps: [step('antalya-talks'), step('mariupol-shelling'), step('antalya-talks')] },
      /data\/story\.json: record "steps\[2\]" field event: event "antalya-talks" is already step 1/,
    ],
    [
      'a misspelt field in a step',
      { steps: [{ event: 'antalya-talks', caption: 'x', captoin: 'y' }] },
      /data\/story\.json: record "steps\[0\]" field captoin: Unrecognized key/,
    ],
    [
      'steps that are not a list',
      { steps: 'antalya-talks' },
      /data\/story\.json: record "\(file\)" field steps: /,
    ],
  ])('rejects %s, naming file, step and field', (_label, story, message) => {
    const problems = problemsAfter((i) => Object.assign(i, { story }));
    expect(problems.join('\n')).toMatch(message);
  });

  it('the real data tells its story through events it has, each once', () => {
    const real = compileDataset(loadInputs(DATA_DIR));
    if (!real.ok) throw new Error('the real data does not compile');
    const steps = real.dataset.story.steps;
    expect(steps.length).toBeGreaterThanOrEqual(8);
    const ids = new Set(real.dataset.events.map((e) => e.id));
    for (const s of steps) expect(ids.has(s.event), s.event).toBe(true);
    expect(new Set(steps.map((s) => s.event)).size).toBe(steps.length);
    for (const id of ['antalya-talks', 'mariupol-maternity-hospital-strike', 'istanbul-talks']) {
      expect(steps.map((s) => s.event)).toContain(id);
    }
  });
});
