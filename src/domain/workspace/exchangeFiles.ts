import { FILES, type Problem } from '../ingest/problems.ts';

/** The zip's JSON files, as `data/` holds them, and the story's field each fills. */
export const JSON_FILES = {
  'articles.json': 'articlesMeta',
  'actors.json': 'actors',
  'places.json': 'places',
  'events.json': 'events',
  'story.json': 'story',
} as const;
export type JsonFile = keyof typeof JSON_FILES;

/** Beyond these a file is not an article or a story a person wrote. */
export const LIMITS = {
  /** The whole zip or dataset file. */
  fileBytes: 50 * 1024 * 1024,
  /** One article or JSON file inside a zip, unpacked. */
  entryBytes: 10 * 1024 * 1024,
  /** Files in a zip. */
  entries: 5000,
} as const;

/** A file as `data/` names it: `data/articles/<file>`, `data/events.json`. */
export function dataLabel(path: string): string {
  return path.startsWith('articles/')
    ? FILES.article(path.slice('articles/'.length))
    : `data/${path}`;
}

/** A problem with a whole file (its contents or its name). */
export function fileProblem(file: string, message: string, field = '(contents)'): Problem {
  return { file, id: '(file)', field, message };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 text, refusing binary (NUL bytes) and files too large to be text a person wrote. */
export function decodeText(
  file: string,
  bytes: Uint8Array,
  limit: number = LIMITS.entryBytes,
): { ok: true; text: string } | { ok: false; problem: Problem } {
  if (bytes.length > limit)
    return {
      ok: false,
      problem: fileProblem(file, `too large (${mib(bytes.length)}; at most ${mib(limit)})`),
    };
  if (bytes.includes(0))
    return {
      ok: false,
      problem: fileProblem(file, 'a binary file, not text (it holds NUL bytes)'),
    };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, problem: fileProblem(file, 'not valid UTF-8 text') };
  }
}

/** Parses JSON text, naming the file when it is not JSON. */
export function parseJson(
  file: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: fileProblem(file, `not valid JSON (${reason})`, '(root)') };
  }
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
