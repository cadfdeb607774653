import type { DatasetEvent } from '../types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * `2022-03-24` → `24 Mar 2022`. Works on the ISO text itself, never through local time, so
 * the day shown is the day in the data whatever the reader's time zone.
 */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = MONTHS[Number(m) - 1];
  if (!y || !month || !d) return iso;
  return `${Number(d)} ${month} ${y}`;
}

/** A span of days, sharing what the ends share: `10–30 Mar 2022`, `24 Feb – 30 Mar 2022`. */
export function formatDayRange(first: string, last: string): string {
  if (first === last) return formatDay(first);
  const [a, b] = [formatDay(first).split(' '), formatDay(last).split(' ')];
  if (a.length !== 3 || b.length !== 3) return `${formatDay(first)} – ${formatDay(last)}`;
  if (a[2] !== b[2]) return `${a.join(' ')} – ${b.join(' ')}`;
  if (a[1] !== b[1]) return `${a[0]} ${a[1]} – ${b.join(' ')}`;
  return `${a[0]}–${b.join(' ')}`;
}

/** `2022-03-24` → `Thursday 24 Mar 2022` (the list view's day headings). */
export function formatDayLong(iso: string): string {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  const weekday = Number.isNaN(ms) ? undefined : WEEKDAYS[new Date(ms).getUTCDay()];
  return weekday ? `${weekday} ${formatDay(iso)}` : formatDay(iso);
}

/** An event's date as read aloud: approximate dates say so in words, not only in style. */
export function formatEventDate(event: Pick<DatasetEvent, 'date' | 'datePrecision'>): string {
  return event.datePrecision === 'approximate'
    ? `≈ about ${formatDay(event.date)}`
    : formatDay(event.date);
}

/** Singular or plural noun with its count: `1 event`, `3 events`. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** Lower-cases and strips accents so "kyiv" finds "Kyïv" in search-as-you-type. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
