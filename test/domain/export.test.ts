import { describe, expect, it } from 'vitest';
import { citeView } from '../../src/domain/export/citation';
import { csvCell, eventsToCsv } from '../../src/domain/export/csv';
import { describeFilters } from '../../src/domain/export/describe';
import { eventsToIcs, foldLine, icsText } from '../../src/domain/export/ics';
import { eventsToJson } from '../../src/domain/export/json';
import { exportEvents } from '../../src/domain/export/rows';
import type { Role } from '../../src/domain/types';
import { EMPTY_FILTERS } from '../../src/domain/view/viewState';
import { makeStory } from '../helpers/factories';

const dataset = makeStory();
const link = (id: string) => `https://example.org/#/event/${id}`;
const events = exportEvents(dataset, dataset.events, link);

/** The exported event with this id (the story's events are known: see makeStory). */
const exported = (id: string) => {
  const e = events.find((x) => x.id === id);
  if (!e) throw new Error(`no exported event ${id}`);
  return e;
};

describe('exportEvents', () => {
  it('keeps the order given and gives each event its own link', () => {
    expect(events.map((e) => e.id)).toEqual([
      'antalya-talks',
      'kyiv-quiet',
      'mariupol-shelling',
      'no-ceasefire',
    ]);
    expect(events.map((e) => e.link)).toEqual(events.map((e) => link(e.id)));
  });

  it('resolves actor and place ids to names and each source to its article', () => {
    expect(exported('antalya-talks')).toMatchObject({
      actors: ['Dmytro Kuleba', 'Sergey Lavrov'],
      places: ['Antalya'],
      sources: [
        {
          article: 'wire-report',
          title: 'Foreign ministers meet in Antalya',
          outlet: 'Wire Service',
          author: 'Jo Reporter',
          published: '2022-03-10',
          quote: 'Sergey Lavrov met Dmytro Kuleba in Antalya.',
        },
      ],
    });
  });

  it('keeps an unknown outlet and author as null, and an unknown id as itself', () => {
    expect(exported('kyiv-quiet').sources).toEqual([
      {
        article: 'blog-post',
        title: 'A blog about the war',
        outlet: null,
        author: null,
        published: '2022-03-11',
        quote: 'Kyiv was quiet on Thursday.',
      },
    ]);
    const ghost = { ...dataset.events[0]!, actors: ['nobody-known'], places: ['nowhere'] };
    expect(exportEvents(dataset, [ghost], link)[0]).toMatchObject({
      actors: ['nobody-known'],
      places: ['nowhere'],
    });
  });
});

/** The Antalya talks as if they concerned NATO and Mariupol, known only to the month. */
const withRoles = exportEvents(
  dataset,
  [
    {
      ...dataset.events[0]!,
      date: '2022-03-01',
      datePrecision: 'month',
      aboutActors: ['nato'],
      aboutPlaces: ['mariupol'],
    },
  ],
  link,
);

describe('roles in exports', () => {
  it('resolves who and what place an event is about, apart from who took part and where', () => {
    expect(withRoles[0]).toMatchObject({
      actors: ['Dmytro Kuleba', 'Sergey Lavrov'],
      aboutActors: ['NATO'],
      places: ['Antalya'],
      aboutPlaces: ['Mariupol'],
    });
  });

  it('writes each role in its own CSV column', () => {
    const [header, row] = eventsToCsv(withRoles).split('\r\n');
    const cells = Object.fromEntries(header!.split(',').map((h, i) => [h, row!.split(',')[i]]));
    expect(cells).toMatchObject({
      actors: 'Dmytro Kuleba; Sergey Lavrov',
      about_actors: 'NATO',
      places: 'Antalya',
      about_places: 'Mariupol',
      date_precision: 'month',
    });
  });

  it('says in the calendar what a month-precision date leaves unknown', () => {
    const unfolded = eventsToIcs(withRoles, new Date(0)).replace(/\r\n /g, '');
    expect(unfolded).toContain('Only the month is known: Mar 2022.');
    expect(unfolded).toContain('SUMMARY:≈ Lavrov and Kuleba meet in Antalya');
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
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = csv.slice(0, -2).split('\r\n');
    // The story's four events have one source each and no cell with a line break.
    expect(rows).toHaveLength(5);
    expect(rows[0]).toBe(
      'event_id,date,date_precision,title,kind,actors,about_actors,places,about_places,summary,' +
        'link,source_article,source_title,source_outlet,source_author,source_published,quote',
    );
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual([
      'antalya-talks',
      'kyiv-quiet',
      'mariupol-shelling',
      'no-ceasefire',
    ]);
    expect(rows[2]).toContain(',blog-post,A blog about the war,,,2022-03-11,');
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
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:≈ A quiet day in Kyiv\r\n');
    expect(unfolded).toContain('SUMMARY:Lavrov and Kuleba meet in Antalya\r\n');
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });

  it('keeps a line break in an id inside its UID line', () => {
    const evil = {
      ...exported('antalya-talks'),
      id: 'x\r\nATTACH:https://evil.example/\nUID:evil',
    };
    const lines = eventsToIcs([evil], new Date(Date.UTC(2022, 2, 31))).split('\r\n');
    expect(lines.filter((l) => /^(ATTACH|UID):/.test(l))).toEqual([
      'UID:x\\nATTACH:https://evil.example/\\nUID:evil@sourceline',
    ]);
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
    ).toBe(`events with or about ${actor.name}, from 9 Mar 2022`);
    const place = dataset.places[0];
    if (!place) throw new Error('no places');
    const narrowed = (actorRole: Role | null, placeRole: Role | null) =>
      describeFilters(dataset, {
        ...EMPTY_FILTERS,
        actors: [actor.id],
        places: [place.id],
        actorRole,
        placeRole,
      });
    expect(narrowed('part', 'part')).toBe(`events with ${actor.name}, in ${place.name}`);
    expect(narrowed('about', 'about')).toBe(`events about ${actor.name}, about ${place.name}`);
  });

  it('exports JSON with the view link', () => {
    const parsed = JSON.parse(eventsToJson('https://example.org/#/', events)) as {
      view: string;
      events: unknown[];
    };
    expect(parsed.view).toBe('https://example.org/#/');
    expect(parsed.events).toEqual(JSON.parse(JSON.stringify(events)));
  });
});
