import { DAY_MS } from '../calendar.ts';
import { DATE_PRECISIONS, type DatePrecision } from '../types.ts';

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

/**
 * A span of days, sharing what the ends share: `10–30 Mar 2022`, `24 Feb – 30 Mar 2022`; a
 * whole calendar month or year reads as one: `Mar 2022`, `2014`.
 */
export function formatDayRange(first: string, last: string): string {
  if (first === last) return formatDay(first);
  const year = first.slice(0, 4);
  if (first === `${year}-01-01` && last === `${year}-12-31`)
    return formatEventDate({ date: first, datePrecision: 'year' });
  const next = nextMonthStart(first);
  if (first.endsWith('-01') && next && addDays(next, -1) === last)
    return formatEventDate({ date: first, datePrecision: 'month' });
  const [a, b] = [formatDay(first).split(' '), formatDay(last).split(' ')];
  if (a.length !== 3 || b.length !== 3) return `${formatDay(first)} – ${formatDay(last)}`;
  if (a[2] !== b[2]) return `${a.join(' ')} – ${b.join(' ')}`;
  if (a[1] !== b[1]) return `${a[0]} ${a[1]} – ${b.join(' ')}`;
  return `${a[0]}–${b.join(' ')}`;
}

/** The first day of the month after `iso`'s, or null for text that is not a day. */
function nextMonthStart(iso: string): string | null {
  const [y, m] = iso.split('-').map(Number);
  if (!y || !m) return null;
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** True when a date names a known day; every other precision is drawn and read as uncertain. */
export function isExactDay(precision: DatePrecision | string): boolean {
  return precision === 'day';
}

/**
 * An event's date as read, saying only what is known: `24 Mar 2022`; `about 24 Mar 2022` for
 * an approximate day; `Mar 2022` for a known month; `2014` for a known year.
 */
export function formatEventDate(
  event: { date: string; datePrecision: DatePrecision | string },
  { sentence = false }: { sentence?: boolean } = {},
): string {
  const [y, m] = event.date.split('-');
  const month = MONTHS[Number(m) - 1];
  if (event.datePrecision === 'year' && y) return y;
  if (event.datePrecision === 'month' && y && month) return `${month} ${y}`;
  if (event.datePrecision !== 'approximate') return formatDay(event.date);
  return `${sentence ? 'About' : 'about'} ${formatDay(event.date)}`;
}

/** What a date's precision leaves unknown, as a sentence; empty for a known day. */
export function precisionSentence(event: {
  date: string;
  datePrecision: DatePrecision | string;
}): string {
  if (event.datePrecision === 'approximate') return 'Date approximate.';
  if (isExactDay(event.datePrecision)) return '';
  return `Only the ${event.datePrecision} is known: ${formatEventDate(event)}.`;
}

/** Sort rank of a precision: known days first, then the less precise. */
export function precisionRank(precision: DatePrecision | string): number {
  const rank = DATE_PRECISIONS.indexOf(precision as DatePrecision);
  return rank < 0 ? DATE_PRECISIONS.length : rank;
}

/**
 * A day heading over the events of one day and precision: `Thursday 24 Mar 2022` for exact
 * days; otherwise the date as `formatEventDate` reads it (no weekday).
 */
export function formatDayHeading(iso: string, precision: DatePrecision | string): string {
  if (!isExactDay(precision))
    return formatEventDate({ date: iso, datePrecision: precision }, { sentence: true });
  const ms = Date.parse(`${iso}T00:00:00Z`);
  const weekday = Number.isNaN(ms) ? undefined : WEEKDAYS[new Date(ms).getUTCDay()];
  return weekday ? `${weekday} ${formatDay(iso)}` : formatDay(iso);
}
