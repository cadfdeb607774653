import type { ExportEvent } from './rows';

export const CSV_COLUMNS = [
  'event_id',
  'date',
  'date_precision',
  'title',
  'kind',
  'actors',
  'about_actors',
  'places',
  'about_places',
  'summary',
  'link',
  'source_article',
  'source_title',
  'source_outlet',
  'source_author',
  'source_published',
  'quote',
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * A cell a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a
 * leading apostrophe, so exported text can never execute.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The events as CSV: one row per source of each event; unknown outlet or author is empty. */
export function eventsToCsv(events: readonly ExportEvent[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const e of events) {
    for (const s of e.sources) {
      rows.push([
        e.id,
        e.date,
        e.datePrecision,
        e.title,
        e.kind,
        e.actors.join('; '),
        e.aboutActors.join('; '),
        e.places.join('; '),
        e.aboutPlaces.join('; '),
        e.summary,
        e.link,
        s.article,
        s.title,
        s.outlet ?? '',
        s.author ?? '',
        s.published,
        s.quote,
      ]);
    }
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
