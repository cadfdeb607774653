import { DAY_MS } from '../calendar';
import { dayStart } from '../timeline/time';
import type { DatasetEvent, Place } from '../types';

/** One place of the shown events, ready to draw: where, how exact, and which events. */
export interface PlaceMark {
  place: Place;
  /** Ids of the shown events that happened at this place, in the events' (time) order. */
  events: string[];
  /**
   * Ids of the shown events about this place that happened elsewhere (a statement in Moscow
   * about Mariupol): drawn apart from, and never counted as, what happened there.
   */
  about: string[];
  /**
   * True for a country or region: its point is a centroid, not a location, so it is drawn as
   * a dashed halo rather than a pin.
   */
  approximate: boolean;
  /**
   * How many of `events` and `about` fall in the timeline's visible window (all of them when it
   * shows all).
   */
  inView: number;
}

/**
 * Ids of the events whose day overlaps the timeline's visible window (UTC ms, end exclusive);
 * null when the timeline shows every event (no window).
 */
export function eventsInWindow(
  events: readonly DatasetEvent[],
  window: readonly [number, number] | null,
): ReadonlySet<string> | null {
  if (window === null) return null;
  const [start, end] = window;
  const ids = new Set<string>();
  for (const event of events) {
    const day = dayStart(event.date);
    if (day < end && day + DAY_MS > start) ids.add(event.id);
  }
  return ids;
}

/**
 * The places of `events` that can be put on a map (known latitude and longitude): where each
 * event happened (`places`) and what it is about (`aboutPlaces`), kept apart. Most events
 * first (of both kinds, then those that happened there), then by name. Places without coordinates are left
 * out (`unplaced` names them). `inView` (from `eventsInWindow`) counts each place's events in
 * the timeline's window.
 */
export function placeMarks(
  events: readonly DatasetEvent[],
  places: ReadonlyMap<string, Place>,
  inView: ReadonlySet<string> | null = null,
): { marks: PlaceMark[]; unplaced: Place[] } {
  const byPlace = new Map<string, { events: string[]; about: string[] }>();
  const entry = (id: string) => {
    let found = byPlace.get(id);
    if (!found) byPlace.set(id, (found = { events: [], about: [] }));
    return found;
  };
  for (const event of events) {
    const here = new Set(event.places);
    for (const id of here) entry(id).events.push(event.id);
    for (const id of new Set(event.aboutPlaces)) {
      if (!here.has(id)) entry(id).about.push(event.id);
    }
  }
  const marks: PlaceMark[] = [];
  const unplaced: Place[] = [];
  for (const [id, ids] of byPlace) {
    const place = places.get(id);
    if (!place) continue;
    if (place.lat === null || place.lon === null) unplaced.push(place);
    else {
      const all = [...ids.events, ...ids.about];
      const shown = inView === null ? all.length : all.filter((e) => inView.has(e)).length;
      marks.push({ place, ...ids, approximate: place.kind !== 'city', inView: shown });
    }
  }
  marks.sort(
    (a, b) =>
      b.events.length + b.about.length - (a.events.length + a.about.length) ||
      b.events.length - a.events.length ||
      a.place.name.localeCompare(b.place.name),
  );
  unplaced.sort((a, b) => a.name.localeCompare(b.name));
  return { marks, unplaced };
}

/** Names the world atlas uses where they differ from ours. */
const ATLAS_NAMES: Readonly<Record<string, string>> = {
  'United States': 'United States of America',
};

/** The world atlas's name for a country place (for tinting its outline). */
export function atlasName(place: Place): string {
  return ATLAS_NAMES[place.name] ?? place.name;
}

/**
 * The points a fitted map shows: the cities and regions, and the countries only when there is
 * nothing smaller (a country's point is a centroid: the United States' or China's would zoom
 * the map out to the world and shrink the story to a dot; those stay a pan away). With no mark
 * (no shown event has a place), the story's own extent: every placed place of the dataset,
 * `places`, by the same rule. No places at all: no points (the whole world).
 */
export function fitPoints(
  marks: readonly PlaceMark[],
  places: Iterable<Place>,
): [number, number][] {
  const shown =
    marks.length > 0
      ? marks.map((m) => m.place)
      : [...places].filter((p) => p.lat !== null && p.lon !== null);
  const local = shown.filter((p) => p.kind !== 'country');
  return (local.length > 0 ? local : shown).map((place) => [place.lon ?? 0, place.lat ?? 0]);
}
