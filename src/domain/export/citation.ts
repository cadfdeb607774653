import { formatDay, formatEventDate } from '../view/dates';
import type { ExportEvent } from './rows';

/**
 * "Cite this view": the view's link and a plain-text list of its events with their sources.
 * Unknown outlets and authors are written as unknown; approximate dates are marked "about".
 */
export function citeView(options: {
  link: string;
  description: string;
  events: readonly ExportEvent[];
  accessed: string;
}): string {
  const { link, description, events, accessed } = options;
  const lines = [
    `Sourceline, ${description}. ${link} (accessed ${formatDay(accessed)}).`,
    '',
    `${events.length} ${events.length === 1 ? 'event' : 'events'}:`,
  ];
  events.forEach((e, i) => {
    lines.push('', `${i + 1}. ${formatEventDate(e)}: ${e.title}. ${e.link}`);
    for (const s of e.sources) {
      lines.push(
        `   - ${s.outlet ?? 'Unknown outlet'}, ${s.author ?? 'unknown author'}, “${s.title}”, ${formatDay(s.published)}: “${s.quote}”`,
      );
    }
  });
  return `${lines.join('\n')}\n`;
}
