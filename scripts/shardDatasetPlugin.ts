import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatProblems } from '../src/domain/dataset/validateDataset.ts';
import { SHARD_HINTS_META, type Overview } from '../src/domain/shards/format.ts';
import { writeShards } from './lib/writeShards.ts';

/**
 * Above this size the build splits the dataset into an overview and time shards that the app
 * loads on demand (src/domain/shards/README.md); at or below it the dataset stays one file,
 * fetched whole at start. 128 MiB is about 85,000 synthetic events: the 50,000-event dataset
 * (73 MB) is still one file.
 */
export const SHARD_THRESHOLD_BYTES = 128 * 2 ** 20;

/** Where split datasets are kept between builds (the split of 1M events takes minutes). */
const CACHE = path.resolve(process.env.SHARD_CACHE ?? '.cache/sharded');

export interface ShardedBuild {
  /** The overview file: what the app fetches first, in place of the dataset. */
  overview: string;
  plugin: Plugin;
}

/**
 * For a dataset above SHARD_THRESHOLD_BYTES: splits it (scripts/lib/writeShards.ts, which
 * validates every shard; a dataset already split is reused, keyed by its path, size and
 * modification time) and returns the overview and a plugin that puts the shards beside the
 * app in the build's output. Null for a smaller dataset. Throws with every problem found.
 */
export function shardedBuild(datasetPath: string): ShardedBuild | null {
  const stat = statSync(datasetPath, { throwIfNoEntry: false });
  if (!stat || stat.size <= SHARD_THRESHOLD_BYTES) return null;
  mkdirSync(CACHE, { recursive: true });
  const key = path.join(
    CACHE,
    `${path.basename(datasetPath)}-${stat.size}-${Math.floor(stat.mtimeMs)}.txt`,
  );
  let folder = existsSync(key) ? readFileSync(key, 'utf8') : '';
  if (!folder || !existsSync(path.join(CACHE, folder, 'overview.json'))) {
    const result = writeShards(datasetPath, CACHE);
    if (!result.ok)
      throw new Error(
        `dataset ${datasetPath} has ${result.problems.length} problem(s):\n${formatProblems(result.problems)}`,
      );
    folder = result.folder;
    writeFileSync(key, folder);
  }
  const source = path.join(CACHE, folder);
  const overview = path.join(source, 'overview.json');
  const { ids } = JSON.parse(readFileSync(overview, 'utf8')) as Overview;
  return {
    overview,
    plugin: {
      name: 'sourceline-sharded-dataset',
      apply: 'build',
      // Says where the shards are, so that the app reads a linked event's files before the
      // overview arrives (src/state/shardPrefetch.ts).
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { name: SHARD_HINTS_META, content: `${folder} ${ids.buckets}` },
          injectTo: 'head',
        },
      ],
      writeBundle(options) {
        const target = path.join(options.dir ?? 'dist', folder);
        for (const part of ['shards', 'articles', 'ids'])
          linkTree(path.join(source, part), path.join(target, part));
        this.info(`sharded dataset: ${folder} linked into the output`);
      },
    },
  };
}

/** Hard-links a folder's files into another (copies across file systems). */
function linkTree(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const [a, b] = [path.join(from, name), path.join(to, name)];
    try {
      linkSync(a, b);
    } catch {
      copyFileSync(a, b);
    }
  }
}
