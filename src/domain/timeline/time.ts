import { DAY_MS } from '../calendar';
import type { DatasetEvent, IsoDate } from '../types';
import { formatEventDate } from '../view/dates';

/** `YYYY-MM-DD` → UTC midnight in ms (NaN when malformed). */
export function dayStart(date: IsoDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** UTC ms → the `YYYY-MM-DD` of the UTC day containing it. */
export function isoDay(ms: number): IsoDate {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** Accessible name of an event mark: "title, 10 Mar 2022" or "title, about 10 Mar 2022". */
export function eventAccessibleName(
  event: Pick<DatasetEvent, 'title' | 'date' | 'datePrecision'>,
): string {
  return `${event.title}, ${formatEventDate(event)}`;
}
