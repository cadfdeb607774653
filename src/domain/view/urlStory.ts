import { SLUG_ID } from '../ids';

/**
 * The story a link names. A workspace story's links carry it as a prefix of the path,
 * `#/s/<story-id>/event/<id>?…`; a link without the prefix is the bundled corpus's, unchanged.
 * The rest of the link is read and written as for the corpus (url.ts).
 */
export interface StoryHash {
  /** The story's id, or null for the bundled corpus. */
  story: string | null;
  /** The link without the prefix (`#/event/<id>?…`), always starting `#/`. */
  hash: string;
}

const PREFIX = /^#?\/*s\/([^/?]*)\/?/;

/**
 * Splits `#/s/<id>/rest` into the story's id and `#/rest`. Never throws: an id that is not a
 * slug is returned as written (no story on any device has it, so it is reported as missing).
 */
export function splitStoryHash(hash: string): StoryHash {
  const match = PREFIX.exec(hash);
  if (!match) return { story: null, hash };
  let story = match[1] ?? '';
  try {
    story = decodeURIComponent(story);
  } catch {
    // Kept as written.
  }
  return { story, hash: `#/${hash.slice(match[0].length)}` };
}

/** Puts the story's prefix on a corpus-style hash (`#/event/x` → `#/s/<id>/event/x`). */
export function withStory(hash: string, story: string | null): string {
  if (story === null) return hash;
  const rest = hash.replace(/^#?\/*/, '');
  return `#/s/${encodeURIComponent(story)}/${rest}`;
}

/** True when `id` can name a story in a link. */
export function isStoryId(id: string): boolean {
  return SLUG_ID.test(id);
}
