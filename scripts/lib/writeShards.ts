/**
 * Splits a large dataset (written one record per line, scripts/lib/datasetLines.ts) into the
 * overview and time shards the app loads on demand (src/domain/shards/format.ts), in memory
 * that follows one shard plus the id index, not the dataset: a first pass notes where each
 * article and its mentions are in the file, a second streams the events, cuts a shard every
 * `targetBytes`, reads its articles back by position, validates it as a dataset of its own and
 * writes it. Every problem names the dataset file, the record id and the field; nothing is left
 * in `outDir` on failure.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  assembleShard,
  shardDataset,
  type ArticleRecord,
} from '../../src/domain/shards/assemble.ts';
import { createCounter } from '../../src/domain/shards/counts.ts';
import {
  SHARDED_VERSION,
  articleName,
  eventKeys,
  idBucket,
  idBucketName,
  shardName,
  type ArticleShard,
  type IdBucket,
  type Overview,
  type ShardEntry,
} from '../../src/domain/shards/format.ts';
import { validateDataset, type DatasetProblem } from '../../src/domain/dataset/validateDataset.ts';
import type { Article, DatasetEvent, Mention } from '../../src/domain/types.ts';
import { readAt, readDatasetLines } from './datasetLines.ts';

export interface ShardOptions {
  /** A shard is cut once its events, articles and mentions reach this many bytes. Default 3 MB. */
  targetBytes?: number;
  /** Ids per bucket of the id index (about). Default 2,000. */
  idsPerBucket?: number;
}

export type ShardResult =
  { ok: true; overview: Overview; folder: string } | { ok: false; problems: DatasetProblem[] };

type Span = [offset: number, bytes: number];

/**
 * Writes `<outDir>/<folder>/overview.json`, `shards/<n>.json` and `ids/<bucket>.json`, where
 * the folder is named after the dataset's content hash (a new dataset, new URLs, so a cached
 * shard is never stale). Returns the overview, or every problem found.
 */
export function writeShards(file: string, outDir: string, options: ShardOptions = {}): ShardResult {
  const targetBytes = options.targetBytes ?? 3_000_000;
  const idsPerBucket = options.idsPerBucket ?? 2_000;
  const problems: DatasetProblem[] = [];
  const problem = (id: string, field: string, message: string) =>
    problems.push({ file, id, field, message });

  // Pass 1: the fixed parts, where each article and each article's mentions are, the hash.
  const hash = createHash('sha256');
  const head: Overview['head'] = {
    story: { title: null, steps: [] },
    actors: [],
    places: [],
    quantities: [],
    claims: [],
  };
  const articleAt = new Map<string, Span>();
  const mentionsAt = new Map<string, Span[]>();
  let eventCount = 0;
  const published: string[] = [];
  for (const line of readDatasetLines(file)) {
    hash.update(line.json);
    if (line.kind === 'story') head.story = JSON.parse(line.json) as Overview['head']['story'];
    else if (line.collection === 'articles') {
      const article = JSON.parse(line.json) as Article;
      articleAt.set(article.id, [line.offset, line.bytes]);
      if (!(article.published >= published[0]!)) published[0] = article.published;
      if (!(article.published <= published[1]!)) published[1] = article.published;
    } else if (line.collection === 'mentions') {
      const article = (JSON.parse(line.json) as Mention).article;
      const runs = mentionsAt.get(article) ?? [];
      const last = runs[runs.length - 1];
      // Consecutive lines (",\n" apart) make one run, read back with a single read.
      if (last && last[0] + last[1] + 2 === line.offset) last[1] += 2 + line.bytes;
      else runs.push([line.offset, line.bytes]);
      mentionsAt.set(article, runs);
    } else if (line.collection === 'events') eventCount++;
    else (head[line.collection] as unknown[]).push(JSON.parse(line.json));
  }
  if (head.claims.length > 0)
    problem('claims', 'claims', 'numeric claims are not supported in a sharded dataset');

  const folder = `sharded-${hash.digest('hex').slice(0, 12)}`;
  const tmp = path.join(outDir, `${folder}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(path.join(tmp, 'shards'), { recursive: true });
  mkdirSync(path.join(tmp, 'ids'), { recursive: true });
  mkdirSync(path.join(tmp, 'articles'), { recursive: true });

  const fd = openSync(file, 'r');
  const buckets = Math.max(1, Math.ceil(eventCount / idsPerBucket));
  const idIndex: IdBucket[] = Array.from(
    { length: buckets },
    () => Object.create(null) as IdBucket,
  );
  const counter = createCounter();
  const shards: ShardEntry[] = [];
  let pending: DatasetEvent[] = [];
  let pendingBytes = 0;
  let previousDate = '';

  const readArticle = (id: string): ArticleRecord => {
    const span = articleAt.get(id);
    // A reference to no article: an empty one, so the validator names the bad reference.
    const article = span
      ? (JSON.parse(readAt(fd, span[0], span[1])) as Article)
      : ({ id, paragraphs: [], headings: [] } as unknown as Article);
    const mentions = (mentionsAt.get(id) ?? []).flatMap(([offset, bytes]) =>
      readAt(fd, offset, bytes)
        .split('\n')
        .map((text) => JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text) as Mention),
    );
    return { article, mentions };
  };

  // The article files: whole articles in the dataset's order, about `targetBytes` each.
  const articleShardOf = new Map<string, number>();
  const articleShards: Overview['articleShards'] = [];
  let batch: ArticleRecord[] = [];
  let batchBytes = 0;
  const cutArticles = () => {
    if (batch.length === 0) return;
    const n = articleShards.length;
    const shard: ArticleShard = {
      version: SHARDED_VERSION,
      shard: n,
      articles: batch.map((r) => r.article),
      mentions: batch.flatMap((r) => r.mentions),
    };
    const { articles, mentions } = shard;
    const result = validateDataset({ ...head, events: [], articles, mentions }, file);
    if (!result.ok) problems.push(...result.problems);
    const name = articleName(n);
    const text = JSON.stringify(shard);
    writeFileSync(path.join(tmp, name), text);
    articleShards.push({ file: `${folder}/${name}`, articles: batch.length, bytes: text.length });
    batch = [];
    batchBytes = 0;
  };

  let kept = new Map<string, Article>();
  const cut = () => {
    if (pending.length === 0) return;
    const n = shards.length;
    const fresh = new Map<string, Article>();
    const articleOf = (id: string) => {
      const article = kept.get(id) ?? readArticle(id).article;
      fresh.set(id, article);
      return article;
    };
    const shard = assembleShard(n, pending, articleOf, (id) => articleShardOf.get(id) ?? -1);
    kept = fresh; // the next shard often cites the same articles
    const whole = new Map([...fresh].map(([id, article]) => [id, { article, mentions: [] }]));
    const result = validateDataset(shardDataset(head, [shard], whole), file);
    if (!result.ok) problems.push(...result.problems);
    const text = JSON.stringify(shard);
    const name = shardName(n);
    writeFileSync(path.join(tmp, name), text);
    shards.push({
      file: `${folder}/${name}`,
      first: pending[0]!.date,
      last: pending[pending.length - 1]!.date,
      events: pending.length,
      bytes: text.length,
    });
    pending = [];
    pendingBytes = 0;
  };

  try {
    for (const [id, [, bytes]] of articleAt) {
      articleShardOf.set(id, articleShards.length);
      batch.push(readArticle(id));
      batchBytes += bytes;
      for (const [, run] of mentionsAt.get(id) ?? []) batchBytes += run;
      if (batchBytes >= targetBytes) cutArticles();
    }
    cutArticles();

    for (const line of readDatasetLines(file)) {
      if (line.kind !== 'record' || line.collection !== 'events') continue;
      const event = JSON.parse(line.json) as DatasetEvent;
      if (typeof event?.id !== 'string' || typeof event.date !== 'string') {
        problem(`events at byte ${line.offset}`, 'id', 'an event needs an id and a date');
        continue;
      }
      if (event.date < previousDate)
        problem(
          event.id,
          'date',
          `events are not sorted by date (${event.date} after ${previousDate})`,
        );
      previousDate = event.date;
      const bucket = idIndex[idBucket(event.id, buckets)]!;
      if (Object.hasOwn(bucket, event.id)) problem(event.id, 'id', 'duplicate event id');
      bucket[event.id] = shards.length;
      counter.add(event.date, eventKeys(event));
      pending.push(event);
      pendingBytes += line.bytes;
      if (pendingBytes >= targetBytes) cut();
    }
    cut();
  } finally {
    closeSync(fd);
  }

  head.story.steps.forEach((step, i) => {
    if (!Object.hasOwn(idIndex[idBucket(step.event, buckets)]!, step.event))
      problem(`story.steps[${i}]`, `story.steps[${i}].event`, `unknown event "${step.event}"`);
  });
  if (problems.length > 0) {
    rmSync(tmp, { recursive: true, force: true });
    return { ok: false, problems };
  }

  idIndex.forEach((ids, b) =>
    writeFileSync(path.join(tmp, 'ids', `${b}.json`), JSON.stringify(ids)),
  );
  const levels = counter.levels();
  const overview: Overview = {
    version: SHARDED_VERSION,
    head,
    events: eventCount,
    articles: articleAt.size,
    published,
    first: shards[0]?.first ?? '',
    last: shards[shards.length - 1]?.last ?? '',
    shards,
    articleShards,
    totals: counter.totals(),
    levels,
    ids: { buckets, file: `${folder}/${idBucketName}` },
  };
  writeFileSync(path.join(tmp, 'overview.json'), JSON.stringify(overview));
  const final = path.join(outDir, folder);
  rmSync(final, { recursive: true, force: true });
  renameSync(tmp, final);
  return { ok: true, overview, folder };
}
