import { readFileSync } from 'node:fs';
import type { Actor, Dataset, DatasetEvent, Place } from '../../src/domain/types';
import { readDatasetLines } from '../lib/datasetLines';

/** What the bench needs to know of a dataset: its size, which facets to click, event titles. */
export interface DatasetFacts {
  events: number;
  articles: number;
  actorName: string;
  placeName: string;
  titles: Map<string, string>;
  /** The event a deep link opens: the one nine tenths of the way through the story. */
  linked: { id: string; title: string } | null;
}

/** Which event a deep link opens, of `count` in date order: late, so in a far shard. */
const linkedIndex = (count: number) => Math.floor((count * 9) / 10);

const top = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];

/**
 * The facts of a dataset file: the actor in most events and the city most common among that
 * actor's events. A dataset written one record per line (what `npm run generate` writes) is
 * read a record at a time, in two passes, so a million events never sit in memory as one
 * string; any other file is parsed whole.
 */
export function readDatasetFacts(file: string): DatasetFacts {
  const actors: Actor[] = [];
  const places: Place[] = [];
  const actorCounts = new Map<string, number>();
  const titles = new Map<string, string>();
  let articles = 0;
  const events = function* () {
    for (const line of readDatasetLines(file)) {
      if (line.kind !== 'record') continue;
      if (line.collection === 'events') yield JSON.parse(line.json) as DatasetEvent;
      else if (line.collection === 'articles') articles++;
      else if (line.collection === 'actors') actors.push(JSON.parse(line.json) as Actor);
      else if (line.collection === 'places') places.push(JSON.parse(line.json) as Place);
    }
  };
  try {
    for (const e of events()) {
      titles.set(e.id, e.title);
      for (const a of e.actors) actorCounts.set(a, (actorCounts.get(a) ?? 0) + 1);
    }
  } catch {
    // Not one record per line (the reader stops at its first line): a file to parse whole.
    return fromDataset(JSON.parse(readFileSync(file, 'utf8')) as Dataset);
  }
  const actorId = top(actorCounts);
  const cities = new Set(places.filter((p) => p.kind === 'city').map((p) => p.id));
  const placeCounts = new Map<string, number>();
  const total = titles.size;
  const articleCount = articles;
  let linked: DatasetFacts['linked'] = null;
  let index = 0;
  for (const e of events()) {
    if (index++ === linkedIndex(total)) linked = { id: e.id, title: e.title };
    if (!actorId || !e.actors.includes(actorId)) continue;
    for (const p of e.places) if (cities.has(p)) placeCounts.set(p, (placeCounts.get(p) ?? 0) + 1);
  }
  const placeId = top(placeCounts);
  return {
    events: total,
    articles: articleCount,
    actorName: actors.find((a) => a.id === actorId)?.name ?? '(none)',
    placeName: places.find((p) => p.id === placeId)?.name ?? '(none)',
    titles,
    linked,
  };
}

/** The facts of a dataset already in memory (the bench's choice of actor and city among them). */
export function fromDataset(dataset: Dataset): DatasetFacts {
  const count = (ids: string[]) => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return top(counts);
  };
  const actorId = count(dataset.events.flatMap((e) => e.actors));
  const cities = new Set(dataset.places.filter((p) => p.kind === 'city').map((p) => p.id));
  const placeId = count(
    dataset.events
      .filter((e) => actorId && e.actors.includes(actorId))
      .flatMap((e) => e.places.filter((p) => cities.has(p))),
  );
  return {
    events: dataset.events.length,
    articles: dataset.articles.length,
    actorName: dataset.actors.find((a) => a.id === actorId)?.name ?? '(none)',
    placeName: dataset.places.find((p) => p.id === placeId)?.name ?? '(none)',
    titles: new Map(dataset.events.map((e) => [e.id, e.title])),
    linked: linkedOf(dataset.events),
  };
}

function linkedOf(events: readonly DatasetEvent[]): DatasetFacts['linked'] {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const e = sorted[linkedIndex(sorted.length)];
  return e ? { id: e.id, title: e.title } : null;
}
