import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { IngestInputs } from '../../../src/domain/ingest/compile.ts';

/** The small fixture data dir (two articles, two actors, four places, two events). */
export const FIXTURE_DIR = path.resolve(__dirname, '../../fixtures/ingest/data');

/** The repository's real data dir. */
export const DATA_DIR = path.resolve(__dirname, '../../../data');

/** Reads a data dir into compile inputs (a fresh copy each call, safe to mutate). */
export function loadInputs(dir: string = FIXTURE_DIR): IngestInputs & {
  articleFiles: { file: string; bytes: Uint8Array }[];
  articlesMeta: Record<string, unknown>[];
  actors: Record<string, unknown>[];
  places: Record<string, unknown>[];
  events: Record<string, unknown>[];
} {
  const json = (name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  return {
    articleFiles: readdirSync(path.join(dir, 'articles'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((file) => ({
        file,
        bytes: new Uint8Array(readFileSync(path.join(dir, 'articles', file))),
      })),
    articlesMeta: json('articles.json'),
    actors: json('actors.json'),
    places: json('places.json'),
    events: json('events.json'),
    // Optional, as in runIngest: a data dir without claims.json has no claims.
    ...(existsSync(path.join(dir, 'claims.json')) ? { claims: json('claims.json') } : {}),
    ...(existsSync(path.join(dir, 'story.json')) ? { story: json('story.json') } : {}),
  };
}

/** The raw text of one of the real articles, by file-name prefix ("000"). */
export function realArticle(prefix: string): string {
  const dir = path.join(DATA_DIR, 'articles');
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no article ${prefix}`);
  return readFileSync(path.join(dir, file), 'utf8');
}
