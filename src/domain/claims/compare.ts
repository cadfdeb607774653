import type { Claim, Dataset, IsoDate, Quantity } from '../types.ts';

/**
 * Comparing the figures sources give for one quantity: which claims an event has, how they line
 * up by the day they refer to, and where they disagree. Pure; the event detail renders the result.
 */

/** The range of values a claim allows; `open` ends exclude the bound ("more than 5,000"). */
export interface ClaimInterval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** Where the figures for one quantity disagree. */
export type ClaimDifference =
  | {
      /** Two or more claims for the same day whose values cannot both be true. */
      kind: 'same-day';
      date: IsoDate;
      claims: Claim[];
    }
  | {
      /** A running total reported lower on a later day than an earlier claim allows. */
      kind: 'decrease';
      from: Claim;
      to: Claim;
    };

/** Every claim of one quantity, in date order, and what a reader should notice about them. */
export interface QuantityComparison {
  quantity: Quantity;
  /** All claims of the quantity in the dataset, by date, then value, then id. */
  claims: Claim[];
  /** Distinct articles and distinct days among the claims. */
  sources: number;
  days: number;
  /** Worth a chart: more than one source or more than one day. */
  chartable: boolean;
  /** Every pair of claims allows a common value (so, with several sources, they agree). */
  consistent: boolean;
  differences: ClaimDifference[];
}

/** The values a claim allows, from its qualifier ("at least 1,700" is [1700, ∞)). */
export function claimInterval(c: Pick<Claim, 'value' | 'max' | 'qualifier'>): ClaimInterval {
  const exact = { lo: c.value, hi: c.max ?? c.value, loOpen: false, hiOpen: false };
  switch (c.qualifier) {
    case 'at-least':
      return { ...exact, hi: Infinity };
    case 'more-than':
      return { ...exact, hi: Infinity, loOpen: true };
    case 'at-most':
      return { ...exact, lo: -Infinity };
    case 'less-than':
      return { ...exact, lo: -Infinity, hiOpen: true };
    case 'about':
      // "About 3,000" allows some slack; a tenth either way is a reader's tolerance, not a rule.
      return { ...exact, lo: c.value * 0.9, hi: (c.max ?? c.value) * 1.1 };
    default:
      return exact;
  }
}

/** True when some value satisfies both intervals. */
export function intervalsOverlap(a: ClaimInterval, b: ClaimInterval): boolean {
  // The intersection runs from the higher lower end to the lower upper end; an end shared by
  // both keeps its openness if either interval excludes it.
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo < hi) return true;
  if (lo > hi) return false;
  const loOpen = (a.lo === lo && a.loOpen) || (b.lo === lo && b.loOpen);
  const hiOpen = (a.hi === hi && a.hiOpen) || (b.hi === hi && b.hiOpen);
  return !loOpen && !hiOpen;
}

/** True when claim `b` is below every value claim `a` allows. */
function entirelyBelow(b: ClaimInterval, a: ClaimInterval): boolean {
  return b.hi < a.lo || (b.hi === a.lo && (b.hiOpen || a.loOpen));
}

function byDateValueId(a: Claim, b: Claim): number {
  return (
    a.refersTo.date.localeCompare(b.refersTo.date) ||
    a.value - b.value ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Differences among the claims of one quantity: same-day claims that cannot all be true, and,
 * for a running total, a later claim below what an earlier one allows (each later claim is
 * compared with the earlier claim of the highest lower bound).
 */
export function findDifferences(quantity: Quantity, claims: readonly Claim[]): ClaimDifference[] {
  const sorted = [...claims].sort(byDateValueId);
  const differences: ClaimDifference[] = [];
  const byDate = new Map<IsoDate, Claim[]>();
  for (const c of sorted) byDate.set(c.refersTo.date, [...(byDate.get(c.refersTo.date) ?? []), c]);
  for (const [date, group] of byDate) {
    const intervals = group.map(claimInterval);
    const clash = intervals.some((a, i) =>
      intervals.some((b, j) => j > i && !intervalsOverlap(a, b)),
    );
    if (clash) differences.push({ kind: 'same-day', date, claims: group });
  }
  if (quantity.cumulative) {
    for (const to of sorted) {
      const earlier = sorted.filter((c) => c.refersTo.date < to.refersTo.date);
      const highest = earlier.reduce<Claim | null>(
        (best, c) => (best === null || claimInterval(c).lo > claimInterval(best).lo ? c : best),
        null,
      );
      if (highest && entirelyBelow(claimInterval(to), claimInterval(highest)))
        differences.push({ kind: 'decrease', from: highest, to });
    }
  }
  return differences;
}

/** Compares every claim of `quantity` in `claims`. */
export function compareQuantity(quantity: Quantity, claims: readonly Claim[]): QuantityComparison {
  const own = claims.filter((c) => c.quantity === quantity.id).sort(byDateValueId);
  const sources = new Set(own.map((c) => c.evidence.article)).size;
  const days = new Set(own.map((c) => c.refersTo.date)).size;
  const intervals = own.map(claimInterval);
  const consistent = intervals.every((a, i) =>
    intervals.every((b, j) => j <= i || intervalsOverlap(a, b)),
  );
  return {
    quantity,
    claims: own,
    sources,
    days,
    chartable: sources > 1 || days > 1,
    consistent,
    differences: findDifferences(quantity, own),
  };
}

/**
 * The quantities an event's claims measure (in the order its claims are listed), each compared
 * across the whole dataset, so that the Mariupol toll reported by one event is shown against
 * the figures other sources gave on other days.
 */
export function compareEventClaims(
  dataset: Pick<Dataset, 'quantities' | 'claims'>,
  eventId: string,
): QuantityComparison[] {
  const quantities = new Map(dataset.quantities.map((q) => [q.id, q]));
  const ids = [
    ...new Set(dataset.claims.filter((c) => c.event === eventId).map((c) => c.quantity)),
  ];
  return ids.flatMap((id) => {
    const quantity = quantities.get(id);
    return quantity ? [compareQuantity(quantity, dataset.claims)] : [];
  });
}
