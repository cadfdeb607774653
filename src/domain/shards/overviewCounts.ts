import type { Filters } from '../view/viewState';
import type { CountLevel, Overview } from './format';

/** One bar of the overview: a bucket's events (for the filters), and whether that is exact. */
export interface OverviewBar {
  index: number;
  count: number;
  /** False when the filters combine keys the counts cannot (then `count` is an upper bound). */
  exact: boolean;
}

/** The finest level with at most `maxBars` buckets (the coarsest when none is that coarse). */
export function overviewLevel(overview: Overview, maxBars: number): CountLevel | null {
  return (
    overview.levels.find((l) => l.buckets <= maxBars) ??
    overview.levels[overview.levels.length - 1] ??
    null
  );
}

/**
 * Events per bucket under the filters, from the pre-aggregated counts. Kinds are exclusive (an
 * event has one), so kinds sum exactly; one actor or one place is exact; several actors (or
 * places) may share an event, so their sum, and any AND of facets (the smallest facet's count),
 * is an upper bound. No facet filter: every event. Date limits are the window's business.
 */
export function overviewBars(level: CountLevel, filters: Filters): OverviewBar[] {
  const facets: { keys: string[]; exact: boolean }[] = [];
  if (filters.kinds.length)
    facets.push({ keys: filters.kinds.map((k) => `kind:${k}`), exact: true });
  if (filters.actors.length)
    facets.push({
      keys: filters.actors.map((a) => `actor:${a}`),
      exact: filters.actors.length === 1,
    });
  if (filters.places.length)
    facets.push({
      keys: filters.places.map((p) => `place:${p}`),
      exact: filters.places.length === 1,
    });
  const sum = (keys: string[], i: number) =>
    keys.reduce((total, key) => total + (level.counts[key]?.[i] ?? 0), 0);
  const all = Object.keys(level.counts).filter((k) => k.startsWith('kind:'));
  const exact = facets.length <= 1 && facets.every((f) => f.exact);
  // Role filters narrow within a facet: the counts hold either role, so they are an upper bound.
  const roles =
    filters.actorRole !== null || filters.placeRole !== null || filters.sources.length > 0;
  return Array.from({ length: level.buckets }, (_, index) => ({
    index,
    count: facets.length ? Math.min(...facets.map((f) => sum(f.keys, index))) : sum(all, index),
    exact: exact && !roles,
  }));
}
