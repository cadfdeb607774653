import { FILES, type Problem } from './problems.ts';
import type { EventInput } from './schema.ts';

/**
 * Problems in the events' `responds` links (a denial, a rebuttal, a reply to another event):
 * an unknown event, an event answering itself, the same event answered twice.
 */
export function checkResponses(events: readonly EventInput[]): Problem[] {
  const ids = new Set(events.map((e) => e.id));
  const problems: Problem[] = [];
  for (const e of events) {
    const seen = new Set<string>();
    (e.responds ?? []).forEach((r, i) => {
      const at = { file: FILES.events, id: e.id, field: `responds[${i}].event` };
      if (r.event === e.id) problems.push({ ...at, message: 'an event cannot answer itself' });
      else if (!ids.has(r.event)) problems.push({ ...at, message: `unknown event "${r.event}"` });
      else if (seen.has(r.event))
        problems.push({ ...at, message: `"${r.event}" is answered more than once` });
      seen.add(r.event);
    });
  }
  return problems;
}
