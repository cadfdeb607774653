import type { DatasetEvent, Place } from '../types';

/** One place of the shown events, ready to draw: where, how exact, and which events. */
export interface PlaceMark {
  place: Place;
  /** Ids of the shown events at this place, in the events' (time) order. */
  events: string[];
  /**
   * True for a country or region: its point is a centroid, not a location, so it is drawn as
   * a dashed halo rather than a pin.
   */
  approximate: boolean;
}

/**
 * The places of `events` that can be put on a map (known latitude and longitude), most
 * events first, then by name. Places without coordinates are left out (`unplaced` names them).
 */
export function placeMarks(
  events: readonly DatasetEvent[],
  places: ReadonlyMap<string, Place>,
): { marks: PlaceMark[]; unplaced: Place[] } {
  const byPlace = new Map<string, string[]>();
  for (const event of events) {
    for (const id of new Set(event.places)) byPlace.set(id, [...(byPlace.get(id) ?? []), event.id]);
  }
  const marks: PlaceMark[] = [];
  const unplaced: Place[] = [];
  for (const [id, ids] of byPlace) {
    const place = places.get(id);
    if (!place) continue;
    if (place.lat === null || place.lon === null) unplaced.push(place);
    else marks.push({ place, events: ids, approximate: place.kind !== 'city' });
  }
  marks.sort(
    (a, b) => b.events.length - a.events.length || a.place.name.localeCompare(b.place.name),
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
