// Imports carry `.ts`: the build (scripts/shardDatasetPlugin.ts) loads this module.
import type { DatasetEvent } from '../types.ts';
import { eventKeys, type ShardIndex } from './format.ts';

/**
 * A shard's facet index: for each key (`kind:…`, `actor:…`, `place:…`, and `source:<article>`
 * for the articles that cite it) the positions of its events, ascending, so a filter reads the
 * matching events of a shard without scanning it.
 */
export function buildShardIndex(events: readonly DatasetEvent[]): ShardIndex {
  const index: ShardIndex = {};
  events.forEach((event, i) => {
    const keys = eventKeys(event);
    for (const article of new Set(event.evidence.map((e) => e.article)))
      keys.push(`source:${article}`);
    for (const key of keys) (index[key] ??= []).push(i);
  });
  return index;
}

/**
 * Positions of a shard's events that match every facet given (AND across facets, OR within
 * one), read from its index. A facet with no keys does not narrow; no facets: every event.
 */
export function matchShard(
  index: ShardIndex,
  size: number,
  facets: readonly (readonly string[])[],
): number[] {
  const sets: Set<number>[] = [];
  for (const keys of facets) {
    if (keys.length === 0) continue;
    const any = new Set<number>();
    for (const key of keys) for (const i of index[key] ?? []) any.add(i);
    sets.push(any);
  }
  if (sets.length === 0) return Array.from({ length: size }, (_, i) => i);
  const [first, ...rest] = sets.sort((a, b) => a.size - b.size);
  return [...first!].filter((i) => rest.every((s) => s.has(i))).sort((a, b) => a - b);
}
