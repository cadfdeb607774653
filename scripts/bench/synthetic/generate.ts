import {
  type Actor,
  type Article,
  type Dataset,
  type DatasetEvent,
  type Evidence,
  type Mention,
  type Place,
} from '../../../src/domain/types';
import { DAY_MS } from '../../../src/domain/calendar';
import { planEvents } from './plan';
import { createRng, type Rng } from './prng';
import { AUTHORS, OUTLETS, makeActors, makePlaces, slug } from './vocabulary';
import { FILLERS, HEADINGS, KIND_TEXT, datePhrase, fill, type Slot, type Span } from './text';

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

const CITATIONS = [1, 2, 3];
const CITATION_WEIGHTS = [3, 4, 2];
/** An event is cited by up to this many of the next articles... */
const CITATION_WINDOW = 8;
/** ...published within this many days of it (else by the first article after it). */
const CITATION_DAYS = 14;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/** A cited sentence waiting for its place in an article. */
interface Quote {
  event: number;
  text: string;
  spans: Span[];
  /** Quoted part: the whole sentence, or its first clause. */
  quoteEnd: number;
  phrase: string;
}

/**
 * A deterministic synthetic story: `events` events over `months` months, bunched in
 * clusters (bursts of coverage) with empty gaps between them; about events/50 articles
 * published alongside; each event cited by 1–3 of them with a verbatim quote whose
 * offsets come from building the paragraph; mentions recorded where names were written.
 * Same options, same dataset, byte for byte.
 */
export function generateDataset(options: GenerateOptions): Dataset {
  const rng = createRng(options.seed);
  const n = Math.max(0, Math.floor(options.events));
  const startMs = Date.parse(`${options.start ?? '2022-01-03'}T00:00:00Z`);
  const days = Math.max(7, Math.round((options.months ?? 8) * 30.4));
  const articleCount = Math.max(3, options.articles ?? Math.round(n / 50));

  const actors = makeActors();
  const places = makePlaces();
  const cities = places.filter((p) => p.kind === 'city');
  const { clusters, clusterWeights, dayIn, drafts } = planEvents(rng, n, days, actors, places);

  // Articles: published through the same bursts, a day or three after the events.
  const pubDays = Array.from({ length: articleCount }, () =>
    Math.min(days + 7, dayIn(rng.weighted(clusters, clusterWeights)) + rng.int(0, 3)),
  ).sort((a, b) => a - b);
  const articleMeta = pubDays.map((day, j) => {
    const outlet = rng.chance(0.85) ? rng.pick(OUTLETS) : null;
    const author = rng.chance(0.6) ? rng.pick(AUTHORS) : null;
    return { id: `src-${pad(j + 1, 4)}-${slug(outlet ?? 'unattributed')}`, day, outlet, author };
  });
  const quotesByArticle: Quote[][] = articleMeta.map(() => []);

  // Citations: 1–3 articles published on or soon after the event (binary search by day).
  const citations = drafts.map((d, i) => {
    let lo = 0;
    let hi = pubDays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pubDays[mid]! < d.day) lo = mid + 1;
      else hi = mid;
    }
    // Only articles published on or after the event can report it, and soon after; past the
    // last article, the last one does (a story's final events).
    let end = Math.min(lo + CITATION_WINDOW, articleCount);
    while (end > lo + 1 && pubDays[end - 1]! > d.day + CITATION_DAYS) end--;
    const window = lo < articleCount ? range(lo, end) : [articleCount - 1];
    const chosen = rng
      .sample(window, rng.weighted(CITATIONS, CITATION_WEIGHTS))
      .sort((a, b) => a - b);
    for (const j of chosen) {
      const meta = articleMeta[j]!;
      const phrase = datePhrase(
        startMs + d.day * DAY_MS,
        startMs + meta.day * DAY_MS,
        d.approximate,
        rng.int(0, 5),
      );
      const filled = fill(rng.pick(KIND_TEXT[d.kind].quotes), slotsFor(d, phrase, rng.int(2, 40)));
      const comma = filled.text.indexOf(', ');
      const quoteEnd = comma > 24 && rng.chance(0.3) ? comma : filled.text.length;
      quotesByArticle[j]!.push({
        event: i,
        text: filled.text,
        spans: filled.spans,
        quoteEnd,
        phrase,
      });
    }
    return chosen;
  });

  // Article texts: quotes in event order, a few fillers and sub-headings between them.
  const evidenceByEvent: Evidence[][] = drafts.map(() => []);
  const phraseByEvent: string[] = drafts.map(() => '');
  const mentions: Mention[] = [];
  const articles: Article[] = articleMeta.map((meta, j) => {
    const paragraphs: string[] = [];
    const headings: number[] = [];
    const quotes = quotesByArticle[j]!;
    const lead = quotes[0] ? drafts[quotes[0].event] : undefined;
    const title = lead
      ? `Live: ${fill(KIND_TEXT[lead.kind].title, slotsFor(lead, '', 0)).text}`
      : 'Live updates';
    let q = 0;
    while (q < quotes.length || paragraphs.length === 0) {
      if (paragraphs.length > 0 && paragraphs.length % 9 === 0) {
        headings.push(paragraphs.length);
        paragraphs.push(rng.pick(HEADINGS));
      }
      const p = paragraphs.length;
      let text = '';
      const add = (sentence: string, spans: Span[], quote?: Quote) => {
        const offset = text === '' ? 0 : text.length + 1;
        text = text === '' ? sentence : `${text} ${sentence}`;
        for (const s of spans) {
          mentions.push({
            article: meta.id,
            paragraph: p,
            start: offset + s.start,
            end: offset + s.end,
            entity: s.entity,
            id: s.id,
          });
        }
        if (quote) {
          const cited = sentence.slice(0, quote.quoteEnd);
          if (evidenceByEvent[quote.event]!.length === 0) phraseByEvent[quote.event] = quote.phrase;
          evidenceByEvent[quote.event]!.push({
            article: meta.id,
            quote: cited,
            paragraph: p,
            start: offset,
            end: offset + cited.length,
          });
        }
      };
      const take = Math.min(rng.int(1, 3), quotes.length - q);
      for (let k = 0; k < take; k++) {
        if (rng.chance(0.35)) addFiller(rng, add, actors, cities);
        const quote = quotes[q++]!;
        add(quote.text, quote.spans, quote);
      }
      if (take === 0 || rng.chance(0.3)) addFiller(rng, add, actors, cities);
      paragraphs.push(text);
    }
    return {
      id: meta.id,
      file: `synthetic/${meta.id}.txt`,
      title,
      titleBasis: 'headline',
      outlet: meta.outlet,
      outletBasis: meta.outlet ? 'masthead (synthetic)' : null,
      author: meta.author,
      byline: meta.author ? `By ${meta.author}` : null,
      published: iso(startMs + meta.day * DAY_MS),
      publishedBasis: 'dateline (synthetic)',
      paragraphs,
      headings,
    };
  });

  const events: DatasetEvent[] = drafts.map((d, i) => {
    const first = evidenceByEvent[i]![0];
    const cited = first ? articles[citations[i]![0]!] : undefined;
    const slots = slotsFor(d, '', 0);
    return {
      id: `ev-${pad(i + 1, 6)}-${d.kind}-${d.places[0]!.id}`,
      date: iso(startMs + d.day * DAY_MS),
      datePrecision: d.approximate ? 'approximate' : 'day',
      dateBasis: cited
        ? `synthetic: "${phraseByEvent[i]}" in ${cited.id}, published ${cited.published}`
        : 'synthetic',
      title: fill(KIND_TEXT[d.kind].title, slots).text,
      summary: fill(KIND_TEXT[d.kind].summary, slots).text,
      kind: d.kind,
      actors: d.actors.map((a) => a.id),
      places: d.places.map((p) => p.id),
      aboutActors: [],
      aboutPlaces: [],
      evidence: evidenceByEvent[i]!,
    };
  });

  // Articles are in id order, so "sorted by article" means the same in either reading.
  // No numeric claims: the synthetic text states no figures worth comparing.
  return {
    story: { title: `A synthetic story (seed ${options.seed})`, steps: [] },
    articles,
    actors,
    places,
    events,
    mentions,
    quantities: [],
    claims: [],
  };
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

function addFiller(
  rng: Rng,
  add: (sentence: string, spans: Span[]) => void,
  actors: readonly Actor[],
  cities: readonly Place[],
) {
  const a = rng.pick(actors);
  const p = rng.pick(cities);
  const filled = fill(rng.pick(FILLERS), {
    a: { text: a.name, entity: 'actor', id: a.id },
    p: { text: p.name, entity: 'place', id: p.id },
  });
  add(filled.text, filled.spans);
}
