import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../scripts/bench/synthetic/generate';
import { createDatasetWriter } from '../../scripts/lib/datasetLines';
import { writeShards } from '../../scripts/lib/writeShards';
import type { Shard } from '../../src/domain/shards/format';
import { openSharded, type ReadJson } from '../../src/state/shardSync';
import { createAppStore } from '../../src/state/store';

const DAY = 86_400_000;
const dir = mkdtempSync(path.join(tmpdir(), 'shard-sync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dataset = generateDataset({ events: 3_000, seed: 4 });
const file = path.join(dir, 'd.json');
const writer = createDatasetWriter(file);
for (const a of dataset.articles) writer.article(a);
for (const e of dataset.events) writer.event(e);
for (const m of dataset.mentions) writer.mention(m);
writer.finish(dataset);
const result = writeShards(file, path.join(dir, 'out'), { targetBytes: 150_000 });
if (!result.ok) throw new Error('could not shard');
const { overview } = result;
const fromDisk = (name: string) =>
  JSON.parse(readFileSync(path.join(dir, 'out', name), 'utf8')) as unknown;
const shardEvents = (n: number) => (fromDisk(overview.shards[n]!.file) as Shard).events;

/** Reads files from the build's output; counts reads; fails the files asked to. */
function reader(failing: string[] = []) {
  const reads: string[] = [];
  const read: ReadJson = async (name) => {
    reads.push(name);
    if (failing.includes(name)) throw new Error('offline');
    return fromDisk(name);
  };
  return { reads, read };
}

const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('opening a sharded dataset', () => {
  it('has enough shards for these tests', () => {
    expect(overview.shards.length).toBeGreaterThanOrEqual(10);
  });

  it('reads the shard of a linked event first, through the id index', async () => {
    const event = shardEvents(6)[10]!;
    const { read, reads } = reader();
    const opened = await openSharded(overview, `#/event/${event.id}`, read);
    expect(ids(opened.dataset.events)).toEqual(ids(shardEvents(6)));
    expect(reads.filter((r) => r.includes('/shards/'))).toEqual([overview.shards[6]!.file]);
    const store = createAppStore(opened.dataset);
    opened.start(store);
    expect(store.getState().shards?.statuses).toEqual({ 6: 'loaded' });
  });

  it('opens on the first shard without a link and reads nothing more while fitted', async () => {
    const { read, reads } = reader();
    const opened = await openSharded(overview, '', read);
    const store = createAppStore(opened.dataset);
    opened.start(store);
    expect(ids(store.getState().dataset.events)).toEqual(ids(shardEvents(0)));
    expect(reads).toEqual([overview.shards[0]!.file]);
  });

  it('reads the window’s shards and their neighbours, then shows them all', async () => {
    const { read } = reader();
    const opened = await openSharded(overview, '', read);
    const store = createAppStore(opened.dataset);
    opened.start(store);
    const entry = overview.shards[4]!;
    const from = Date.parse(`${entry.last}T00:00:00Z`);
    store.getState().windowChanged([from + DAY / 4, from + DAY / 2]);
    const expected = [3, 4, 5].filter((n) => {
      const s = overview.shards[n]!;
      return s.first <= entry.last && s.last >= entry.last;
    });
    const wanted = new Set([0, ...expected, expected[0]! - 1, expected.at(-1)! + 1]);
    await vi.waitFor(() =>
      expect(
        Object.keys(store.getState().shards!.statuses)
          .map(Number)
          .sort((a, b) => a - b),
      ).toEqual([...wanted].sort((a, b) => a - b)),
    );
    await vi.waitFor(() =>
      expect(Object.values(store.getState().shards!.statuses).every((s) => s === 'loaded')).toBe(
        true,
      ),
    );
    // Shown once the window has been still a moment (never in the middle of a gesture).
    const shown = [...wanted].sort((a, b) => a - b).flatMap((n) => ids(shardEvents(n)));
    await vi.waitFor(() => expect(ids(store.getState().dataset.events)).toEqual(shown));
  });

  it('parses a shard asked for mid-gesture only once the window has been still', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const requested: string[] = [];
      const parsed: string[] = [];
      const read: ReadJson = async (name, ready) => {
        requested.push(name);
        if (ready) await ready();
        parsed.push(name);
        return fromDisk(name);
      };
      const opened = await openSharded(overview, '', read);
      const store = createAppStore(opened.dataset);
      opened.start(store);
      // A gesture: the window moves every 100 ms, never still for 250 ms.
      const from = Date.parse(`${overview.shards[4]!.first}T00:00:00Z`);
      for (let i = 0; i < 8; i++) {
        store.getState().windowChanged([from + i * 60_000, from + i * 60_000 + DAY / 8]);
        await vi.advanceTimersByTimeAsync(100);
      }
      expect(requested).toContain(overview.shards[4]!.file);
      expect(parsed).toEqual([overview.shards[0]!.file]);
      expect(store.getState().shards!.statuses[4]).toBe('loading');
      await vi.advanceTimersByTimeAsync(200);
      expect([...parsed].sort()).toEqual([...requested].sort());
      expect(store.getState().shards!.statuses[4]).toBe('loaded');
      await vi.advanceTimersByTimeAsync(60);
      expect(ids(store.getState().dataset.events)).toEqual(
        expect.arrayContaining(ids(shardEvents(4))),
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('marks a shard that does not arrive as failed and does not ask again', async () => {
    const { read, reads } = reader([overview.shards[2]!.file]);
    const opened = await openSharded(overview, '', read);
    const store = createAppStore(opened.dataset);
    opened.start(store);
    const first = Date.parse(`${overview.shards[1]!.first}T00:00:00Z`);
    store.getState().windowChanged([first, first + DAY / 8]);
    await vi.waitFor(() => expect(store.getState().shards!.statuses[2]).toBe('failed'));
    store.getState().windowChanged([first, first + DAY / 4]);
    await vi.waitFor(() =>
      expect(Object.values(store.getState().shards!.statuses)).not.toContain('loading'),
    );
    expect(reads.filter((r) => r === overview.shards[2]!.file)).toHaveLength(1);
  });

  it('reads an open source’s article file for its text', async () => {
    const { read } = reader();
    const opened = await openSharded(overview, '', read);
    const store = createAppStore(opened.dataset);
    opened.start(store);
    const article = store.getState().dataset.articles[0]!;
    expect(article.paragraphs).toEqual([]);
    store.getState().eventSelected(store.getState().dataset.events[0]!.id);
    store.getState().sourcesCompared([article.id]);
    await vi.waitFor(() =>
      expect(
        store.getState().dataset.articles.find((a) => a.id === article.id)?.paragraphs,
      ).toEqual(dataset.articles.find((a) => a.id === article.id)?.paragraphs),
    );
  });
});
