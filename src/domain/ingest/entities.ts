import type { Mention } from '../types.ts';

/**
 * Mention index over the gazetteer. No NLP library is needed: the gazetteer is closed (every
 * actor and place is curated) and data/README.md asks curators to list every spelling the
 * articles use as an alias, so exact, case-sensitive matching on word boundaries finds every
 * mention, deterministically, with exact offsets. A named-entity recogniser would add
 * guesses (and a model) without adding recall for names we already know.
 */

/** A gazetteer entry: one surface form (name or alias) of an actor or place. */
export interface Surface {
  text: string;
  entity: 'actor' | 'place';
  id: string;
}

/** An article's cleaned paragraphs, by article id. */
export interface ArticleParagraphs {
  id: string;
  paragraphs: readonly string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A surface form as a pattern in which straight and typographic apostrophes are the same. */
function surfacePattern(text: string): string {
  return escapeRegExp(text).replace(/['’]/g, "['’]");
}

/** Normalises apostrophes so "Ukraine's" and "Ukraine’s" name the same surface. */
function apostropheKey(text: string): string {
  return text.replace(/'/g, '’');
}

/**
 * Builds a matcher over all surfaces: one regular expression whose alternatives are sorted
 * longest first, so at any position the longest surface wins ("Sergey Lavrov" is one mention,
 * not "Sergey Lavrov" and "Lavrov"), with letter/digit boundaries on both sides (a possessive
 * "Lavrov’s" matches "Lavrov"; "Russians" does not match "Russian").
 */
export function buildMatcher(
  surfaces: readonly Surface[],
): (text: string) => Omit<Mention, 'article' | 'paragraph'>[] {
  const byKey = new Map<string, Surface>();
  for (const s of surfaces) {
    const key = apostropheKey(s.text);
    if (s.text !== '' && !byKey.has(key)) byKey.set(key, s);
  }
  const sorted = [...byKey.values()].sort(
    (a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text),
  );
  if (sorted.length === 0) return () => [];
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${sorted.map((s) => surfacePattern(s.text)).join('|')})(?![\\p{L}\\p{N}_])`,
    'gu',
  );
  return (text) =>
    [...text.matchAll(re)].flatMap((m) => {
      const s = byKey.get(apostropheKey(m[0]));
      return s ? [{ start: m.index, end: m.index + m[0].length, entity: s.entity, id: s.id }] : [];
    });
}

/** Every gazetteer mention in every paragraph, sorted by article id, paragraph, start. */
export function indexMentions(
  articles: readonly ArticleParagraphs[],
  surfaces: readonly Surface[],
): Mention[] {
  const match = buildMatcher(surfaces);
  const out: Mention[] = [];
  for (const a of articles) {
    a.paragraphs.forEach((text, paragraph) => {
      for (const m of match(text)) out.push({ article: a.id, paragraph, ...m });
    });
  }
  return out.sort(
    (x, y) =>
      (x.article < y.article ? -1 : x.article > y.article ? 1 : 0) ||
      x.paragraph - y.paragraph ||
      x.start - y.start,
  );
}

/** Surfaces that name more than one entity (ambiguous: the first listed wins). */
export function ambiguousSurfaces(surfaces: readonly Surface[]): { text: string; ids: string[] }[] {
  const byKey = new Map<string, Set<string>>();
  for (const s of surfaces) {
    const key = apostropheKey(s.text);
    const ids = byKey.get(key) ?? new Set<string>();
    ids.add(`${s.entity}:${s.id}`);
    byKey.set(key, ids);
  }
  return [...byKey]
    .filter(([, ids]) => ids.size > 1)
    .map(([text, ids]) => ({ text, ids: [...ids] }));
}
