/** Small statistics for benchmark samples (pure). Percentiles use the nearest-rank method. */

/** The value below which `p` (0–100) percent of samples fall (nearest rank); null when empty. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? null;
}

export const median = (samples: readonly number[]): number | null => {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Median of the values that were measured (nulls are runs where the measure was n/a). */
export function medianOf(values: ReadonlyArray<number | null | undefined>): number | null {
  return median(values.filter((v): v is number => typeof v === 'number'));
}

/** ours / peer, or null when either is missing. */
export function ratio(ours: number | null, peer: number | null): number | null {
  return ours === null || peer === null || peer === 0 ? null : ours / peer;
}
