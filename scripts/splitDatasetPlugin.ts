import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { assetUrlModule } from './lib/assetUrlModule.ts';
import { splitArticleTexts } from '../src/domain/dataset/articleText.ts';
import type { Dataset } from '../src/domain/types.ts';

/** The module that names the articles' text file's URL (src/dataset.d.ts declares it). */
const MODULE = 'virtual:dataset-text';

/** Where the build writes a dataset's two parts for Vite to emit, one folder per dataset content. */
const CACHE = path.resolve(process.env.DATASET_SPLIT_CACHE ?? '.cache/dataset-split');

/**
 * Below this many bytes of articles' text and mentions a dataset ships whole: a second request
 * and a render replacing the dataset after the first frame would cost more than the parse they
 * save (the 77-event corpus's text is 65 KB). `DATASET_SPLIT_MIN_BYTES` sets another (0 splits
 * every dataset, as test/e2e/articleText.spec.ts does to build one).
 */
export const SPLIT_MIN_TEXT_BYTES = Number(process.env.DATASET_SPLIT_MIN_BYTES ?? 256 * 1024);

/** A dataset's two files: what the app reads before its first frame, and what after it. */
export interface SplitFiles {
  /** The dataset without its articles' text and mentions, named as the dataset file is. */
  head: string;
  /** The articles' text and mentions (`ArticleTexts`), `<name>-text.json`. */
  texts: string;
}

/**
 * Splits a dataset file (`splitArticleTexts`) into `.cache/dataset-split/<sha-256 of the
 * file>/`: the head keeps the file's name (so the preload and precache rules that name it
 * still apply), the texts are `<name>-text.json`. Null when the texts are under `minTextBytes`
 * (the dataset ships whole), or when the file cannot be read as JSON: the build's validation
 * (validateDatasetPlugin) then reports why, naming file, record and field, before anything is
 * bundled.
 */
export function splitDatasetFile(
  datasetPath: string,
  cache: string = CACHE,
  minTextBytes: number = SPLIT_MIN_TEXT_BYTES,
): SplitFiles | null {
  let text: string;
  let dataset: Dataset;
  try {
    text = readFileSync(datasetPath, 'utf8');
    dataset = JSON.parse(text) as Dataset;
    if (!Array.isArray(dataset?.articles) || !Array.isArray(dataset?.mentions)) return null;
  } catch {
    return null;
  }
  const { head, texts } = splitArticleTexts(dataset);
  const textsJson = JSON.stringify(texts);
  if (Buffer.byteLength(textsJson) < minTextBytes) return null;
  const digest = createHash('sha256').update(text).digest('hex');
  const base = path.basename(datasetPath, '.json');
  const folder = path.join(cache, digest);
  mkdirSync(folder, { recursive: true });
  const files = {
    head: path.join(folder, `${base}.json`),
    texts: path.join(folder, `${base}-text.json`),
  };
  // Written whole, then renamed: a parallel build never reads half a file.
  for (const [file, json] of [
    [files.head, JSON.stringify(head)],
    [files.texts, textsJson],
  ] as const) {
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, json);
    renameSync(partial, file);
  }
  return files;
}

/**
 * `import url from 'virtual:dataset-text'` is, in a build of a dataset in one file, the URL of
 * its articles' text file (`split.texts`, emitted as a hashed asset and precached with the app),
 * read after the first frame (src/state/articleTextSync.ts); null on the dev server, in tests
 * and for a sharded dataset, whose dataset file is whole (or whose articles come in files of
 * their own).
 */
export function splitDatasetPlugin(split: SplitFiles | null): Plugin {
  return assetUrlModule('sourceline-dataset-text', MODULE, () => split?.texts ?? null);
}
