import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../src/domain/ingest/problems.ts';
import { renderReview } from '../../src/domain/ingest/suggest/review.ts';
import {
  suggest,
  type NewArticleFile,
  type Suggestion,
} from '../../src/domain/ingest/suggest/suggest.ts';
import { readBytes, readJsonFile } from './readFiles.ts';

/** What a suggest run did. Nothing is written unless `ok`. */
export type SuggestRun =
  { ok: true; suggestion: Suggestion; written: string[] } | { ok: false; problems: Problem[] };

/** The files a run writes into its output folder. */
export const SUGGEST_OUTPUTS = ['articles.json', 'events.json', 'suggestions.json', 'review.md'];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * `npm run ingest -- --suggest <folder>`: reads the folder's *.txt files and, from `dataDir`,
 * the gazetteer (actors.json, places.json) and the ids in use (articles.json, events.json,
 * optional); writes draft `articles.json` and `events.json` (the data/
 * formats), `suggestions.json` (every candidate with its date/kind basis) and `review.md` into
 * `outDir`. `published` gives dates for files whose date cannot be inferred. Refuses to write inside `dataDir`. On any problem nothing is written; otherwise all
 * files are first written as temporaries, then renamed into place.
 */
export function runSuggest(
  folder: string,
  dataDir: string,
  outDir: string,
  published: Readonly<Record<string, string>> = {},
): SuggestRun {
  const shown = path.relative(process.cwd(), folder) || '.';
  const at = { file: shown, id: '(folder)' };
  if (!existsSync(folder)) {
    return { ok: false, problems: [{ ...at, field: '(path)', message: 'folder not found' }] };
  }
  if (!statSync(folder).isDirectory()) {
    return { ok: false, problems: [{ ...at, field: '(path)', message: 'not a folder' }] };
  }
  if (isInside(path.resolve(outDir), path.resolve(dataDir))) {
    const message = `--out ${outDir} is inside the data folder; suggestions never overwrite data/`;
    return { ok: false, problems: [{ file: outDir, id: '(folder)', field: '--out', message }] };
  }

  const problems: Problem[] = [];
  const files: NewArticleFile[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const read = readBytes(path.join(folder, file));
    if (read.ok) files.push({ file, bytes: read.value });
    else
      problems.push({
        file: `${shown}/${file}`,
        id: file,
        field: '(contents)',
        message: read.message,
      });
  }
  const data: Record<string, unknown> = {};
  for (const name of ['actors.json', 'places.json', 'articles.json', 'events.json', 'story.json']) {
    const file = path.join(dataDir, name);
    const label = path.relative(process.cwd(), file);
    // A new story's data folder may have no articles or events yet: only ids in use are read.
    if ((name === 'articles.json' || name === 'events.json') && !existsSync(file)) {
      data[name] = [];
      continue;
    }
    // story.json is optional: without it no day one dates the articles' day counts.
    if (name === 'story.json' && !existsSync(file)) continue;
    const read = readJsonFile(file);
    if (read.ok) data[name] = read.value;
    else problems.push({ file: label, id: '(file)', field: '(root)', message: read.message });
  }
  if (problems.length > 0) return { ok: false, problems };

  const result = suggest({
    folder: shown,
    files,
    actors: data['actors.json'],
    places: data['places.json'],
    articlesMeta: data['articles.json'],
    events: data['events.json'],
    story: data['story.json'],
    labels: {
      actors: path.relative(process.cwd(), path.join(dataDir, 'actors.json')),
      places: path.relative(process.cwd(), path.join(dataDir, 'places.json')),
    },
    published,
  });
  if (!result.ok) return result;

  const s = result.suggestion;
  const contents: Record<string, string> = {
    'articles.json': json(s.articlesJson),
    'events.json': json(s.eventsJson),
    'suggestions.json': json({
      articles: s.articles,
      candidates: s.candidates,
      skipped: s.skipped,
    }),
    'review.md': renderReview(s),
  };
  mkdirSync(outDir, { recursive: true });
  const tmp = (name: string) => path.join(outDir, `.${name}.${process.pid}.tmp`);
  try {
    for (const name of SUGGEST_OUTPUTS) writeFileSync(tmp(name), contents[name] ?? '');
    for (const name of SUGGEST_OUTPUTS) renameSync(tmp(name), path.join(outDir, name));
  } finally {
    for (const name of SUGGEST_OUTPUTS) rmSync(tmp(name), { force: true });
  }
  return { ok: true, suggestion: s, written: SUGGEST_OUTPUTS.map((n) => path.join(outDir, n)) };
}
