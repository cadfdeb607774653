import type { Actor, Article, Dataset, DatasetEvent, Mention, Place } from '../../src/domain/types';

/** An article with one heading and plain paragraphs; override anything. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'article-a',
    file: '000.txt',
    title: 'Talks resume in Istanbul',
    titleBasis: 'headline',
    outlet: 'The Daily Example',
    outletBasis: 'masthead',
    author: 'Ana Writer',
    byline: 'by Ana Writer',
    published: '2022-03-29',
    publishedBasis: 'dateline: 29 March 2022',
    paragraphs: ['Talks resume in Istanbul', 'Delegations met in Istanbul on Tuesday.'],
    headings: [0],
    ...overrides,
  };
}

/** An event with one piece of evidence quoting `article-a`. */
export function makeEvent(overrides: Partial<DatasetEvent> = {}): DatasetEvent {
  return {
    id: 'istanbul-talks',
    date: '2022-03-29',
    datePrecision: 'day',
    dateBasis: '"on Tuesday" against 29 Mar 2022',
    title: 'Talks in Istanbul',
    summary: 'Delegations met in Istanbul.',
    kind: 'talks',
    actors: [],
    places: [],
    aboutActors: [],
    aboutPlaces: [],
    evidence: [{ article: 'article-a', quote: 'Delegations met', paragraph: 1, start: 0, end: 15 }],
    ...overrides,
  };
}

export function makeActor(overrides: Partial<Actor> & Pick<Actor, 'id' | 'name'>): Actor {
  return { aliases: [], kind: 'person', role: '', affiliation: null, ...overrides };
}

export function makePlace(overrides: Partial<Place> & Pick<Place, 'id' | 'name'>): Place {
  return { aliases: [], kind: 'city', country: null, lat: 0, lon: 0, ...overrides };
}

/** A dataset from parts; events are sorted by date then id as the contract requires. */
export function makeDataset(parts: Partial<Dataset> = {}): Dataset {
  const events = [...(parts.events ?? [makeEvent()])].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  return {
    story: parts.story ?? { title: null, steps: [] },
    articles: parts.articles ?? [makeArticle()],
    actors: parts.actors ?? [],
    places: parts.places ?? [],
    events,
    mentions: parts.mentions ?? [],
    quantities: parts.quantities ?? [],
    claims: parts.claims ?? [],
  };
}

const P1 = 'Sergey Lavrov met Dmytro Kuleba in Antalya. Shelling continued in Mariupol.';
const P2 = 'Kuleba said no progress was made on a ceasefire.';
const Q1 = 'Shelling continued in Mariupol.';

/**
 * A small story: two articles (one with no outlet or author), three actors, three places and
 * four events, with mentions. Filtering by Lavrov then by Mariupol leaves one event; Lavrov
 * and Kyiv together leave none.
 */
export function makeStory(): Dataset {
  const articles = [
    makeArticle({
      id: 'wire-report',
      title: 'Foreign ministers meet in Antalya',
      outlet: 'Wire Service',
      author: 'Jo Reporter',
      published: '2022-03-10',
      publishedBasis: 'dateline',
      paragraphs: ['Foreign ministers meet in Antalya', P1, P2],
      headings: [0],
    }),
    makeArticle({
      id: 'blog-post',
      title: 'A blog about the war',
      outlet: null,
      outletBasis: null,
      author: null,
      byline: null,
      published: '2022-03-11',
      publishedBasis: 'inferred from "on Thursday"',
      paragraphs: ['Kyiv was quiet on Thursday. Visit https://example.org/a?b=1 for more.'],
      headings: [],
    }),
  ];
  const actors = [
    makeActor({ id: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov'] }),
    makeActor({ id: 'dmytro-kuleba', name: 'Dmytro Kuleba', aliases: ['Kuleba'] }),
    makeActor({ id: 'nato', name: 'NATO', kind: 'organisation' }),
  ];
  const places = [
    makePlace({ id: 'antalya', name: 'Antalya', country: 'turkey' }),
    makePlace({ id: 'mariupol', name: 'Mariupol', country: 'ukraine' }),
    makePlace({ id: 'kyiv', name: 'Kyiv', country: 'ukraine' }),
    makePlace({
      id: 'ukraine',
      name: 'Ukraine',
      kind: 'country',
      country: 'ukraine',
      lat: null,
      lon: null,
    }),
    makePlace({
      id: 'turkey',
      name: 'Turkey',
      kind: 'country',
      country: 'turkey',
      lat: null,
      lon: null,
    }),
  ];
  const quote = (article: string, paragraph: number, text: string, source: string) => ({
    article,
    quote: text,
    paragraph,
    start: source.indexOf(text),
    end: source.indexOf(text) + text.length,
  });
  const events = [
    makeEvent({
      id: 'antalya-talks',
      date: '2022-03-10',
      title: 'Lavrov and Kuleba meet in Antalya',
      summary: 'The foreign ministers met in Antalya.',
      kind: 'talks',
      actors: ['dmytro-kuleba', 'sergey-lavrov'],
      places: ['antalya'],
      evidence: [quote('wire-report', 1, 'Sergey Lavrov met Dmytro Kuleba in Antalya.', P1)],
    }),
    makeEvent({
      id: 'mariupol-shelling',
      date: '2022-03-10',
      title: 'Shelling in Mariupol',
      summary: 'Shelling continued in Mariupol.',
      kind: 'strike',
      actors: ['sergey-lavrov'],
      places: ['mariupol'],
      evidence: [quote('wire-report', 1, Q1, P1)],
    }),
    makeEvent({
      id: 'no-ceasefire',
      date: '2022-03-10',
      title: 'No progress on a ceasefire',
      summary: 'Kuleba said there was no progress.',
      kind: 'statement',
      actors: ['dmytro-kuleba'],
      places: [],
      evidence: [quote('wire-report', 2, 'no progress was made on a ceasefire', P2)],
    }),
    makeEvent({
      id: 'kyiv-quiet',
      date: '2022-03-10',
      datePrecision: 'approximate',
      dateBasis: '"on Thursday" against 11 Mar 2022',
      title: 'A quiet day in Kyiv',
      summary: 'Kyiv was quiet.',
      kind: 'report',
      actors: [],
      places: ['kyiv'],
      evidence: [quote('blog-post', 0, 'Kyiv was quiet on Thursday.', articles[1]!.paragraphs[0]!)],
    }),
  ];
  const mention = (m: Omit<Mention, 'end'> & { text: string }): Mention => ({
    article: m.article,
    paragraph: m.paragraph,
    start: m.start,
    end: m.start + m.text.length,
    entity: m.entity,
    id: m.id,
  });
  const mentions = [
    mention({
      article: 'wire-report',
      paragraph: 1,
      start: 0,
      text: 'Sergey Lavrov',
      entity: 'actor',
      id: 'sergey-lavrov',
    }),
    mention({
      article: 'wire-report',
      paragraph: 1,
      start: P1.indexOf('Mariupol'),
      text: 'Mariupol',
      entity: 'place',
      id: 'mariupol',
    }),
    mention({
      article: 'wire-report',
      paragraph: 2,
      start: 0,
      text: 'Kuleba',
      entity: 'actor',
      id: 'dmytro-kuleba',
    }),
  ];
  return makeDataset({ articles, actors, places, events, mentions });
}

/** `makeStory()` with a guided story of three steps, told out of time order. */
export function makeToldStory(): Dataset {
  return {
    ...makeStory(),
    story: {
      title: 'Talks in Antalya',
      steps: [
        { event: 'mariupol-shelling', caption: 'The editor: shelling comes first.' },
        { event: 'antalya-talks', caption: 'The editor: then the ministers meet.' },
        { event: 'no-ceasefire', caption: 'The editor: and no ceasefire follows.' },
      ],
    },
  };
}
