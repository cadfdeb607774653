import { DAY_MS } from '../../../src/domain/calendar';
import type { EventKind } from '../../../src/domain/types';

/** Where a name was written into generated text (offsets into that text). */
export interface Span {
  entity: 'actor' | 'place';
  id: string;
  start: number;
  end: number;
}

/** A value for one `{x}` slot of a template; entity slots become mentions. */
export interface Slot {
  text: string;
  entity?: 'actor' | 'place';
  id?: string;
}

/** Generated text and the entity names it contains. */
export interface Filled {
  text: string;
  spans: Span[];
}

/**
 * Fills `{a}`-style slots, recording where each entity's name lands, so mentions are
 * computed from construction rather than searched for afterwards.
 */
export function fill(template: string, slots: Readonly<Record<string, Slot>>): Filled {
  let text = '';
  const spans: Span[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w)\}/g)) {
    const slot = slots[match[1] ?? ''];
    if (!slot) throw new Error(`template "${template}" needs slot {${match[1]}}`);
    text += template.slice(last, match.index);
    if (slot.entity && slot.id) {
      spans.push({
        entity: slot.entity,
        id: slot.id,
        start: text.length,
        end: text.length + slot.text.length,
      });
    }
    text += slot.text;
    last = match.index + match[0].length;
  }
  return { text: text + template.slice(last), spans };
}

/** Kinds whose wording names two actors ({b}); their events get at least two. */
export const TWO_ACTOR_KINDS: ReadonlySet<EventKind> = new Set([
  'talks',
  'call',
  'meeting',
  'sanctions',
]);

interface KindText {
  title: string;
  summary: string;
  /** Sentences a source might print; {d} is the date phrase relative to publication. */
  quotes: readonly string[];
}

/** Slots: {a} first actor, {b} second actor, {p} first place, {d} date phrase, {n} a number. */
export const KIND_TEXT: Readonly<Record<EventKind, KindText>> = {
  talks: {
    title: '{a} and {b} hold talks in {p}',
    summary: 'Delegations of {a} and {b} met in {p} for a new round of talks.',
    quotes: [
      '{a} and {b} held talks in {p} {d}, officials said.',
      'Negotiators for {a} sat down with {b} in {p} {d}, according to a statement.',
      'A new round of talks between {a} and {b} took place in {p} {d} and lasted {n} hours.',
    ],
  },
  strike: {
    title: 'Strike hits {p}',
    summary: 'A strike hit {p}; {a} reported damage to civilian buildings.',
    quotes: [
      'A strike hit {p} {d}, damaging {n} buildings, {a} said.',
      'Explosions were heard in {p} {d} as a strike hit the outskirts, according to {a}.',
      'Residents of {p} said a strike {d} destroyed a warehouse and damaged {n} homes.',
    ],
  },
  offensive: {
    title: '{a} advances near {p}',
    summary: '{a} launched an offensive towards {p}.',
    quotes: [
      '{a} pushed forward near {p} {d}, according to military analysts.',
      'Columns of {a} advanced on {p} {d}, covering about {n} kilometres.',
      'Fighting intensified around {p} {d} as {a} pressed its offensive.',
    ],
  },
  statement: {
    title: '{a} issues statement on {p}',
    summary: '{a} issued a statement about the situation in {p}.',
    quotes: [
      '{a} said in a statement {d} that the situation in {p} remained grave.',
      '“We will not abandon {p},” {a} said {d}.',
      'In a televised address {d}, {a} spoke about {p} for {n} minutes.',
    ],
  },
  denial: {
    title: '{a} denies reports about {p}',
    summary: '{a} denied reports of its involvement in events in {p}.',
    quotes: [
      '{a} {d} denied any role in the events in {p}.',
      '{a} rejected the reports from {p} as fabricated {d}.',
      'Speaking {d}, {a} dismissed accounts of {n} casualties in {p} as propaganda.',
    ],
  },
  call: {
    title: '{a} speaks to {b} by phone',
    summary: '{a} and {b} spoke by phone about {p}.',
    quotes: [
      '{a} spoke to {b} by phone {d}, discussing the situation in {p}.',
      '{a} and {b} held a {n}-minute phone call {d}, their offices said.',
    ],
  },
  meeting: {
    title: '{a} meets {b} in {p}',
    summary: '{a} met {b} in {p}.',
    quotes: [
      '{a} met {b} in {p} {d}.',
      '{a} received {b} in {p} {d} for a closed-door meeting.',
      'After meeting {b} in {p} {d}, {a} described the talks as useful.',
    ],
  },
  sanctions: {
    title: '{a} announces sanctions against {b}',
    summary: '{a} announced sanctions against {b}, citing events in {p}.',
    quotes: [
      '{a} announced new sanctions against {b} {d}.',
      'New sanctions on {b} were unveiled by {a} {d}, targeting {n} banks.',
    ],
  },
  aid: {
    title: '{a} pledges aid for {p}',
    summary: '{a} pledged humanitarian and financial aid for {p}.',
    quotes: [
      '{a} pledged a new package of aid for {p} {d}.',
      'A convoy organised by {a} reached {p} {d} with {n} tonnes of food and medicine.',
    ],
  },
  humanitarian: {
    title: 'Humanitarian corridor opens in {p}',
    summary: 'A humanitarian corridor opened in {p}; {a} oversaw evacuations.',
    quotes: [
      'A humanitarian corridor out of {p} opened {d}, {a} said.',
      'About {n} hundred civilians left {p} {d} through a corridor monitored by {a}.',
    ],
  },
  report: {
    title: '{a} reports casualties in {p}',
    summary: '{a} published casualty figures for {p}.',
    quotes: [
      '{a} reported {n} civilian casualties in {p} {d}.',
      'At least {n} people were killed in {p}, {a} said {d}.',
    ],
  },
};

/** Sentences around the evidence; {a} and {p} are optional context names. */
export const FILLERS: readonly string[] = [
  'The situation remained tense throughout the day.',
  'Officials did not respond to requests for comment.',
  'Independent verification of the claims was not possible.',
  'Residents of {p} described long queues for bread and fuel.',
  'Analysts said the coming weeks would be decisive.',
  '{a} has not commented publicly.',
  'Power was restored to parts of {p} by evening.',
  'The figures could not be independently confirmed.',
  'Several roads into {p} remained closed.',
  'Diplomats cautioned against expecting a quick breakthrough.',
];

export const HEADINGS: readonly string[] = [
  'Latest developments',
  'Diplomacy',
  'On the ground',
  'Reaction',
  'What we know',
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * How a source published on `published` (UTC ms) would date an event on `day` (UTC ms):
 * weekday names within the week, day and month otherwise, vaguer wording when approximate.
 */
export function datePhrase(
  day: number,
  published: number,
  approximate: boolean,
  variant: number,
): string {
  const date = new Date(day);
  const month = MONTHS[date.getUTCMonth()] ?? '';
  const dom = date.getUTCDate();
  if (approximate) {
    const part = dom <= 10 ? 'early' : dom <= 20 ? 'mid-' : 'late';
    return variant % 2 === 0
      ? `in ${part === 'mid-' ? 'mid-' : `${part} `}${month}`
      : `around ${dom} ${month}`;
  }
  const daysBefore = Math.round((published - day) / DAY_MS);
  if (daysBefore === 0 && variant % 3 === 0) return 'today';
  if (daysBefore >= 0 && daysBefore < 7 && variant % 2 === 0)
    return `on ${WEEKDAYS[date.getUTCDay()]}`;
  return `on ${dom} ${month}`;
}
