/** One thing wrong with the curated inputs, located so that an editor can fix it. */
export interface Problem {
  /** The input file, relative to the repository: `data/events.json`, `data/articles/000_….txt`. */
  file: string;
  /** The record's id (or `events[3]` when the record has no usable id). */
  id: string;
  /** The field inside the record, e.g. `evidence[1].quote`. */
  field: string;
  message: string;
}

/**
 * A non-fatal finding (the dataset is still written): a date mismatch, an ambiguous alias, a
 * verdict word in an event's own words, an unpaired direction control.
 */
export interface Warning extends Problem {
  kind: 'date-mismatch' | 'ambiguous-alias' | 'override-differs' | 'verdict-word' | 'bidi-control';
}

/** Labels of the curated inputs, as problems name them. */
export const FILES = {
  articlesMeta: 'data/articles.json',
  actors: 'data/actors.json',
  places: 'data/places.json',
  events: 'data/events.json',
  claims: 'data/claims.json',
  story: 'data/story.json',
  article: (file: string) => `data/articles/${file}`,
} as const;

function noun(file: string): string {
  if (file.endsWith('events.json')) return 'event';
  if (file.endsWith('actors.json')) return 'actor';
  if (file.endsWith('places.json')) return 'place';
  if (file.endsWith('articles.json')) return 'article';
  if (file.endsWith('claims.json')) return 'record'; // a quantity or a claim
  if (file.endsWith('story.json')) return 'record'; // the file itself or one of its steps
  return 'file';
}

/**
 * One line per problem:
 * `data/events.json: event "antalya-talks" field evidence[1].quote: quote not found …`.
 */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${noun(p.file)} "${p.id}" field ${p.field}: ${p.message}`;
}

/** A zod issue path written as a field: `evidence[1].quote`. */
export function pathToField(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(record)';
}
