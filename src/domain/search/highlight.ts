import { foldForSearch } from '../view/format';
import { WORD } from './searchOptions';

/** A piece of text, marked when it is a word the search matched. */
export interface TextRun {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into runs, marking the words whose folded form is one of `terms` (the index
 * terms a result matched). Plain text in, plain text out: the caller renders runs as spans.
 */
export function matchRuns(text: string, terms: readonly string[]): TextRun[] {
  const wanted = new Set(terms.map(foldForSearch));
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!wanted.has(foldForSearch(m[0]))) continue;
    if (m.index > last) runs.push({ text: text.slice(last, m.index), match: false });
    runs.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), match: false });
  return runs;
}

/** The offsets of the first matched word, or null (to point the source panel at it). */
export function firstMatch(text: string, terms: readonly string[]): [number, number] | null {
  let at = 0;
  for (const run of matchRuns(text, terms)) {
    if (run.match) return [at, at + run.text.length];
    at += run.text.length;
  }
  return null;
}

/**
 * A window of about `size` characters round the first match, cut at spaces, with "…" where
 * text was left out: long paragraphs show where they matched.
 */
export function excerptRuns(text: string, terms: readonly string[], size = 220): TextRun[] {
  if (text.length <= size) return matchRuns(text, terms);
  const hit = firstMatch(text, terms)?.[0] ?? 0;
  let start = Math.max(0, hit - Math.floor(size / 3));
  let end = Math.min(text.length, start + size);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const runs = matchRuns(text.slice(start, end), terms);
  if (start > 0) runs.unshift({ text: '…', match: false });
  if (end < text.length) runs.push({ text: '…', match: false });
  return runs;
}
