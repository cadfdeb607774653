import { shardDataset, type ArticleRecord } from '../domain/shards/assemble';
import {
  idBucketFile,
  idBucket,
  type ArticleShard,
  type IdBucket,
  type Overview,
  type Shard,
} from '../domain/shards/format';
import { planShards, shardsOverlapping, MAX_VISIBLE } from '../domain/shards/loader';
import type { Dataset } from '../domain/types';
import { linkedEventId, parseUrl } from '../domain/view/url';
import { readJsonFrom, ShardError, type ReadJson } from './shardPrefetch';
import type { AppStore } from './store';

export type { ReadJson } from './shardPrefetch';

/** How long the timeline's window must stay still before arrived shards are shown (ms). */
const QUIET_MS = 250;
/** Shards arriving within this long of each other, the window still, are shown together (ms). */
const BATCH_MS = 50;

export interface ShardedStart {
  /** The dataset to create the store with: the shards the link needs, already read. */
  dataset: Dataset;
  /** Keeps the store's dataset to the shards its view needs, from now on; returns a stop. */
  start: (store: AppStore) => () => void;
}

/**
 * Opens a sharded dataset for a link: reads the shard of the event it opens (through the id
 * index) or the shards of its window, or the first shard, before the first render; then, once
 * started, follows the store's view: the shards of the window with a neighbour each side
 * (src/domain/shards/loader.ts), the open event's shard kept, the article files of the open
 * sources; each arrival replaces the store's dataset with the loaded shards (`datasetReplaced`).
 */
export async function openSharded(
  overview: Overview,
  hash: string,
  read: ReadJson = readJsonFrom(document.baseURI),
): Promise<ShardedStart> {
  const shards = new Map<number, Shard>();
  const articleFiles = new Map<number, ArticleShard>();
  const readShard = async (n: number, ready?: () => Promise<void>) => {
    const entry = overview.shards[n];
    if (!entry) throw new ShardError(`no shard ${n}`);
    const shard = (await read(entry.file, ready)) as Shard;
    if (shard?.shard !== n || !Array.isArray(shard.events))
      throw new ShardError(`${entry.file}: not shard ${n}`);
    return shard;
  };
  const shardOfEvent = async (id: string): Promise<number | null> => {
    const bucket = idBucket(id, overview.ids.buckets);
    const ids = (await read(idBucketFile(overview, bucket))) as IdBucket;
    return Object.hasOwn(ids, id) ? (ids[id] ?? null) : null;
  };

  const empty = shardDataset(overview.head, []);
  const linked = linkedEventId(hash);
  const linkedWindow = parseUrl(hash, empty).view.window;
  const inWindow = linkedWindow ? shardsOverlapping(overview, linkedWindow) : [];
  const first =
    (linked !== null ? await shardOfEvent(linked).catch(() => null) : null) ??
    (inWindow.length > 0 && inWindow.length <= MAX_VISIBLE ? inWindow[0]! : 0);
  if (overview.shards.length > 0) shards.set(first, await readShard(first));

  const records = () => {
    const out = new Map<string, ArticleRecord>();
    for (const file of articleFiles.values()) {
      const byArticle = new Map<string, ArticleRecord>();
      for (const article of file.articles) byArticle.set(article.id, { article, mentions: [] });
      for (const m of file.mentions) byArticle.get(m.article)?.mentions.push(m);
      for (const [id, record] of byArticle) out.set(id, record);
    }
    return out;
  };
  const current = () => shardDataset(overview.head, [...shards.values()], records());

  return {
    dataset: current(),
    start: (store) => {
      const s = store.getState();
      s.shardsOpened(overview);
      for (const n of shards.keys()) {
        s.shardChanged(n, 'requested');
        s.shardChanged(n, 'arrived');
      }
      let stopped = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      /** When the timeline's window last changed (performance.now()). */
      let windowMoved = -Infinity;
      const stillIn = () => Math.max(0, windowMoved + QUIET_MS - performance.now());
      const publish = () => {
        clearTimeout(timer);
        timer = undefined;
        if (!stopped) store.getState().datasetReplaced(current());
      };
      // Shards arriving during a zoom or pan are shown once the window has been still for
      // QUIET_MS: replacing the dataset re-lays the timeline out, which no gesture frame affords.
      // Arrivals close together are shown together.
      const publishWhenStill = () => {
        clearTimeout(timer);
        timer = setTimeout(publish, Math.max(stillIn(), BATCH_MS));
      };
      // A shard's body is parsed (tens of ms for 3 MB) once the window is still, not mid-gesture.
      const whenStill = () =>
        new Promise<void>((resolve) => {
          const wait = () => (stillIn() > 0 ? setTimeout(wait, stillIn()) : resolve());
          wait();
        });
      // Marking a shard changes the store, whose listener calls sync again: such a call waits
      // for the running one to finish and then runs once, on the state it left.
      let syncing = false;
      let again = false;
      const sync = () => {
        if (syncing) {
          again = true;
          return;
        }
        syncing = true;
        try {
          do {
            again = false;
            syncOnce();
          } while (again);
        } finally {
          syncing = false;
        }
      };
      const syncOnce = () => {
        const { view, shards: shardView } = store.getState();
        if (stopped || !shardView) return;
        const open = view.event;
        const pinned = open
          ? [...shards].filter(([, sh]) => sh.events.some((e) => e.id === open)).map(([n]) => n)
          : [];
        const plan = planShards({
          overview,
          statuses: shardView.statuses,
          window: view.window,
          pinned,
        });
        for (const n of plan.evict) {
          store.getState().shardChanged(n, 'evicted');
          shards.delete(n);
        }
        if (plan.evict.length) publish();
        for (const n of plan.load) {
          store.getState().shardChanged(n, 'requested');
          readShard(n, whenStill).then(
            (shard) => {
              if (store.getState().shards?.statuses[n] !== 'loading') return;
              shards.set(n, shard);
              store.getState().shardChanged(n, 'arrived');
              publishWhenStill();
            },
            () => store.getState().shardChanged(n, 'failed'),
          );
        }
        // The article files of the open sources, for their text.
        const wantedFiles = new Set<number>();
        for (const id of view.reading) {
          for (const sh of shards.values()) {
            const meta = sh.sources.find((a) => a.id === id);
            if (meta && meta.shard >= 0 && !articleFiles.has(meta.shard))
              wantedFiles.add(meta.shard);
          }
        }
        for (const n of wantedFiles) {
          const entry = overview.articleShards[n];
          if (!entry) continue;
          articleFiles.set(n, { version: 1, shard: n, articles: [], mentions: [] });
          read(entry.file).then(
            (file) => {
              articleFiles.set(n, file as ArticleShard);
              publish();
            },
            () => articleFiles.delete(n),
          );
        }
      };
      // A link to an event not loaded, followed in the open page: urlSync has shown it missing;
      // its shard is read and the link opened again.
      const onHashChange = (e: HashChangeEvent) => {
        const newHash = new URL(e.newURL).hash;
        const id = linkedEventId(newHash);
        if (id === null || store.getState().dataset.events.some((x) => x.id === id)) return;
        void (async () => {
          const n = await shardOfEvent(id).catch(() => null);
          if (n === null || stopped) return;
          if (!shards.has(n)) {
            store.getState().shardChanged(n, 'requested');
            shards.set(n, await readShard(n));
            store.getState().shardChanged(n, 'arrived');
            publish();
          }
          store.getState().viewRestored(parseUrl(newHash, store.getState().dataset).view, null);
        })().catch(() => {});
      };
      window.addEventListener('hashchange', onHashChange);
      const unsubscribe = store.subscribe((state, previous) => {
        if (state.view.window !== previous.view.window) windowMoved = performance.now();
        if (timer !== undefined && state.view.window !== previous.view.window) publishWhenStill();
        if (
          state.view.window !== previous.view.window ||
          state.view.event !== previous.view.event ||
          state.view.reading !== previous.view.reading ||
          state.shards?.statuses !== previous.shards?.statuses
        )
          sync();
      });
      sync();
      return () => {
        stopped = true;
        clearTimeout(timer);
        unsubscribe();
        window.removeEventListener('hashchange', onHashChange);
      };
    },
  };
}
