import type {
  Actor,
  Article,
  Dataset,
  DatasetEvent,
  Evidence,
  Mention,
  Place,
} from '../../../src/domain/types';
import { DAY_MS } from '../../../src/domain/calendar';
import { ArticleDraft } from './articles';
import { planStory, type EventDraft } from './plan';
import { createRng } from './prng';
import { AUTHORS, OUTLETS, makeActors, makePlaces, slug } from './vocabulary';
import { KIND_TEXT, datePhrase, fill, type Slot } from './text';

/** What to generate; everything else follows from the seed. */
export interface GenerateOptions {
  events: number;
  seed: number;
  /** First day of the story (ISO). Default 2022-01-03. */
  start?: string;
  /** Length of the story in months (about 30.4 days each). Default 8. */
  months?: number;
  /** Number of articles. Default about events / 50 (at least 3). */
  articles?: number;
}

/** The parts of a dataset that do not grow with its events. */
export type DatasetHead = Pick<Dataset, 'story' | 'actors' | 'places' | 'quantities' | 'claims'>;

/** Where a streamed dataset goes: events in date order, articles in id order once final. */
export interface DatasetSink {
  event(event: DatasetEvent): void;
  /** A finished article with the mentions written into it (text order). */
  article(article: Article, mentions: Mention[]): void;
}

const CITATIONS = [1, 2, 3];
const CITATION_WEIGHTS = [3, 4, 2];
/** An event is cited by up to this many of the next articles... */
const CITATION_WINDOW = 8;
/** ...published within this many days of it (else by the first article after it). */
const CITATION_DAYS = 14;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/**
 * A deterministic synthetic story, streamed: `events` events over `months` months, bunched in
 * clusters (bursts of coverage) with empty gaps between them; about events/50 articles
 * published alongside; each event cited by 1–3 of them with a verbatim quote whose offsets come
 * from writing the paragraph; mentions recorded where names were written. Days are generated in
 * order and each event is handed to the sink as soon as it is made; an article is held only
 * until its publication day has passed, so memory follows the events of a fortnight, not the
 * story's total. Same options, same output, byte for byte. Returns the fixed parts.
 */
export function streamDataset(options: GenerateOptions, sink: DatasetSink): DatasetHead {
  const rng = createRng(options.seed);
  const n = Math.max(0, Math.floor(options.events));
  const startMs = Date.parse(`${options.start ?? '2022-01-03'}T00:00:00Z`);
  const days = Math.max(7, Math.round((options.months ?? 8) * 30.4));
  const articleCount = Math.max(3, options.articles ?? Math.round(n / 50));
  const eventWidth = Math.max(6, String(n).length);
  const articleWidth = Math.max(4, String(articleCount).length);

  const actors = makeActors();
  const places = makePlaces();
  const cities = places.filter((p) => p.kind === 'city');
  const { clusters, perDay, articlesPerDay, draft } = planStory(
    rng,
    n,
    days,
    articleCount,
    actors,
    places,
  );

  // Articles by publication day: pubDay[j] and the first article published on or after a day.
  const pubDay = new Int32Array(articleCount);
  const firstOnOrAfter = new Int32Array(articlesPerDay.length + 1);
  for (let day = 0, j = 0; day < articlesPerDay.length; day++) {
    firstOnOrAfter[day] = j;
    for (let k = 0; k < articlesPerDay[day]!; k++) pubDay[j++] = day;
  }
  firstOnOrAfter[articlesPerDay.length] = articleCount;

  const drafts = new Map<number, ArticleDraft>();
  const articleAt = (j: number) => {
    let a = drafts.get(j);
    if (!a) {
      const outlet = rng.chance(0.85) ? rng.pick(OUTLETS) : null;
      const author = rng.chance(0.6) ? rng.pick(AUTHORS) : null;
      const id = `src-${pad(j + 1, articleWidth)}-${slug(outlet ?? 'unattributed')}`;
      const published = iso(startMs + pubDay[j]! * DAY_MS);
      a = new ArticleDraft({ id, published, outlet, author }, rng, actors, cities);
      drafts.set(j, a);
    }
    return a;
  };
  let finished = 0;
  /** Finishes every article published up to `day` (all of them at the end), in id order. */
  const finishUpTo = (day: number) => {
    const atEnd = day === Infinity;
    // The last article also reports the events after it (a story's final days).
    const last = atEnd ? articleCount : articleCount - 1;
    while (finished < last && pubDay[finished]! <= day) {
      const { article, mentions } = articleAt(finished).finish();
      drafts.delete(finished++);
      sink.article(article, mentions);
    }
  };

  let made = 0;
  const makeEvent = (d: EventDraft): DatasetEvent => {
    // Only articles published on or after the event can report it, and soon after; past the
    // last article, the last one does.
    const lo = firstOnOrAfter[d.day]!;
    let end = Math.min(lo + CITATION_WINDOW, articleCount);
    while (end > lo + 1 && pubDay[end - 1]! > d.day + CITATION_DAYS) end--;
    const window = lo < articleCount ? range(lo, end) : [articleCount - 1];
    const chosen = rng
      .sample(window, rng.weighted(CITATIONS, CITATION_WEIGHTS))
      .sort((a, b) => a - b);
    const slots = slotsFor(d, '', 0);
    const title = fill(KIND_TEXT[d.kind].title, slots).text;
    const evidence: Evidence[] = [];
    let basis = 'synthetic';
    for (const j of chosen) {
      const article = articleAt(j);
      const phrase = datePhrase(
        startMs + d.day * DAY_MS,
        Date.parse(`${article.published}T00:00:00Z`),
        d.approximate,
        rng.int(0, 5),
      );
      const filled = fill(rng.pick(KIND_TEXT[d.kind].quotes), slotsFor(d, phrase, rng.int(2, 40)));
      const comma = filled.text.indexOf(', ');
      const quoteEnd = comma > 24 && rng.chance(0.3) ? comma : filled.text.length;
      evidence.push(article.cite(filled.text, filled.spans, quoteEnd, () => title));
      if (evidence.length === 1)
        basis = `synthetic: "${phrase}" in ${article.id}, published ${article.published}`;
    }
    made++;
    return {
      id: `ev-${pad(made, eventWidth)}-${d.kind}-${d.places[0]!.id}`,
      date: iso(startMs + d.day * DAY_MS),
      datePrecision: d.approximate ? 'approximate' : 'day',
      dateBasis: basis,
      title,
      summary: fill(KIND_TEXT[d.kind].summary, slots).text,
      kind: d.kind,
      actors: d.actors.map((a) => a.id),
      places: d.places.map((p) => p.id),
      aboutActors: [],
      aboutPlaces: [],
      evidence,
    };
  };

  for (let day = 0; day < days; day++) {
    const counts = perDay[day]!;
    for (let c = 0; c < clusters.length; c++) {
      for (let k = 0; k < counts[c]!; k++) sink.event(makeEvent(draft(clusters[c]!, day)));
    }
    finishUpTo(day);
  }
  finishUpTo(Infinity);

  // No numeric claims: the synthetic text states no figures worth comparing.
  return {
    story: { title: `A synthetic story (seed ${options.seed})`, steps: [] },
    actors,
    places,
    quantities: [],
    claims: [],
  };
}

/** The whole synthetic dataset in memory (small sizes and tests); see `streamDataset`. */
export function generateDataset(options: GenerateOptions): Dataset {
  const events: DatasetEvent[] = [];
  const articles: Article[] = [];
  const mentions: Mention[] = [];
  const head = streamDataset(options, {
    event: (e) => events.push(e),
    article: (a, m) => {
      articles.push(a);
      for (const x of m) mentions.push(x);
    },
  });
  const { story, actors, places, quantities, claims } = head;
  return { story, articles, actors, places, events, mentions, quantities, claims };
}

function slotsFor(
  d: { actors: Actor[]; places: Place[] },
  phrase: string,
  number: number,
): Record<string, Slot> {
  const [a, b] = d.actors;
  const p = d.places[0]!;
  return {
    a: { text: a!.name, entity: 'actor', id: a!.id },
    b: b ? { text: b.name, entity: 'actor', id: b.id } : { text: 'its partners' },
    p: { text: p.name, entity: 'place', id: p.id },
    d: { text: phrase },
    n: { text: String(number) },
  };
}
