import type { Story } from '../types.ts';
import { FILES, type Problem } from './problems.ts';
import { storyInputSchema, type StoryInput } from './schema.ts';
import { parseWithSchema } from './validate.ts';

/**
 * data/story.json → the dataset's story. A step or a reference date is named as its record
 * (`steps[i]`, `referenceDates[i]`: they have no id of their own), so an editor finds it by
 * position and the message names its event.
 */

const LISTED_FIELD = /^(steps|referenceDates)\[(\d+)\](?:\.(.+))?$/;

/** Parses the file; a problem inside a step or a reference date names it as the record. */
export function parseStoryFile(
  input: unknown,
): { ok: true; value: StoryInput } | { ok: false; problems: Problem[] } {
  const parsed = parseWithSchema(FILES.story, storyInputSchema, input);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    problems: parsed.problems.map((p) => {
      const m = LISTED_FIELD.exec(p.field);
      return m ? { ...p, id: `${m[1]}[${m[2]}]`, field: m[3] ?? '(record)' } : p;
    }),
  };
}

/** Problems in the steps: an event the dataset does not have, an event told twice. */
export function checkStory(story: StoryInput, eventIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const firstAt = new Map<string, number>();
  (story.steps ?? []).forEach((step, i) => {
    const at = { file: FILES.story, id: `steps[${i}]`, field: 'event' };
    if (!eventIds.has(step.event)) {
      problems.push({ ...at, message: `unknown event "${step.event}"` });
      return;
    }
    const first = firstAt.get(step.event);
    if (first !== undefined) {
      problems.push({
        ...at,
        message: `event "${step.event}" is already step ${first + 1} (steps[${first}])`,
      });
    } else firstAt.set(step.event, i);
  });
  return problems;
}

/** The compiled story: no title is null, no steps is an empty list. */
export function compileStory(story: StoryInput | null): Story {
  return {
    title: story?.title ?? null,
    steps: (story?.steps ?? []).map((s) => ({ event: s.event, caption: s.caption })),
  };
}
