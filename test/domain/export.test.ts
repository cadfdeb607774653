import { describe, expect, it } from 'vitest';
import { citeView } from '../../src/domain/export/citation';
import { csvCell, eventsToCsv } from '../../src/domain/export/csv';
import { describeFilters } from '../../src/domain/export/describe';
import { eventsToIcs, foldLine, icsText } from '../../src/domain/export/ics';
import { eventsToJson } from '../../src/domain/export/json';
import { exportEvents } from '../../src/domain/export/rows';
import { EMPTY_FILTERS } from '../../src/domain/view/viewState';
import { makeStory } from '../helpers/factories';

const dataset = makeStory();
const link = (id: string) => `https://example.org/#/event/${id}`;
const events = exportEvents(dataset, dataset.events, link);

describe('exportEvents', () => {
  it('resolves names, links and sources, keeping unknown as null', () => {
    expect(events).toHaveLength(dataset.events.length);
    const first = events[0];
    expect(first?.link).toBe(link(dataset.events[0]?.id ?? ''));
    for (const e of events) {
      expect(e.sources.length).toBe(dataset.events.find((x) => x.id === e.id)?.evidence.length);
      for (const s of e.sources)
        expect(s.outlet === null || typeof s.outlet === 'string').toBe(true);
    }
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('cell %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('has a header and one CRLF row per source', () => {
    const csv = eventsToCsv(events);
    const rows = csv.split('\r\n').filter(Boolean);
    const sources = events.reduce((n, e) => n + e.sources.length, 0);
    expect(rows[0]?.startsWith('event_id,date,date_precision,title')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n').length - 2).toBeGreaterThanOrEqual(sources);
  });
});

describe('iCalendar', () => {
  it('escapes text values', () => {
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}🇺🇦${'x'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
  });

  it('writes all-day events with CRLF, one VEVENT per event, approximate dates marked', () => {
    const ics = eventsToIcs(events, new Date(Date.UTC(2022, 2, 31)));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(events.length);
    expect(ics).toContain('DTSTAMP:20220331T000000Z');
    const first = events[0];
    if (!first) throw new Error('no events');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${first.date.replace(/-/g, '')}`);
    expect(ics.replace(/\r\n /g, '')).toContain(`UID:${first.id}@sourceline`);
    const approximate = events.find((e) => e.datePrecision === 'approximate');
    if (approximate)
      expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:≈ ${icsText(approximate.title)}`);
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });
});

describe('citation and JSON', () => {
  it('cites the view with its link and every event with its sources', () => {
    const text = citeView({
      link: 'https://example.org/#/',
      description: 'all events',
      events,
      accessed: '2026-11-23',
    });
    expect(text).toContain(
      'Sourceline, all events. https://example.org/#/ (accessed 23 Nov 2026).',
    );
    expect(text).toContain(`${events.length} events:`);
    for (const e of events) expect(text).toContain(e.title);
    expect(text).not.toContain('null');
  });

  it('describes filters in words', () => {
    expect(describeFilters(dataset, EMPTY_FILTERS)).toBe('all events');
    const actor = dataset.actors[0];
    if (!actor) throw new Error('no actors');
    expect(
      describeFilters(dataset, { ...EMPTY_FILTERS, actors: [actor.id], from: '2022-03-09' }),
    ).toBe(`events with ${actor.name}, from 9 Mar 2022`);
  });

  it('exports JSON with the view link', () => {
    const parsed = JSON.parse(eventsToJson('https://example.org/#/', events)) as {
      view: string;
      events: unknown[];
    };
    expect(parsed.view).toBe('https://example.org/#/');
    expect(parsed.events).toHaveLength(events.length);
  });
});
