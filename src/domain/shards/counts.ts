// Imports carry `.ts`: the build (scripts/shardDatasetPlugin.ts) loads this module.
import { DAY_MS } from '../calendar.ts';
import type { BucketUnit, CountLevel } from './format.ts';

/** A level is kept only while it has at most this many buckets (a day level over decades is not). */
export const MAX_BUCKETS = 4_000;

const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const monthNumber = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/**
 * Counts events per key and day as they stream past (memory: days × keys present), then sums
 * them into the overview's levels: days, weeks (7 days from the first event's day) and months.
 */
export function createCounter() {
  const perDay = new Map<number, Map<string, number>>();
  const totals: Record<string, number> = {};
  let firstDay = Infinity;
  let lastDay = -Infinity;
  return {
    add(date: string, keys: readonly string[]) {
      const day = dayNumber(date);
      firstDay = Math.min(firstDay, day);
      lastDay = Math.max(lastDay, day);
      let counts = perDay.get(day);
      if (!counts) perDay.set(day, (counts = new Map()));
      for (const key of keys) {
        counts.set(key, (counts.get(key) ?? 0) + 1);
        totals[key] = (totals[key] ?? 0) + 1;
      }
    },
    totals: () => totals,
    levels(): CountLevel[] {
      if (perDay.size === 0) return [];
      const start = isoOfDay(firstDay);
      const firstMonth = monthNumber(start);
      const units: { unit: BucketUnit; start: string; of: (day: number) => number }[] = [
        { unit: 'day', start, of: (day) => day - firstDay },
        { unit: 'week', start, of: (day) => Math.floor((day - firstDay) / 7) },
        {
          unit: 'month',
          start: `${start.slice(0, 7)}-01`,
          of: (day) => monthNumber(isoOfDay(day)) - firstMonth,
        },
      ];
      return units.flatMap(({ unit, start: from, of }) => {
        const buckets = of(lastDay) + 1;
        if (buckets > MAX_BUCKETS) return [];
        const counts: Record<string, number[]> = {};
        for (const [day, byKey] of perDay) {
          const b = of(day);
          for (const [key, n] of byKey) {
            const series = (counts[key] ??= new Array<number>(buckets).fill(0));
            series[b] = (series[b] ?? 0) + n;
          }
        }
        return [{ unit, start: from, buckets, counts }];
      });
    },
  };
}

/** The bucket of a date at a level (may be out of range: before the first or after the last). */
export function bucketOf(level: Pick<CountLevel, 'unit' | 'start'>, date: string): number {
  if (level.unit === 'month') return monthNumber(date) - monthNumber(level.start);
  const days = dayNumber(date) - dayNumber(level.start);
  return level.unit === 'day' ? days : Math.floor(days / 7);
}

/** When bucket `i` of a level starts and ends (UTC ms, end exclusive). */
export function bucketSpan(level: Pick<CountLevel, 'unit' | 'start'>, i: number): [number, number] {
  const start = Date.parse(`${level.start}T00:00:00Z`);
  if (level.unit === 'month') {
    const d = new Date(start);
    return [
      Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + i, 1),
      Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + i + 1, 1),
    ];
  }
  const width = level.unit === 'day' ? DAY_MS : 7 * DAY_MS;
  return [start + i * width, start + (i + 1) * width];
}
