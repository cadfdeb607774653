import { slugify, uniqueSlug } from '../ingest/suggest/slug.ts';
import type { WorkspaceStory } from './story.ts';

/** An empty story, as "New story" makes it: no articles, no events, no title yet. */
export function newStory(id: string, updated: string): WorkspaceStory {
  return {
    id,
    updated,
    articles: [],
    articlesMeta: [],
    actors: [],
    places: [],
    events: [],
    story: {},
    drafts: [],
  };
}

/** A readable story id from `name` (a title or a file name), not among `taken`. */
export function storyIdFor(name: string, taken: Iterable<string>): string {
  return uniqueSlug(slugify(name.replace(/\.(zip|json)$/i, ''), 6), new Set(taken));
}
