import type { IngestInputs } from '../../../src/domain/ingest/compile.ts';
import type { WorkspaceStory } from '../../../src/domain/workspace/story.ts';

/** An empty workspace story. */
export function emptyStory(id = 'my-story'): WorkspaceStory {
  return {
    id,
    updated: '2026-01-01T00:00:00.000Z',
    articles: [],
    articlesMeta: [],
    actors: [],
    places: [],
    events: [],
    story: {},
    drafts: [],
  };
}

/** What `npm run ingest` would read from the story's data/ export (bytes and parsed JSON). */
export function ingestInputsOf(story: WorkspaceStory): IngestInputs {
  return {
    articleFiles: story.articles.map((a) => ({
      file: a.file,
      bytes: new TextEncoder().encode(a.text),
    })),
    articlesMeta: story.articlesMeta,
    actors: story.actors,
    places: story.places,
    events: story.events,
    story: story.story,
  };
}
