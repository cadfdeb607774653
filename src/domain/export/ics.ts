import { precisionSentence, isExactDay } from '../view/dates';
import type { ExportEvent } from './rows';

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): CRLF plus one space, never inside a UTF-8
 * character (or a surrogate pair).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (isoDate: string) => isoDate.replace(/-/g, '');

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The events as an iCalendar file: all-day events (DATE values), the title prefixed with "≈"
 * and the description saying so when the date is approximate, the sources listed in the
 * description. `stamp` (DTSTAMP, required) is passed in so the output is deterministic.
 */
export function eventsToIcs(events: readonly ExportEvent[], stamp: Date): string {
  const dtstamp = `${stamp.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sourceline//Timeline export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const e of events) {
    const approximate = !isExactDay(e.datePrecision);
    const sources = e.sources.map(
      (s) =>
        `${s.outlet ?? 'Unknown outlet'}, ${s.author ?? 'unknown author'}, “${s.title}” (${s.published}): “${s.quote}”`,
    );
    const description = [e.summary, precisionSentence(e), `Sources:\n${sources.join('\n')}`, e.link]
      .filter(Boolean)
      .join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(e.id)}@sourceline`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`,
      `SUMMARY:${icsText(approximate ? `≈ ${e.title}` : e.title)}`,
      `DESCRIPTION:${icsText(description)}`,
      `CATEGORIES:${icsText(e.kind)}`,
      `URL:${e.link}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
