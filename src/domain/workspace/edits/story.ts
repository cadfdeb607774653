import type { StoryInput } from '../../ingest/schema.ts';
import type { WorkspaceStory } from '../story.ts';
import { EditRefused } from './refused.ts';

type ReferenceDate = NonNullable<StoryInput['referenceDates']>[number];

/** The story's title as the masthead names it; empty: none claimed. */
export function storyTitled(story: WorkspaceStory, title: string): WorkspaceStory {
  const { title: _old, ...rest } = story.story;
  const trimmed = title.trim();
  return { ...story, story: trimmed === '' ? rest : { ...rest, title: trimmed } };
}

/**
 * Sets the day the story's articles count from (story.json's `day-one` reference date: "now in
 * its 40th day" is day one plus 39 days), replacing any other; `words` are the words by which a
 * sentence names what began that day. Null removes it.
 */
export function dayOneSet(
  story: WorkspaceStory,
  dayOne: Omit<ReferenceDate, 'role'> | null,
): WorkspaceStory {
  const others = (story.story.referenceDates ?? []).filter((r) => r.role !== 'day-one');
  if (dayOne === null) {
    const { referenceDates: _old, ...rest } = story.story;
    return { ...story, story: others.length > 0 ? { ...rest, referenceDates: others } : rest };
  }
  const words = [...new Set(dayOne.words.map((w) => w.trim()).filter((w) => w !== ''))];
  if (dayOne.name.trim() === '')
    throw new EditRefused('day one', 'name', 'name what began that day');
  if (dayOne.basis.trim() === '') throw new EditRefused('day one', 'basis', 'say why this date');
  const entry: ReferenceDate = {
    name: dayOne.name.trim(),
    date: dayOne.date,
    role: 'day-one',
    words,
    basis: dayOne.basis.trim(),
  };
  return { ...story, story: { ...story.story, referenceDates: [entry, ...others] } };
}
