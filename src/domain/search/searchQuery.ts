import type { Query } from 'minisearch';
import { foldForSearch } from '../view/format';
import { tokenize } from './searchOptions';

/**
 * What a search text asks of the index: MiniSearch queries for every word, its likely typos
 * and the other spellings of the actors and places it names.
 */

/** The longest spelling, in words, that a query is matched against. */
const MAX_SPELLING_WORDS = 4;

/**
 * One query word and its likely typos: MiniSearch's edit distance counts two letters swapped
 * ("Lavorv") as two edits, so each swap of neighbouring letters is also tried, as one typo.
 * Words too short for typo tolerance (under 4 letters) are taken as typed.
 */
function wordQuery(word: string): Query {
  const letters = Array.from(word);
  if (letters.length < 4) return word;
  const swaps = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] === letters[i + 1]) continue;
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [letters[i + 1] ?? '', letters[i] ?? ''];
    swaps.add(swapped.join(''));
  }
  return {
    combineWith: 'OR',
    queries: [word, { combineWith: 'OR', fuzzy: false, queries: [...swaps] }],
  };
}

/**
 * Another spelling of what was searched for: every word required, words under 3 letters
 * whole ("U.S." must not find every word starting with "u" and "s").
 */
function spellingQuery(words: readonly string[]): Query {
  const parts = words.map((w) =>
    Array.from(w).length < 3
      ? { combineWith: 'OR' as const, prefix: false, queries: [w] }
      : wordQuery(w),
  );
  return parts.length === 1 ? (parts[0] ?? '') : { combineWith: 'AND', queries: parts };
}

/**
 * The query for a search text: every word is required (AND); a run of words that spells an
 * actor or a place (any of its spellings, longest run first) matches any of its spellings.
 */
export function buildQuery(
  text: string,
  spellings: ReadonlyMap<string, readonly string[][]>,
): Query {
  const words = tokenize(text);
  const folded = words.map(foldForSearch);
  const parts: Query[] = [];
  for (let i = 0; i < words.length;) {
    let matched = false;
    for (let n = Math.min(MAX_SPELLING_WORDS, words.length - i); n >= 1 && !matched; n--) {
      const typed = folded.slice(i, i + n);
      const group = spellings.get(typed.join(' '));
      if (!group) continue;
      // A longer spelling holding every typed word ("Sergey Lavrov" for "Lavrov") finds
      // nothing more and would highlight words not asked for.
      const others = group.filter((spelling) => {
        const set = new Set(spelling.map(foldForSearch));
        return set.size === typed.length || !typed.every((w) => set.has(w));
      });
      parts.push({ combineWith: 'OR', queries: others.map(spellingQuery) });
      i += n;
      matched = true;
    }
    if (!matched) parts.push(wordQuery(words[i++] ?? ''));
  }
  return { combineWith: 'AND', queries: parts };
}

/** Each spelling (folded words joined by a space) to every spelling of its entity, as words. */
export function spellingMap(spellings: readonly (readonly string[])[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const names of spellings) {
    const group = names.map(tokenize).filter((w) => w.length > 0);
    for (const words of group) {
      const key = words.map(foldForSearch).join(' ');
      map.set(key, [...(map.get(key) ?? []), ...group]);
    }
  }
  return map;
}
