import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { assetUrlModule } from './lib/assetUrlModule.ts';
import { searchDocuments } from '../src/domain/search/searchDocs.ts';
import { writePrebuiltIndex } from '../src/domain/search/prebuiltIndex.ts';
import type { Dataset } from '../src/domain/types.ts';

/** The module that names the prebuilt index's URL (src/dataset.d.ts declares it). */
const MODULE = 'virtual:search-index';

/** Where the build writes prebuilt indexes for Vite to emit, one folder per index content. */
const CACHE = path.resolve(process.env.SEARCH_INDEX_CACHE ?? '.cache/search-index');

/**
 * Writes the search index of a dataset file as the app's search worker reads it
 * (`writePrebuiltIndex`, with the options every index shares) to
 * `.cache/search-index/<sha-256 of the index>/search-index.json` and returns that path. Made
 * afresh at every build, so it always follows the dataset and the code that writes it; named
 * by its content, so parallel builds never write one file with different contents.
 */
export function writeSearchIndex(datasetPath: string, cache: string = CACHE): string {
  const dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as Dataset;
  const json = JSON.stringify(writePrebuiltIndex(searchDocuments(dataset)));
  const digest = createHash('sha256').update(json).digest('hex');
  const file = path.join(cache, digest, 'search-index.json');
  mkdirSync(path.dirname(file), { recursive: true });
  // Written whole, then renamed: a parallel build never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, json);
  renameSync(partial, file);
  return file;
}

/**
 * Ships the dataset's search index prebuilt: `import url from 'virtual:search-index'` is, in a
 * build, the URL of the index emitted as a hashed asset beside the dataset (so the search
 * worker reads it instead of indexing every document on the reader's device), and null on the
 * dev server, in tests, and for a sharded dataset (`datasetPath` null: no whole dataset to
 * index). The dataset was validated before any module loads (validateDatasetPlugin's
 * buildStart), so the index is made from a valid dataset only.
 */
export function searchIndexPlugin(datasetPath: string | null, cache: string = CACHE): Plugin {
  return assetUrlModule('sourceline-search-index', MODULE, () =>
    datasetPath === null ? null : writeSearchIndex(datasetPath, cache),
  );
}
