import * as chrono from 'chrono-node';
import type { IsoDate } from '../types.ts';
import {
  addDays,
  addMonths,
  daysBetween,
  localIsoDate,
  localNoon,
  maxDate,
  minDate,
  weekdayOf,
} from './dates.ts';
import type { DayOne } from './dayOne.ts';
import { findWeekdayPhrases } from './relativeDates.ts';
import { splitSentences } from './sentences.ts';

/**
 * Publication-date inference. Each clue in the text constrains the publication date to an
 * interval; the intervals are intersected, and weekday names used for past events narrow the
 * result: the earliest date consistent with every clue is chosen, and the basis lists the clues.
 */

/** A clue that bounds the publication date to `from..to` (`to` null: no upper bound). */
export interface IntervalClue {
  kind:
    | 'day-count'
    | 'week-count'
    | 'weeks-ago'
    | 'months-of-fighting'
    | 'explicit-date'
    | 'shared-event';
  /** The phrase as written. */
  phrase: string;
  from: IsoDate;
  to: IsoDate | null;
  /** How the phrase turns into the interval, for the basis. */
  reading: string;
}

/** A weekday named for a past event: publication is 0–6 days after it (1–6 for "<day> night"). */
export interface WeekdayClue {
  phrase: string;
  weekday: number;
  night: boolean;
}

/** All clues found in one article. */
export interface PubDateClues {
  intervals: IntervalClue[];
  weekdays: WeekdayClue[];
  /** Phrases that count from a day one the story does not name ("in its 15th day"). */
  unanchored?: readonly string[];
}

/** The outcome of inference: a date with its basis, or why there is none. */
export type PubDateResult =
  { ok: true; date: IsoDate; basis: string } | { ok: false; reason: string };

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
};
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

function ordinal(word: string): number {
  return ORDINALS[word.toLowerCase()] ?? Number.parseInt(word, 10);
}

function count(word: string): number {
  return COUNTS[word.toLowerCase()] ?? Number.parseInt(word, 10);
}

// A sentence about the future ("is expected to announce today") does not date past events.
const FUTURE = /\b(?:will|shall|is expected to|are expected to|is due to|plans? to|going to)\b/i;
// "Weeks ago" is loose in news prose: allow two days either side.
const WEEKS_AGO_SLACK = 2;
// "After a month of fighting" is a lower bound; allow up to two weeks more as an upper bound.
const MONTHS_SLACK = 14;
const MONTH_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/;

// chrono reads any spelling of a weekday, so the verb "sat", "the sun" or "newly wed" would
// name a Saturday, Sunday or Wednesday. A clue needs the weekday written as one: the full name
// capitalised ("Saturday", or "SATURDAY" in a heading), or a capitalised abbreviation in a
// clear date context ("on Sat." with its full stop).
const WEEKDAY_NAME =
  /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b/;
const WEEKDAY_ABBREVIATION = /\bon (?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/;

/** True when the weekday phrase found at `index` in `text` is written as a weekday. */
function namesWeekday(text: string, index: number, phrase: string): boolean {
  if (WEEKDAY_NAME.test(phrase)) return true;
  return WEEKDAY_ABBREVIATION.test(phrase) && text[index + phrase.length] === '.';
}

/** A pattern matching any of `words` as whole words, or null for none. */
function anyWord(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  return `(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}

// Without a day one, a calendar date is read only when it states its year; chrono still wants a
// reference instant, and with the year stated any fixed one gives the same day.
const NO_DAY_ONE_INSTANT = localNoon('2000-01-01');

/**
 * Finds the publication-date clues in an article's cleaned paragraphs. Day and week counts,
 * "weeks ago", "after a month of …" and calendar dates without a year count from the story's
 * `dayOne`; without one, the counts and yearless dates are listed as `unanchored`.
 */
export function findPubDateClues(
  paragraphs: readonly string[],
  dayOne: DayOne | null,
): PubDateClues {
  const intervals: IntervalClue[] = [];
  const weekdays: WeekdayClue[] = [];
  const unanchored: string[] = [];
  const words = anyWord(dayOne?.words ?? []);
  const namesDayOne = words === null ? null : new RegExp(`\\b${words}\\b`, 'i');
  const monthRe =
    words === null
      ? null
      : new RegExp(`\\bafter (a|one|two|three|four|five|six) months? of ${words}\\b`, 'gi');
  for (const paragraph of paragraphs) {
    for (const { text } of splitSentences(paragraph)) {
      for (const m of text.matchAll(/\bin its (\d+)(?:st|nd|rd|th) day\b/gi)) {
        if (dayOne === null) {
          unanchored.push(m[0]);
          continue;
        }
        const n = Number(m[1]);
        const date = addDays(dayOne.date, n - 1);
        intervals.push({
          kind: 'day-count',
          phrase: m[0],
          from: date,
          to: date,
          reading: `day ${n} of ${dayOne.name} that began ${dayOne.date} (day 1) → ${date}`,
        });
      }
      const weekRe =
        /\b(?:entering|in) its (first|second|third|fourth|fifth|sixth|seventh|eighth|\d+(?:st|nd|rd|th)) week\b/gi;
      for (const m of text.matchAll(weekRe)) {
        if (dayOne === null) {
          unanchored.push(m[0]);
          continue;
        }
        const n = ordinal(m[1] ?? '');
        const from = addDays(dayOne.date, 7 * (n - 1));
        const to = addDays(from, 6);
        intervals.push({
          kind: 'week-count',
          phrase: m[0],
          from,
          to,
          reading: `week ${n} = days ${7 * (n - 1) + 1}–${7 * n} of ${dayOne.name} → ${from}..${to}`,
        });
      }
      if (dayOne !== null && namesDayOne?.test(text)) {
        for (const m of text.matchAll(/\b(two|three|four|five|six|\d+) weeks ago\b/gi)) {
          const n = count(m[1] ?? '');
          const at = addDays(dayOne.date, 7 * n);
          const from = addDays(at, -WEEKS_AGO_SLACK);
          const to = addDays(at, WEEKS_AGO_SLACK);
          intervals.push({
            kind: 'weeks-ago',
            phrase: m[0],
            from,
            to,
            reading: `${dayOne.name} began ${n} weeks before publication (≈ ${at}, ±${WEEKS_AGO_SLACK} days) → ${from}..${to}`,
          });
        }
      }
      if (dayOne !== null && monthRe !== null) {
        for (const m of text.matchAll(monthRe)) {
          const n = count(m[1] ?? '');
          const from = addMonths(dayOne.date, n);
          const to = addDays(from, MONTHS_SLACK);
          intervals.push({
            kind: 'months-of-fighting',
            phrase: m[0],
            from,
            to,
            reading: `at least ${n} month(s) after ${dayOne.date} (≤ ${MONTHS_SLACK} days more) → ${from}..${to}`,
          });
        }
      }
      if (FUTURE.test(text)) continue;
      // An explicit calendar date in a past-tense sentence: publication is on or after it.
      // Read with forwardDate from the story's day one, i.e. the first such date since.
      const parsed = chrono.en.parse(
        text,
        { instant: dayOne === null ? NO_DAY_ONE_INSTANT : localNoon(dayOne.date) },
        { forwardDate: true },
      );
      for (const r of parsed) {
        if (!r.start.isCertain('day') || !MONTH_NAME.test(r.text)) continue;
        if (dayOne === null && !r.start.isCertain('year')) {
          unanchored.push(r.text.trim());
          continue;
        }
        const date = localIsoDate(r.start.date());
        intervals.push({
          kind: 'explicit-date',
          phrase: r.text.trim(),
          from: date,
          to: null,
          reading: `an event on ${date} is reported → on or after ${date}`,
        });
      }
      for (const w of findWeekdayPhrases(text)) {
        if (!namesWeekday(text, w.index, w.phrase)) continue;
        weekdays.push({ phrase: w.phrase, weekday: w.weekday, night: w.night });
      }
    }
  }
  return unanchored.length > 0 ? { intervals, weekdays, unanchored } : { intervals, weekdays };
}

/** How many days before `date` a weekday clue's day lies, or null when it cannot (night on the day). */
function offsetBefore(date: IsoDate, clue: WeekdayClue): number | null {
  const off = (weekdayOf(date) - clue.weekday + 7) % 7;
  // "Thursday night" reported in the past tense: published the next day at the earliest,
  // and within the same week.
  if (clue.night && off === 0) return null;
  return off;
}

function describeInterval(c: IntervalClue): string {
  return `“${c.phrase}” (${c.reading})`;
}

/**
 * The earliest publication date consistent with all clues. Intervals are intersected into a
 * window; a candidate day must also place every named weekday 0–6 days before it (1–6 for a
 * past "<weekday> night"), and the latest named weekday must itself fall inside the window
 * (the news day is part of the period the other clues describe). Fails when no interval clue
 * exists (weekdays alone repeat every week) or when the clues contradict each other.
 */
export function inferPublicationDate(clues: PubDateClues): PubDateResult {
  const [first] = clues.intervals;
  if (first === undefined) {
    const unanchored = clues.unanchored ?? [];
    return {
      ok: false,
      reason:
        'no clue in the text bounds the publication date (no day or week count, no “weeks ago”, no shared event with a dated article)' +
        (unanchored.length > 0
          ? `; ${unanchored.map((p) => `“${p}”`).join(', ')} would need the story's day one, which data/story.json does not name (referenceDates)`
          : ''),
    };
  }
  let from = first.from;
  let to: IsoDate | null = null;
  for (const c of clues.intervals) {
    from = maxDate(from, c.from);
    if (c.to !== null) to = to === null ? c.to : minDate(to, c.to);
  }
  const used = clues.intervals.map(describeInterval).join('; ');
  if (to !== null && from > to) {
    return { ok: false, reason: `the clues contradict each other: ${used}` };
  }
  const last = to ?? addDays(from, 60);
  // Why each earlier day of the window was passed over, so the basis says what rules it out.
  const excluded: string[] = [];
  for (let d = from; d <= last; d = addDays(d, 1)) {
    const offsets = clues.weekdays.map((w) => offsetBefore(d, w));
    const night = clues.weekdays.find((_, i) => offsets[i] === null);
    if (night) {
      excluded.push(`${d} excluded: “${night.phrase}” is reported as past`);
      continue;
    }
    const nearest = Math.min(...(offsets as number[]));
    if (clues.weekdays.length > 0 && daysBetween(from, addDays(d, -nearest)) < 0) {
      excluded.push(`${d} excluded: no weekday named falls in the window before it`);
      continue;
    }
    const named = new Map<string, IsoDate>();
    clues.weekdays.forEach((w, i) => {
      const key = w.phrase;
      if (!named.has(key)) named.set(key, addDays(d, -(offsets[i] ?? 0)));
    });
    const weekdayText =
      named.size > 0
        ? `; weekdays named for past events: ${[...named].map(([p, date]) => `“${p}” (${date})`).join(', ')}`
        : '';
    const window = `${from}..${to ?? 'open'}`;
    return {
      ok: true,
      date: d,
      basis: `earliest date consistent with: ${used}${weekdayText}; window ${window}${excluded.map((x) => `; ${x}`).join('')} → ${d}`,
    };
  }
  return { ok: false, reason: `no date in ${from}..${last} fits every clue: ${used}` };
}
