// Imports carry `.ts`: the build (scripts/shardDatasetPlugin.ts) loads this module.
import type { Article, Dataset, DatasetEvent, EventKind, Mention } from '../types.ts';

/**
 * A large dataset as a static host serves it: one small overview, read first, and time shards
 * read as the reader's window reaches them. Both are plain JSON (see README.md for why).
 */
export const SHARDED_VERSION = 1;

/** The unit of one level of the overview's counts. */
export type BucketUnit = 'day' | 'week' | 'month';

/**
 * Event counts per time bucket at one zoom level. Bucket 0 starts at `start` (a day for `day`
 * and `week`, a month's first day for `month`); `counts[key][i]` is how many events of `key`
 * fall in bucket i, for the keys `kind:<kind>`, `actor:<id>` and `place:<id>` (an actor or a
 * place in either role, each event counted once per key).
 */
export interface CountLevel {
  unit: BucketUnit;
  start: string;
  buckets: number;
  counts: Record<string, number[]>;
}

/** One time shard as the overview lists it. */
export interface ShardEntry {
  /** Path of the shard file, relative to the overview's `base`. */
  file: string;
  /** First and last event dates (adjacent shards may share a day). */
  first: string;
  last: string;
  events: number;
  bytes: number;
}

/** What the app reads first for a sharded dataset. */
export interface Overview {
  version: typeof SHARDED_VERSION;
  /** The dataset's parts that do not grow with its events. */
  head: Pick<Dataset, 'story' | 'actors' | 'places' | 'quantities' | 'claims'>;
  /** Totals over the whole dataset. */
  events: number;
  articles: number;
  /** The first and last publication dates of the articles ([] without articles). */
  published: string[];
  first: string;
  last: string;
  shards: ShardEntry[];
  /** The article files: whole articles with their mentions, read when a source is opened. */
  articleShards: { file: string; articles: number; bytes: number }[];
  /** Counts per key over the whole dataset (the filters' facet counts). */
  totals: Record<string, number>;
  /** The same counts per time bucket, coarsest level last. */
  levels: CountLevel[];
  /** Where an event id's shard is found: `ids/<bucket>.json`, bucket = idBucket(id, buckets). */
  ids: { buckets: number; file: string };
}

/** Positions (into the shard's `events`) of the events of each key, ascending. */
export type ShardIndex = Record<string, number[]>;

/** What a time shard says of an article it cites: all but its text, and its article file. */
export type SourceMeta = Omit<Article, 'paragraphs' | 'headings'> & { shard: number };

/**
 * One time shard: its events in date order (each with its verbatim quotes), what it says of
 * the articles they cite, and its facet index. The articles' text is in the article files:
 * an article cited across a fortnight of events would otherwise be copied into every shard.
 */
export interface Shard {
  version: typeof SHARDED_VERSION;
  shard: number;
  events: DatasetEvent[];
  sources: SourceMeta[];
  index: ShardIndex;
}

/** One article file: whole articles, in the dataset's order, with their mentions. */
export interface ArticleShard {
  version: typeof SHARDED_VERSION;
  shard: number;
  articles: Article[];
  mentions: Mention[];
}

/** The shard of each id in one bucket of the id index. */
export type IdBucket = Record<string, number>;

/** The keys an event counts under: its kind, and each actor and place in either role. */
export function eventKeys(event: DatasetEvent): string[] {
  const keys = [kindKey(event.kind)];
  for (const id of new Set([...event.actors, ...event.aboutActors])) keys.push(`actor:${id}`);
  for (const id of new Set([...event.places, ...event.aboutPlaces])) keys.push(`place:${id}`);
  return keys;
}

export const kindKey = (kind: EventKind) => `kind:${kind}`;

/**
 * The id index's bucket of an event id: 32-bit FNV-1a of its UTF-16 code units, modulo the
 * number of buckets (the build and the app compute it the same way).
 */
export function idBucket(id: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

/**
 * The `<meta>` a sharded build adds to index.html: `content="<folder> <id buckets>"`, so that
 * the app can read a linked event's files before the overview arrives.
 */
export const SHARD_HINTS_META = 'sourceline-shards';

/**
 * The files of a sharded dataset, relative to its folder (`sharded-<hash>`): time shard n,
 * article file n, and the id index's pattern (`{bucket}` stands for the bucket). The build
 * names them so, and a link's files are read by these names before the overview arrives.
 */
export const shardName = (n: number) => `shards/${String(n).padStart(5, '0')}.json`;
export const articleName = (n: number) => `articles/${String(n).padStart(5, '0')}.json`;
export const idBucketName = 'ids/{bucket}.json';

/** The file of an id bucket, from the overview's pattern (or `{folder}/${idBucketName}`). */
export const idBucketFile = (overview: Pick<Overview, 'ids'>, bucket: number) =>
  overview.ids.file.replace('{bucket}', String(bucket));

/** True for the overview of a sharded dataset (what the build ships in place of a large dataset). */
export function isOverview(value: unknown): value is Overview {
  const v = value as Partial<Overview> | null;
  return (
    typeof v === 'object' && v !== null && Array.isArray(v.shards) && typeof v.head === 'object'
  );
}
