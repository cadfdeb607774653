import { EVENT_KINDS, type Actor, type DatasetEvent, type EventKind } from '../types';
import { kindLabel } from '../view/kinds';
import type { LaneMode } from '../view/viewState';

/** One horizontal band of the timeline. */
export interface Lane {
  /** Stable key: `kind:talks`, `actor:dmytro-kuleba` or `actor:*` (the "Other" lane). */
  key: string;
  label: string;
  /** Set in kind mode. */
  kind?: EventKind;
}

export interface LaneAssignment {
  lanes: Lane[];
  /** Lane index of each input event (same order as the input). */
  laneOf: number[];
}

export interface LaneOptions {
  /** Actor mode: at most this many actor lanes, the rest go to "Other". Default 8. */
  maxActors?: number;
  /** Actor mode: actors that get a lane first (the actor filter), in this order. */
  pinned?: readonly string[];
}

export const OTHER_LANE_KEY = 'actor:*';

/**
 * Puts every event in exactly one lane.
 *
 * Kind mode: one lane per kind present, in EVENT_KINDS order.
 *
 * Actor mode: an event with several actors is shown ONCE, never duplicated — duplicates would
 * break "arrow keys walk the events in time order", inflate what the eye counts, and multiply
 * the marks to draw at 50,000 events. Lanes are chosen greedily: pinned actors first, then
 * repeatedly the actor who appears in the most still-unplaced events (ties: name A→Z); each
 * takes all unplaced events it appears in. So the most frequent actor's lane holds all of its
 * events, and a later lane holds that actor's events not already shown higher up. After
 * `maxActors` lanes, what is left (including events with no actor) goes to "Other".
 */
export function assignLanes(
  events: readonly DatasetEvent[],
  mode: LaneMode,
  actors: readonly Actor[],
  { maxActors = 8, pinned = [] }: LaneOptions = {},
): LaneAssignment {
  if (mode === 'kind') {
    const present = new Set(events.map((e) => e.kind));
    const kinds = EVENT_KINDS.filter((k) => present.has(k));
    const index = new Map(kinds.map((k, i) => [k, i]));
    return {
      lanes: kinds.map((kind) => ({ key: `kind:${kind}`, label: kindLabel(kind), kind })),
      laneOf: events.map((e) => index.get(e.kind) ?? 0),
    };
  }

  const names = new Map(actors.map((a) => [a.id, a.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const laneOf: number[] = events.map(() => -1);
  const lanes: Lane[] = [];
  const take = (actor: string) => {
    let taken = 0;
    events.forEach((e, i) => {
      if (laneOf[i] === -1 && e.actors.includes(actor)) {
        laneOf[i] = lanes.length;
        taken++;
      }
    });
    if (taken > 0) lanes.push({ key: `actor:${actor}`, label: nameOf(actor) });
  };

  for (const actor of pinned) if (lanes.length < maxActors) take(actor);
  while (lanes.length < maxActors) {
    const counts = new Map<string, number>();
    events.forEach((e, i) => {
      if (laneOf[i] !== -1) return;
      for (const a of new Set(e.actors)) counts.set(a, (counts.get(a) ?? 0) + 1);
    });
    let best: string | null = null;
    let bestCount = 0;
    for (const [a, n] of counts) {
      if (n > bestCount || (n === bestCount && best !== null && nameOf(a) < nameOf(best))) {
        best = a;
        bestCount = n;
      }
    }
    if (best === null) break;
    take(best);
  }
  if (laneOf.includes(-1)) {
    const other = lanes.length;
    lanes.push({ key: OTHER_LANE_KEY, label: lanes.length > 0 ? 'Other actors' : 'No actor' });
    laneOf.forEach((l, i) => {
      if (l === -1) laneOf[i] = other;
    });
  }
  return { lanes, laneOf };
}
