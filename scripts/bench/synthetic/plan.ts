import { EVENT_KINDS, type Actor, type EventKind, type Place } from '../../../src/domain/types';
import type { Rng } from './prng';
import { TWO_ACTOR_KINDS } from './text';

/** Relative frequency of each kind: statements and strikes dominate real coverage. */
const KIND_WEIGHTS = [6, 8, 6, 10, 3, 4, 5, 2, 3, 4, 5];

/** A burst of news: when, how big, and its own cast and cities. */
export interface Cluster {
  centre: number;
  spread: number;
  weight: number;
  actors: Actor[];
  /** Front-line cities (fighting, strikes, corridors) and anywhere-cities (diplomacy). */
  front: Place[];
  elsewhere: Place[];
}

/** Kinds that happen where the fighting is; the others happen in capitals and venues. */
const FRONT_KINDS: ReadonlySet<EventKind> = new Set([
  'strike',
  'offensive',
  'humanitarian',
  'report',
  'aid',
]);
const FRONT_COUNTRY = 'ukraine';

/** One event before it has words: its day (from the story's start), kind, people and places. */
export interface EventDraft {
  day: number;
  kind: EventKind;
  actors: Actor[];
  places: Place[];
  approximate: boolean;
}

/**
 * The story's shape, before any text, in memory proportional to its length in days (not to its
 * number of events): bursts of coverage (clusters), how many events each burst has on each day
 * (`perDay[day][cluster]`), and how many articles are published each day (`articlesPerDay`,
 * through the same bursts, a day or three after the events). `draft` makes one event of a
 * cluster on a day; the first events take every kind once.
 */
export function planStory(
  rng: Rng,
  n: number,
  days: number,
  articleCount: number,
  actors: Actor[],
  places: Place[],
) {
  const cities = places.filter((p) => p.kind === 'city');
  const front = cities.filter((p) => p.country === FRONT_COUNTRY);
  const placeById = new Map(places.map((p) => [p.id, p]));
  const clusters = makeClusters(rng, days, actors, front, cities);
  const clusterWeights = clusters.map((c) => c.weight);
  const dayIn = (c: Cluster) =>
    Math.min(days - 1, Math.max(0, Math.round(c.centre + rng.normal() * c.spread)));

  const indices = clusters.map((_, c) => c);
  const perDay = Array.from({ length: days }, () => new Uint32Array(clusters.length));
  for (let i = 0; i < n; i++) {
    const c = rng.weighted(indices, clusterWeights);
    perDay[dayIn(clusters[c]!)]![c]!++;
  }
  const articlesPerDay = new Uint32Array(days + 8);
  for (let j = 0; j < articleCount; j++) {
    const day = Math.min(days + 7, dayIn(rng.weighted(clusters, clusterWeights)) + rng.int(0, 3));
    articlesPerDay[day]!++;
  }

  let made = 0;
  const draft = (cluster: Cluster, day: number): EventDraft => {
    const kind: EventKind =
      made < EVENT_KINDS.length ? EVENT_KINDS[made]! : rng.weighted(EVENT_KINDS, KIND_WEIGHTS);
    made++;
    const actorCount = TWO_ACTOR_KINDS.has(kind) ? rng.int(2, 3) : rng.int(1, 2);
    const pool = rng.chance(0.7) ? cluster.actors : actors;
    const eventActors = rng.sample(pool, actorCount);
    while (eventActors.length < actorCount)
      eventActors.push(rng.pick(actors.filter((a) => !eventActors.includes(a))));
    const atFront = FRONT_KINDS.has(kind);
    const local = atFront ? cluster.front : cluster.elsewhere;
    const city = rng.pick(rng.chance(0.75) ? local : atFront ? front : cities);
    const eventPlaces = [city];
    const country = city.country ? placeById.get(city.country) : undefined;
    if (country && rng.chance(0.2)) eventPlaces.push(country);
    return { day, kind, actors: eventActors, places: eventPlaces, approximate: rng.chance(0.12) };
  };
  return { clusters, perDay, articlesPerDay, draft };
}

/** Bursts of news: about two a month, uneven sizes, each with its own cast and cities. */
function makeClusters(
  rng: Rng,
  days: number,
  actors: Actor[],
  front: Place[],
  cities: Place[],
): Cluster[] {
  const count = Math.max(3, Math.round((days / 30.4) * 2));
  return Array.from({ length: count }, () => ({
    centre: rng.int(0, days - 1),
    spread: 0.5 + rng.next() * 4,
    weight: 1 + rng.next() ** 2 * 9,
    actors: rng.sample(actors, 8),
    front: rng.sample(front, 3),
    elsewhere: rng.sample(cities, 3),
  }));
}
