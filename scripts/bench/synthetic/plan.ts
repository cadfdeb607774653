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
  order: number;
}

/**
 * The story's shape, before any text: bursts of coverage (clusters) and the events drawn from
 * them, in day order. `dayIn` draws a day from a cluster (articles are published through the
 * same bursts). Every kind appears once first.
 */
export function planEvents(rng: Rng, n: number, days: number, actors: Actor[], places: Place[]) {
  const cities = places.filter((p) => p.kind === 'city');
  const front = cities.filter((p) => p.country === FRONT_COUNTRY);
  const placeById = new Map(places.map((p) => [p.id, p]));
  const clusters = makeClusters(rng, days, actors, front, cities);
  const clusterWeights = clusters.map((c) => c.weight);
  const dayIn = (c: Cluster) =>
    Math.min(days - 1, Math.max(0, Math.round(c.centre + rng.normal() * c.spread)));

  const drafts: EventDraft[] = Array.from({ length: n }, (_, i) => {
    const cluster = rng.weighted(clusters, clusterWeights);
    const kind: EventKind =
      i < EVENT_KINDS.length ? EVENT_KINDS[i]! : rng.weighted(EVENT_KINDS, KIND_WEIGHTS);
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
    return {
      day: dayIn(cluster),
      kind,
      actors: eventActors,
      places: eventPlaces,
      approximate: rng.chance(0.12),
      order: i,
    };
  });
  drafts.sort((a, b) => a.day - b.day || a.order - b.order);
  return { clusters, clusterWeights, dayIn, drafts };
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
