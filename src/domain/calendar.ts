// Imports of this module carry `.ts`: vite.config.ts loads it (scripts/validateDatasetPlugin.ts).

/** One day in milliseconds. Dates are whole UTC days; local time is never used. */
export const DAY_MS = 86_400_000;

/** A date written `YYYY-MM-DD`, year, month and day captured (the shape only: see isIsoDate). */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Why a date does not fit its precision, or null: a month-precision date is the month's
 * first day, a year-precision date the year's (the day is a placeholder, never a claim).
 */
export function precisionProblem(date: string, precision: string): string | null {
  if (precision === 'month' && !/-01$/.test(date))
    return `a month-precision date is the month's first day (YYYY-MM-01), not ${date}`;
  if (precision === 'year' && !/-01-01$/.test(date))
    return `a year-precision date is the year's first day (YYYY-01-01), not ${date}`;
  return null;
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2022-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
