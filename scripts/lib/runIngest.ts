import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileDataset, type ArticleFile } from '../../src/domain/ingest/compile.ts';
import { FILES, type Problem, type Warning } from '../../src/domain/ingest/problems.ts';
import type { Dataset } from '../../src/domain/types.ts';
import { serializeDataset } from '../../src/domain/dataset/serialize.ts';
import { readBytes, readJsonFile } from './readFiles.ts';

/** What an ingest run did. Nothing is written unless `ok`. */
export type IngestRun =
  | { ok: true; dataset: Dataset; warnings: Warning[]; written: string }
  | { ok: false; problems: Problem[] };

function readJson(
  dataDir: string,
  name: string,
  label: string,
): { value: unknown } | { problem: Problem } {
  const read = readJsonFile(path.join(dataDir, name));
  if (read.ok) return { value: read.value };
  return { problem: { file: label, id: '(file)', field: '(root)', message: read.message } };
}

export { serializeDataset };

/**
 * Reads `dataDir` (articles/*.txt, articles.json, actors.json, places.json, events.json and,
 * when present, claims.json),
 * compiles, and on success writes `outPath` atomically (a temporary file in the same
 * directory, then a rename). On any problem it writes nothing and returns every problem.
 */
export function runIngest(dataDir: string, outPath: string): IngestRun {
  const problems: Problem[] = [];
  const articlesDir = path.join(dataDir, 'articles');
  const articleFiles: ArticleFile[] = [];
  for (const file of existsSync(articlesDir) ? readdirSync(articlesDir).sort() : []) {
    if (!file.endsWith('.txt')) continue;
    const read = readBytes(path.join(articlesDir, file));
    if (read.ok) articleFiles.push({ file, bytes: read.value });
    else
      problems.push({
        file: FILES.article(file),
        id: file,
        field: '(contents)',
        message: read.message,
      });
  }
  const json: Record<'articlesMeta' | 'actors' | 'places' | 'events', unknown> = {
    articlesMeta: [],
    actors: [],
    places: [],
    events: [],
  };
  for (const [key, name] of [
    ['articlesMeta', 'articles.json'],
    ['actors', 'actors.json'],
    ['places', 'places.json'],
    ['events', 'events.json'],
  ] as const) {
    const read = readJson(dataDir, name, FILES[key]);
    if ('problem' in read) problems.push(read.problem);
    else json[key] = read.value;
  }
  // claims.json is optional: a story without numeric claims has none.
  let claims: unknown;
  if (existsSync(path.join(dataDir, 'claims.json'))) {
    const read = readJson(dataDir, 'claims.json', FILES.claims);
    if ('problem' in read) problems.push(read.problem);
    else claims = read.value;
  }
  // story.json is optional too: without it the story has no title, no steps and no day one.
  let story: unknown;
  if (existsSync(path.join(dataDir, 'story.json'))) {
    const read = readJson(dataDir, 'story.json', FILES.story);
    if ('problem' in read) problems.push(read.problem);
    else story = read.value;
  }
  if (problems.length > 0) return { ok: false, problems };

  const result = compileDataset({ articleFiles, ...json, claims, story });
  if (!result.ok) return result;

  const tmp = path.join(path.dirname(outPath), `.${path.basename(outPath)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, serializeDataset(result.dataset));
    renameSync(tmp, outPath);
  } finally {
    rmSync(tmp, { force: true });
  }
  return { ok: true, dataset: result.dataset, warnings: result.warnings, written: outPath };
}
