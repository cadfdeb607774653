import { buildMatcher } from '../../ingest/entities.ts';
import type { ActorInput, EventInput, PlaceInput } from '../../ingest/schema.ts';
import { slugify, uniqueSlug } from '../../ingest/suggest/slug.ts';
import type { WorkspaceStory } from '../story.ts';
import { EditRefused } from './refused.ts';

/** A new actor as the editor describes it; its id comes from its name. */
export type NewActor = Omit<ActorInput, 'id'>;
/** A new place as the editor describes it; its id comes from its name. */
export type NewPlace = Omit<PlaceInput, 'id'>;

/** The id a new actor or place called `name` would get (a slug free among its kind). */
export function gazetteerIdFor(
  story: WorkspaceStory,
  entity: 'actor' | 'place',
  name: string,
): string {
  const records = entity === 'actor' ? story.actors : story.places;
  return uniqueSlug(slugify(name, 4), new Set(records.map((r) => r.id)));
}

/** Distinct, non-empty aliases other than the name. */
function cleanAliases(name: string, aliases: readonly string[]): string[] {
  return [...new Set(aliases.map((a) => a.trim()))].filter((a) => a !== '' && a !== name);
}

/** True for a text that names the entity by one of `surfaces` (as the pipeline matches). */
function namedBy(
  entity: 'actor' | 'place',
  id: string,
  surfaces: readonly string[],
): (text: string) => boolean {
  const match = buildMatcher(surfaces.map((text) => ({ text, entity, id })));
  return (text) => match(text).length > 0;
}

const keyOf = (entity: 'actor' | 'place') => (entity === 'actor' ? 'actors' : 'places');

/**
 * The pending drafts with the new entity added where their sentence names it (by name or alias,
 * matched as the pipeline matches the gazetteer), so drafts found before the entity existed
 * propose it too.
 */
function draftsNaming(
  story: WorkspaceStory,
  entity: 'actor' | 'place',
  id: string,
  surfaces: readonly string[],
): WorkspaceStory['drafts'] {
  const names = namedBy(entity, id, surfaces);
  const key = keyOf(entity);
  return story.drafts.map((d) => {
    if (d.status !== 'pending' || d.candidate[key].includes(id)) return d;
    if (!names(d.candidate.quote)) return d;
    return { ...d, candidate: { ...d.candidate, [key]: [...d.candidate[key], id] } };
  });
}

/**
 * The story's events (already accepted, so reviewed by the editor and never changed unasked)
 * whose evidence quotes name the actor or place by its name or an alias, and that do not list it.
 */
export function eventsNaming(
  story: WorkspaceStory,
  entity: 'actor' | 'place',
  id: string,
): EventInput[] {
  const record = (entity === 'actor' ? story.actors : story.places).find((r) => r.id === id);
  if (!record) return [];
  const names = namedBy(entity, id, [record.name, ...record.aliases]);
  const key = keyOf(entity);
  return story.events.filter(
    (e) => !e[key].includes(id) && e.evidence.some((ev) => names(ev.quote)),
  );
}

/** The actor or place added to each of the given events (which must exist). */
export function entityAddedToEvents(
  story: WorkspaceStory,
  entity: 'actor' | 'place',
  id: string,
  eventIds: readonly string[],
): WorkspaceStory {
  const key = keyOf(entity);
  const known = new Set(story.events.map((e) => e.id));
  const missing = eventIds.find((e) => !known.has(e));
  if (missing !== undefined) throw new EditRefused(missing, 'id', 'no such event in the story');
  const chosen = new Set(eventIds);
  return {
    ...story,
    events: story.events.map((e) =>
      chosen.has(e.id) && !e[key].includes(id) ? { ...e, [key]: [...e[key], id] } : e,
    ),
  };
}

/** Adds an actor named from the article's words, with its aliases. */
export function actorCreated(story: WorkspaceStory, actor: NewActor): WorkspaceStory {
  const name = actor.name.trim();
  if (name === '') throw new EditRefused('(new actor)', 'name', 'an actor needs a name');
  const id = gazetteerIdFor(story, 'actor', name);
  const aliases = cleanAliases(name, actor.aliases);
  const created: ActorInput = { ...actor, id, name, aliases };
  return {
    ...story,
    actors: [...story.actors, created],
    drafts: draftsNaming(story, 'actor', id, [name, ...aliases]),
  };
}

/**
 * Adds a place named from the article's words, with its aliases. A city needs coordinates
 * (from the gazetteer's candidates or typed), within -90..90 and -180..180.
 */
export function placeCreated(story: WorkspaceStory, place: NewPlace): WorkspaceStory {
  const name = place.name.trim();
  if (name === '') throw new EditRefused('(new place)', 'name', 'a place needs a name');
  const id = gazetteerIdFor(story, 'place', name);
  const { lat, lon } = place;
  if (place.kind === 'city' && (lat === null || lon === null)) {
    throw new EditRefused(id, lat === null ? 'lat' : 'lon', 'a city needs coordinates');
  }
  if ((lat === null) !== (lon === null)) {
    throw new EditRefused(id, lat === null ? 'lat' : 'lon', 'give both coordinates or neither');
  }
  if (lat !== null && !(Math.abs(lat) <= 90)) {
    throw new EditRefused(id, 'lat', `latitude ${lat} is outside -90..90`);
  }
  if (lon !== null && !(Math.abs(lon) <= 180)) {
    throw new EditRefused(id, 'lon', `longitude ${lon} is outside -180..180`);
  }
  const aliases = cleanAliases(name, place.aliases);
  const created: PlaceInput = { ...place, id, name, aliases };
  return {
    ...story,
    places: [...story.places, created],
    drafts: draftsNaming(story, 'place', id, [name, ...aliases]),
  };
}
