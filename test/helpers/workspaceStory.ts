import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { WorkspaceStory } from '../../src/domain/workspace/story';

/** The ingest's small fixture data dir (two articles, two events). */
export const INGEST_FIXTURE_DIR = path.resolve(__dirname, '../fixtures/ingest/data');

/** A data dir read into a workspace story, as if its files had been added in the browser. */
export function workspaceStoryFrom(
  dir: string = INGEST_FIXTURE_DIR,
  overrides: Partial<WorkspaceStory> = {},
): WorkspaceStory {
  const json = (name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  return {
    id: 'fixture-story',
    updated: '2026-01-01T00:00:00.000Z',
    articles: readdirSync(path.join(dir, 'articles'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((file) => ({
        file,
        text: readFileSync(path.join(dir, 'articles', file), 'utf8'),
        origin: file,
        format: 'txt' as const,
        removed: [],
      })),
    articlesMeta: json('articles.json'),
    actors: json('actors.json'),
    places: json('places.json'),
    events: json('events.json'),
    story: existsSync(path.join(dir, 'story.json')) ? json('story.json') : {},
    drafts: [],
    ...overrides,
  };
}

/** An empty story, as "New story" makes it. */
export function emptyWorkspaceStory(overrides: Partial<WorkspaceStory> = {}): WorkspaceStory {
  return {
    id: 'empty-story',
    updated: '2026-01-01T00:00:00.000Z',
    articles: [],
    articlesMeta: [],
    actors: [],
    places: [],
    events: [],
    story: {},
    drafts: [],
    ...overrides,
  };
}
