import type { DatePrecision } from '../types';

/**
 * How dates read, everywhere: a day as `24 Mar 2022`, a span sharing what its ends share, and
 * an event's date with its precision ("about 24 Mar 2022", said once, with no weekday: a
 * weekday would claim a precision the date does not have). Works on the ISO text itself, never
 * through local time, so the day shown is the day in the data whatever the reader's time zone.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `2022-03-24` → `24 Mar 2022`; text that is not an ISO day is returned as it is. */
export function formatDay(iso: string): string {
  const [y, m, d, rest] = iso.split('-');
  const month = MONTHS[Number(m) - 1];
  if (!y || !month || !d || rest !== undefined || !/^\d{4}$/.test(y) || !/^\d{2}$/.test(d)) {
    return iso;
  }
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

/** An event's date as read: `24 Mar 2022`, or `about 24 Mar 2022` for an approximate one. */
export function formatEventDate(
  event: { date: string; datePrecision: DatePrecision | string },
  { sentence = false }: { sentence?: boolean } = {},
): string {
  if (event.datePrecision !== 'approximate') return formatDay(event.date);
  return `${sentence ? 'About' : 'about'} ${formatDay(event.date)}`;
}

/**
 * A day heading over the events of one day and precision: `Thursday 24 Mar 2022` for exact
 * days, `About 24 Mar 2022` (no weekday) for approximate ones.
 */
export function formatDayHeading(iso: string, precision: DatePrecision | string): string {
  if (precision === 'approximate')
    return formatEventDate({ date: iso, datePrecision: precision }, { sentence: true });
  const ms = Date.parse(`${iso}T00:00:00Z`);
  const weekday = Number.isNaN(ms) ? undefined : WEEKDAYS[new Date(ms).getUTCDay()];
  return weekday ? `${weekday} ${formatDay(iso)}` : formatDay(iso);
}
