/**
 * Readable ids for draft records, in the slug form the schema requires
 * (`^[a-z0-9]+(?:-[a-z0-9]+)*$`): accents folded, apostrophes dropped, everything else a hyphen.
 */

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'as', 'and', 'for']);

/**
 * `text` as a slug of at most `maxWords` words ("Red Cross convoy turned back from Mariupol"
 * → "red-cross-convoy-turned-back-from"). Leading stop words are skipped; an empty result is
 * "untitled".
 */
export function slugify(text: string, maxWords = 6): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  while (words.length > 1 && STOP_WORDS.has(words[0] ?? '')) words.shift();
  const slug = words.slice(0, maxWords).join('-');
  return slug === '' ? 'untitled' : slug;
}

/** `base`, or `base-2`, `base-3` … : the first one not in `taken`, which it is then added to. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
