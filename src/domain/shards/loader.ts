import { DAY_MS } from '../calendar';
import type { Overview, ShardEntry } from './format';

/** Where one shard is: being read, read, or failed to arrive (absent: not loaded). */
export type ShardStatus = 'loading' | 'loaded' | 'failed';
export type ShardStatuses = Readonly<Record<number, ShardStatus>>;

/** What happened to a shard: asked for, arrived, failed, released, asked for again. */
export type ShardEvent = 'requested' | 'arrived' | 'failed' | 'evicted' | 'retried';

/** More shards than this in the window: the overview's counts are drawn, no shard is read. */
export const MAX_VISIBLE = 6;
/** At most this many shards are kept (about 3 MB of JSON each). */
export const MAX_LOADED = 12;

const NEXT: Record<ShardEvent, Partial<Record<ShardStatus | 'absent', ShardStatus | 'absent'>>> = {
  requested: { absent: 'loading' },
  arrived: { loading: 'loaded' },
  failed: { loading: 'failed' },
  // A shard still loading can be dropped too: its late answer is then ignored (arrived needs loading).
  evicted: { loaded: 'absent', loading: 'absent' },
  retried: { failed: 'loading' },
};

/**
 * The loader's state machine: the statuses after `event` happened to shard `n`. An event that
 * does not apply (a shard arriving that was evicted meanwhile, a second request) changes
 * nothing and returns the same object.
 */
export function shardTransition(
  statuses: ShardStatuses,
  n: number,
  event: ShardEvent,
): ShardStatuses {
  const next = NEXT[event][statuses[n] ?? 'absent'];
  if (next === undefined) return statuses;
  const copy = { ...statuses };
  if (next === 'absent') delete copy[n];
  else copy[n] = next;
  return copy;
}

/** Each shard's span in UTC ms: its first day's start and its last day's end (`ends`). */
interface Spans {
  starts: Float64Array;
  ends: Float64Array;
}
const spansOf = new WeakMap<readonly ShardEntry[], Spans>();

function spans(shards: readonly ShardEntry[]): Spans {
  let known = spansOf.get(shards);
  if (!known) {
    known = { starts: new Float64Array(shards.length), ends: new Float64Array(shards.length) };
    shards.forEach((s, i) => {
      known!.starts[i] = Date.parse(`${s.first}T00:00:00Z`);
      known!.ends[i] = Date.parse(`${s.last}T00:00:00Z`) + DAY_MS;
    });
    spansOf.set(shards, known);
  }
  return known;
}

/**
 * The shards whose dates meet a time window (UTC ms, end exclusive), in order. Shards are in
 * date order (their first and last days never decrease), so the first one ending after `from`
 * is found by bisection and the run stops at the first one starting at or after `to`. Their
 * spans are computed once per shard list.
 */
export function shardsOverlapping(
  overview: Pick<Overview, 'shards'>,
  [from, to]: readonly [number, number],
): number[] {
  const { starts, ends } = spans(overview.shards);
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! > from) hi = mid;
    else lo = mid + 1;
  }
  const out: number[] = [];
  for (let i = lo; i < starts.length && starts[i]! < to; i++) out.push(i);
  return out;
}

export interface PlanInput {
  overview: Pick<Overview, 'shards'>;
  statuses: ShardStatuses;
  /** The timeline's window, or null (fitted to what is loaded: nothing more is read). */
  window: readonly [number, number] | null;
  /** Shards that must stay (the open event's), first in line. */
  pinned: readonly number[];
}

/**
 * What to read and what to release: the shards in the window when there are at most
 * MAX_VISIBLE of them, with one neighbour each side read ahead, and the pinned ones; past
 * MAX_LOADED, the loaded shards farthest from the window are released (never a wanted one).
 * A failed shard is not read again until retried.
 */
export function planShards({ overview, statuses, window, pinned }: PlanInput): {
  wanted: number[];
  load: number[];
  evict: number[];
} {
  const visible = window ? shardsOverlapping(overview, window) : [];
  const wanted = new Set(pinned);
  if (visible.length > 0 && visible.length <= MAX_VISIBLE) {
    const [lo, hi] = [visible[0]!, visible[visible.length - 1]!];
    for (let n = Math.max(0, lo - 1); n <= Math.min(overview.shards.length - 1, hi + 1); n++)
      wanted.add(n);
  }
  const load = [...wanted].filter((n) => statuses[n] === undefined);
  const held = Object.keys(statuses).map(Number);
  const centre = visible.length ? (visible[0]! + visible[visible.length - 1]!) / 2 : 0;
  const spare = held
    .filter((n) => !wanted.has(n) && statuses[n] !== 'failed')
    .sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
  const over = held.length + load.length - MAX_LOADED;
  return { wanted: [...wanted], load, evict: over > 0 ? spare.slice(0, over) : [] };
}
