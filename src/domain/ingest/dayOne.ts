import type { IsoDate } from '../types.ts';
import { FILES, type Problem } from './problems.ts';
import type { StoryInput } from './schema.ts';

/**
 * The story's day one (data/story.json `referenceDates`, role `day-one`): the day its articles
 * count from. "Now in its 15th day", "entering its third week", "the invasion began two weeks
 * ago" and "after a month of fighting" date an article only against it, and a calendar date
 * written without a year ("on March 9") is read as the first such date on or after it. A story
 * without one dates its articles from every other clue, and says which phrases it could not read.
 */
export interface DayOne {
  /** How the text names what began that day, as readings print it ("the invasion"). */
  name: string;
  date: IsoDate;
  /** Words by which a sentence names it ("invasion", "war", "fighting"). */
  words: readonly string[];
}

/** The story's day one, or null when it names none. */
export function dayOneOf(story: StoryInput | null): DayOne | null {
  const found = story?.referenceDates?.find((r) => r.role === 'day-one');
  return found ? { name: found.name, date: found.date, words: found.words } : null;
}

/** Problems across reference dates: a name given twice, a role held twice. */
export function checkReferenceDates(story: StoryInput): Problem[] {
  const problems: Problem[] = [];
  const names = new Map<string, number>();
  const roles = new Map<string, number>();
  (story.referenceDates ?? []).forEach((r, i) => {
    const at = (field: string) => ({ file: FILES.story, id: `referenceDates[${i}]`, field });
    const sameName = names.get(r.name);
    if (sameName !== undefined) {
      problems.push({
        ...at('name'),
        message: `"${r.name}" is already referenceDates[${sameName}]`,
      });
    } else names.set(r.name, i);
    const sameRole = roles.get(r.role);
    if (sameRole !== undefined) {
      problems.push({
        ...at('role'),
        message: `a story has one ${r.role} date; referenceDates[${sameRole}] is already ${r.role}`,
      });
    } else roles.set(r.role, i);
  });
  return problems;
}
