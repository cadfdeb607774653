import type { Dataset, StoryStep } from '../types.ts';

/**
 * The story's key events: those its editor tells in the guided story, in step order. Views
 * that name only a few events (the first screen's labels) start with these.
 */
export function keyEventIds(dataset: Pick<Dataset, 'story'>): ReadonlySet<string> {
  return new Set(dataset.story.steps.map((s) => s.event));
}

/** True when the dataset has a guided story to offer. */
export function hasStory(dataset: Pick<Dataset, 'story'>): boolean {
  return dataset.story.steps.length > 0;
}

/** The step at a 0-based index, or null outside the story. */
export function storyStep(dataset: Pick<Dataset, 'story'>, index: number): StoryStep | null {
  return Number.isInteger(index) ? (dataset.story.steps[index] ?? null) : null;
}
