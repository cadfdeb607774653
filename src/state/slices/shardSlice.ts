import type { Overview } from '../../domain/shards/format';
import { shardTransition, type ShardEvent, type ShardStatuses } from '../../domain/shards/loader';
import type { SliceCreator } from './slice';

/** A sharded dataset as the reader sees it: the overview, and where each shard is. */
export interface ShardView {
  overview: Overview;
  statuses: ShardStatuses;
}

export interface ShardSlice {
  /** The store shows a sharded dataset: its overview (no shard loaded yet). */
  shardsOpened: (overview: Overview) => void;
  /** Something happened to a shard's loading (src/domain/shards/loader.ts). */
  shardChanged: (n: number, event: ShardEvent) => void;
}

export const createShardSlice: SliceCreator<ShardSlice> = (set) => ({
  shardsOpened: (overview) => set({ shards: { overview, statuses: {} } }),
  shardChanged: (n, event) =>
    set((s) => {
      if (!s.shards) return {};
      const statuses = shardTransition(s.shards.statuses, n, event);
      return statuses === s.shards.statuses ? {} : { shards: { ...s.shards, statuses } };
    }),
});
