/* Calendar dates and UTC instants as the URL writes them (`2022-03-09`, `2022-03-09T06:00Z`). */

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Parses `2022-03-09`, `2022-03-09T06:00Z`, `…T06:00:30Z` or `…T06:00:30.500Z` as UTC ms. */
export function parseInstant(text: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z)?$/.exec(text);
  if (!m || !isCalendarDate(m[1] ?? '')) return null;
  const [h, min, s] = [Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return null;
  const ms = Number((m[5] ?? '0').padEnd(3, '0'));
  return Date.parse(`${m[1]}T00:00:00Z`) + ((h * 60 + min) * 60 + s) * 1000 + ms;
}

/** Writes UTC ms to the minute, e.g. `2022-03-09T06:00Z`. */
export function formatInstant(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}
