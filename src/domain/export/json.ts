import type { ExportEvent } from './rows';

/** The events as JSON, with the view they came from. */
export function eventsToJson(link: string, events: readonly ExportEvent[]): string {
  return `${JSON.stringify({ view: link, events }, null, 2)}\n`;
}
