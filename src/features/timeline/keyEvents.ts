import type { Dataset } from '../../domain/types';

/**
 * The story's key events, labelled before any other mark. The story's steps name them; a
 * dataset without steps has none, and labels then go to the most-cited events first.
 */
export function keyEventIds(dataset: Dataset): ReadonlySet<string> {
  const story = dataset.story as { steps?: ReadonlyArray<{ event: string }> } | null | undefined;
  return new Set(story?.steps?.map((s) => s.event) ?? []);
}
