import { buildMatcher } from '../../ingest/entities.ts';
import type { ActorInput, PlaceInput } from '../../ingest/schema.ts';
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
  const match = buildMatcher(surfaces.map((text) => ({ text, entity, id })));
  const key = entity === 'actor' ? 'actors' : 'places';
  return story.drafts.map((d) => {
    if (d.status !== 'pending' || d.candidate[key].includes(id)) return d;
    if (match(d.candidate.quote).length === 0) return d;
    return { ...d, candidate: { ...d.candidate, [key]: [...d.candidate[key], id] } };
  });
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
