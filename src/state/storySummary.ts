import type { WorkspaceStory } from '../domain/workspace/story';

/** A story as the list of stories shows it, without its texts. */
export interface StorySummary {
  id: string;
  title: string | null;
  updated: string;
  articles: number;
  events: number;
}

/** The list's line for `story`. */
export function summaryOf(story: WorkspaceStory): StorySummary {
  return {
    id: story.id,
    title: story.story.title ?? null,
    updated: story.updated,
    articles: story.articles.length,
    events: story.events.length,
  };
}
