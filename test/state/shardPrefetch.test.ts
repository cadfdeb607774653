import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/synthetic/generate';
import { createDatasetWriter } from '../../scripts/lib/datasetLines';
import { writeShards } from '../../scripts/lib/writeShards';
import { SHARD_HINTS_META, type Shard } from '../../src/domain/shards/format';
import { prefetchLink, readShardHints, type ShardHints } from '../../src/state/shardPrefetch';
import { openSharded, type ReadJson } from '../../src/state/shardSync';

const dir = mkdtempSync(path.join(tmpdir(), 'shard-prefetch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dataset = generateDataset({ events: 2_000, seed: 9 });
const file = path.join(dir, 'd.json');
const writer = createDatasetWriter(file);
for (const a of dataset.articles) writer.article(a);
for (const e of dataset.events) writer.event(e);
for (const m of dataset.mentions) writer.mention(m);
writer.finish(dataset);
const result = writeShards(file, path.join(dir, 'out'), {
  targetBytes: 150_000,
  idsPerBucket: 300,
});
if (!result.ok) throw new Error('could not shard');
const { overview, folder } = result;
const hints: ShardHints = { folder, buckets: overview.ids.buckets };
const fromDisk = (name: string) =>
  JSON.parse(readFileSync(path.join(dir, 'out', name), 'utf8')) as unknown;

/** Reads files from the build's output, after a turn of the event loop; logs each read. */
function reader(failing: string[] = []) {
  const reads: string[] = [];
  const read: ReadJson = async (name) => {
    reads.push(name);
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (failing.includes(name)) throw new Error('offline');
    return fromDisk(name);
  };
  return { reads, read };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 1));
};

describe('reading a linked event’s files before the overview', () => {
  it('has several shards and id buckets', () => {
    expect(overview.shards.length).toBeGreaterThanOrEqual(5);
    expect(overview.ids.buckets).toBeGreaterThanOrEqual(5);
  });

  it('reads the id bucket, then the shard, unasked; the loader then reads nothing again', async () => {
    // An event in each shard: the names the prefetch derives are the build's names.
    for (const [n, entry] of overview.shards.entries()) {
      const event = (fromDisk(entry.file) as Shard).events.at(-1)!;
      const hash = `#/event/${encodeURIComponent(event.id)}`;
      const { read, reads } = reader();
      const prefetched = prefetchLink(hints, hash, read);
      await until(() => reads.length === 2);
      expect(reads[1]).toBe(entry.file);
      const opened = await openSharded(overview, hash, prefetched);
      expect(opened.dataset.events.map((e) => e.id)).toContain(event.id);
      expect(reads).toHaveLength(2);
      expect(reads[0]).toMatch(new RegExp(`^${folder}/ids/\\d+\\.json$`));
      expect(n).toBe(overview.shards.findIndex((s) => s.file === reads[1]));
    }
  });

  it('hands each early read out once, then reads afresh', async () => {
    const event = dataset.events[5]!;
    const { read, reads } = reader();
    const prefetched = prefetchLink(hints, `#/event/${event.id}`, read);
    await until(() => reads.length === 2);
    await prefetched(reads[1]!);
    await prefetched(reads[1]!);
    expect(reads).toHaveLength(3);
  });

  it('reads nothing early for a link that is not to one event', async () => {
    for (const hash of ['', '#/', '#/?window=2022-01-01~2022-02-01', '#/event/']) {
      const { read, reads } = reader();
      prefetchLink(hints, hash, read);
      await new Promise((r) => setTimeout(r, 5));
      expect(reads).toEqual([]);
    }
  });

  it('reads no shard for an id the index does not have', async () => {
    const { read, reads } = reader();
    prefetchLink(hints, '#/event/no-such-event', read);
    await until(() => reads.length === 1);
    await new Promise((r) => setTimeout(r, 5));
    expect(reads).toHaveLength(1);
  });

  it('leaves a failed early read to the asker, and opens the first shard instead', async () => {
    const event = dataset.events[5]!;
    const hash = `#/event/${event.id}`;
    const { read: plain } = reader();
    const bucketFile = await (async () => {
      const { read, reads } = reader();
      prefetchLink(hints, hash, read);
      await until(() => reads.length === 1);
      return reads[0]!;
    })();
    const { read, reads } = reader([bucketFile]);
    const prefetched = prefetchLink(hints, hash, read);
    await new Promise((r) => setTimeout(r, 5));
    expect(reads).toEqual([bucketFile]);
    const opened = await openSharded(overview, hash, prefetched);
    const first = (await plain(overview.shards[0]!.file)) as Shard;
    expect(opened.dataset.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
  });
});

describe('the hints in index.html', () => {
  const doc = (content: string | null) => {
    const d = document.implementation.createHTMLDocument('t');
    if (content !== null) {
      const meta = d.createElement('meta');
      meta.name = SHARD_HINTS_META;
      meta.content = content;
      d.head.append(meta);
    }
    return d;
  };

  it('reads the folder and the number of id buckets', () => {
    expect(readShardHints(doc('sharded-0a1b2c 512'))).toEqual({
      folder: 'sharded-0a1b2c',
      buckets: 512,
    });
  });

  it('is null without the meta, or with one it cannot read', () => {
    for (const content of [null, '', 'sharded-0a1b 0', '../x 5', 'sharded-0a1b', 'sharded-zz 5'])
      expect(readShardHints(doc(content))).toBeNull();
  });
});
