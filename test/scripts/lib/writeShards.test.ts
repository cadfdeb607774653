import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/bench/synthetic/generate';
import { createDatasetWriter } from '../../../scripts/lib/datasetLines';
import { writeShards } from '../../../scripts/lib/writeShards';
import {
  eventKeys,
  idBucket,
  type ArticleShard,
  type IdBucket,
  type Shard,
} from '../../../src/domain/shards/format';
import type { Dataset } from '../../../src/domain/types';

const dir = mkdtempSync(path.join(tmpdir(), 'shards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeLines(dataset: Dataset, name: string): string {
  const out = path.join(dir, name);
  const writer = createDatasetWriter(out);
  for (const a of dataset.articles) writer.article(a);
  for (const e of dataset.events) writer.event(e);
  for (const m of dataset.mentions) writer.mention(m);
  writer.finish(dataset);
  return out;
}

const dataset = generateDataset({ events: 3_000, seed: 9 });
const file = writeLines(dataset, 'd.json');
const outDir = path.join(dir, 'out');
const result = writeShards(file, outDir, { targetBytes: 200_000, idsPerBucket: 500 });
if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
const { overview, folder } = result;
const read = <T>(name: string) => JSON.parse(readFileSync(path.join(outDir, name), 'utf8')) as T;
const shards = overview.shards.map((s) => read<Shard>(s.file));

describe('the shard writer', () => {
  it('cuts the events, in order, into shards of about the target size', () => {
    expect(shards.flatMap((s) => s.events)).toEqual(dataset.events);
    expect(shards.length).toBeGreaterThan(3);
    for (const [i, entry] of overview.shards.entries()) {
      expect(entry.events).toBe(shards[i]!.events.length);
      expect(entry.first).toBe(shards[i]!.events[0]!.date);
      expect(entry.last).toBe(shards[i]!.events.at(-1)!.date);
      if (i < shards.length - 1) expect(entry.bytes).toBeGreaterThan(200_000 * 0.8);
    }
  });

  it('says in each shard which articles it cites and in which article file each is', () => {
    const files = overview.articleShards.map((s) => read<ArticleShard>(s.file));
    expect(files.flatMap((f) => f.articles)).toEqual(dataset.articles);
    expect(files.flatMap((f) => f.mentions)).toEqual(dataset.mentions);
    for (const shard of shards) {
      const cited = new Set(shard.events.flatMap((e) => e.evidence.map((x) => x.article)));
      expect(new Set(shard.sources.map((s) => s.id))).toEqual(cited);
      for (const source of shard.sources) {
        const whole = files[source.shard]!.articles.find((a) => a.id === source.id);
        expect(whole?.title).toBe(source.title);
      }
    }
  });

  it('counts per key in total and per bucket, as counting the events says', () => {
    const totals: Record<string, number> = {};
    for (const e of dataset.events) for (const k of eventKeys(e)) totals[k] = (totals[k] ?? 0) + 1;
    expect(overview.totals).toEqual(totals);
    expect(overview.events).toBe(3_000);
    const published = dataset.articles.map((a) => a.published).sort();
    expect(overview.published).toEqual([published[0], published.at(-1)]);
    for (const level of overview.levels)
      for (const [key, series] of Object.entries(level.counts))
        expect(
          series.reduce((a, b) => a + b, 0),
          `${level.unit} ${key}`,
        ).toBe(totals[key]);
    const strikes = dataset.events.filter((e) => e.kind === 'strike' && e.date === overview.first);
    expect(overview.levels[0]!.counts['kind:strike']?.[0] ?? 0).toBe(strikes.length);
  });

  it('finds every event’s shard through the id index', () => {
    const buckets = new Map<number, IdBucket>();
    for (const [i, shard] of shards.entries()) {
      for (const e of shard.events) {
        const b = idBucket(e.id, overview.ids.buckets);
        if (!buckets.has(b)) buckets.set(b, read(overview.ids.file.replace('{bucket}', `${b}`)));
        expect(buckets.get(b)![e.id]).toBe(i);
      }
    }
    expect(overview.ids.buckets).toBe(6);
  });

  it('writes its folder under a name from the content, and only that', () => {
    expect(readdirSync(outDir)).toEqual([folder]);
    expect(folder).toMatch(/^sharded-[0-9a-f]{12}$/);
    const again = writeShards(file, path.join(dir, 'again'), { targetBytes: 200_000 });
    expect(again.ok && again.folder).toBe(folder);
  });

  it('refuses a bad dataset naming file, record and field, and writes nothing', () => {
    const bad = structuredClone(dataset);
    bad.events[40]!.evidence[0]!.quote = 'Not what the article says.';
    bad.events[41]!.id = bad.events[39]!.id;
    const badFile = writeLines(bad, 'bad.json');
    const out = path.join(dir, 'bad-out');
    const refused = writeShards(badFile, out, { targetBytes: 200_000 });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problems).toContainEqual(
      expect.objectContaining({
        file: badFile,
        id: bad.events[40]!.id,
        field: expect.stringMatching(/evidence\[0\]\.quote$/),
      }),
    );
    expect(refused.problems).toContainEqual(
      expect.objectContaining({
        id: bad.events[39]!.id,
        field: 'id',
        message: 'duplicate event id',
      }),
    );
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('refuses a dataset in another layout with the file and line', () => {
    const pretty = path.join(dir, 'pretty.json');
    writeFileSync(pretty, JSON.stringify(dataset, null, 1));
    expect(() => writeShards(pretty, path.join(dir, 'x'))).toThrow(/pretty\.json: line 1/);
  });
});
