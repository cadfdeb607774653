import * as chrono from 'chrono-node';
import type { IsoDate } from '../types.ts';
import { addDays, localIsoDate, localNoon, weekdayOf } from './dates.ts';

/** A date phrase in a text, resolved against a publication date to a day or a range of days. */
export interface ResolvedPhrase {
  /** The phrase as written ("on Thursday", "earlier this week"). */
  phrase: string;
  /** UTF-16 offset of the phrase in the text. */
  index: number;
  /** First and last day the phrase can mean (equal for a single day). */
  from: IsoDate;
  to: IsoDate;
}

/** A weekday named in a text, before any publication date is known. */
export interface WeekdayPhrase {
  phrase: string;
  index: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** "Thursday night": the night of that day, reported afterwards. */
  night: boolean;
}

// Phrases chrono reads as dates but which are not dates relative to the publication:
// durations ("for about a month") and offsets from another event ("24 hours earlier").
const DURATION = /^(?:for|over)\b/i;
const RELATIVE_TO_NARRATIVE = /\b(?:earlier|later|before|after)$/i;

const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, few: 7 };

function parse(text: string, published: IsoDate) {
  return chrono.en.parse(text, { instant: localNoon(published) }, { forwardDate: false });
}

/** The most recent `weekday` on or before `date` (chrono may pick the next one instead). */
export function weekdayOnOrBefore(date: IsoDate, weekday: number): IsoDate {
  return addDays(date, -((weekdayOf(date) - weekday + 7) % 7));
}

/**
 * Resolves the date phrases of `text` (an evidence quote or paragraph) against the article's
 * publication date, using chrono-node with the reference instant at local noon and these
 * corrections to chrono's behaviour:
 * - a weekday ("on Thursday", "Tuesday night", "Wednesday evening", "Tuesday’s") is the most
 *   recent such day on or before publication (chrono picks the nearest one, possibly ahead);
 * - "earlier this week" is Monday of the publication week up to the day before publication
 *   (chrono returns the Sunday the week starts on); "last week" is the whole previous Mon–Sun
 *   week; "over the past few days" is the seven days up to publication;
 * - durations ("for about a month"), offsets from another event ("24 hours earlier") and bare
 *   times of day ("at night", "By morning") and "now" are not dates and are skipped;
 * - added: "N-day-old" (began N days before publication) and "in YYYY" (that whole year).
 * Results are sorted by position.
 */
export function resolveDatePhrases(text: string, published: IsoDate): ResolvedPhrase[] {
  const out: ResolvedPhrase[] = [];
  const day = (phrase: string, index: number, date: IsoDate) =>
    out.push({ phrase, index, from: date, to: date });

  for (const r of parse(text, published)) {
    // chrono keeps trailing punctuation ("On Thursday,"): quote the phrase without it.
    const phrase = r.text.replace(/[\s,.;:]+$/u, '');
    const before = text.slice(0, r.index);
    if (/this week$/i.test(phrase) && /\bearlier\s+$/i.test(before)) {
      const start = text.lastIndexOf('earlier', r.index);
      const monday = addDays(published, -((weekdayOf(published) + 6) % 7));
      const last = published > monday ? addDays(published, -1) : published;
      out.push({
        phrase: text.slice(start, r.index + phrase.length),
        index: start,
        from: monday,
        to: last,
      });
      continue;
    }
    if (/^last week$/i.test(phrase)) {
      const monday = addDays(published, -((weekdayOf(published) + 6) % 7) - 7);
      out.push({ phrase, index: r.index, from: monday, to: addDays(monday, 6) });
      continue;
    }
    const past = /past (a|one|two|three|four|few) days$/i.exec(phrase);
    if (past) {
      const n = NUMBER_WORDS[past[1]?.toLowerCase() ?? 'few'] ?? 7;
      out.push({ phrase, index: r.index, from: addDays(published, -n), to: published });
      continue;
    }
    if (DURATION.test(phrase) || RELATIVE_TO_NARRATIVE.test(phrase)) continue;
    // "now in its 16th day", "right now is a turning point": a state, not the date of an event.
    if (/^(?:right )?now$/i.test(phrase)) continue;
    if (r.start.isCertain('weekday') && !r.start.isCertain('day')) {
      const weekday = r.start.get('weekday') ?? 0;
      day(phrase, r.index, weekdayOnOrBefore(published, weekday));
    } else if (r.start.isCertain('day')) {
      day(phrase, r.index, localIsoDate(r.start.date()));
    }
  }

  for (const m of text.matchAll(/\b(\d{1,3})-day-old\b/g)) {
    day(m[0], m.index, addDays(published, -Number(m[1])));
  }
  for (const m of text.matchAll(/\bin ((?:19|20)\d\d)\b/g)) {
    out.push({ phrase: m[0], index: m.index, from: `${m[1]}-01-01`, to: `${m[1]}-12-31` });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** True when `date` lies within the phrase's range. */
export function phraseCovers(phrase: ResolvedPhrase, date: IsoDate): boolean {
  return phrase.from <= date && date <= phrase.to;
}

/** A phrase's resolution written for people: `2022-03-10` or `2022-03-07..2022-03-09`. */
export function formatRange(phrase: ResolvedPhrase): string {
  return phrase.from === phrase.to ? phrase.from : `${phrase.from}..${phrase.to}`;
}

/**
 * The weekdays a text names, found without a publication date (chrono's reference date does
 * not matter for which weekday is named). Used to infer the publication date itself.
 */
export function findWeekdayPhrases(text: string): WeekdayPhrase[] {
  return parse(text, '2022-01-01')
    .filter((r) => r.start.isCertain('weekday') && !r.start.isCertain('day'))
    .map((r) => ({
      phrase: r.text.replace(/[\s,.;:]+$/u, ''),
      index: r.index,
      weekday: r.start.get('weekday') ?? 0,
      night: /\bnight$/i.test(r.text),
    }));
}
