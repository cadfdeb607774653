import type { DatasetEvent, ResponseRelation } from '../types.ts';

/** One link shown on an event: an event it answers, or an event that answers it. */
export interface ResponseLink {
  /** `answers`: this event answers `event`; `answered-by`: `event` answers this one. */
  direction: 'answers' | 'answered-by';
  relation: ResponseRelation;
  /** The other event's id. */
  event: string;
  /** "Denies", "Denied by", "Rebuts", "Rebutted by", "Responds to", "Answered by". */
  label: string;
}

const LABELS: Record<ResponseRelation, [answers: string, answeredBy: string]> = {
  denies: ['Denies', 'Denied by'],
  rebuts: ['Rebuts', 'Rebutted by'],
  responds: ['Responds to', 'Answered by'],
};

// Built once per events array: who answers each event.
const incomingByEvents = new WeakMap<readonly DatasetEvent[], Map<string, ResponseLink[]>>();

function incoming(events: readonly DatasetEvent[]): Map<string, ResponseLink[]> {
  let index = incomingByEvents.get(events);
  if (!index) {
    index = new Map();
    for (const e of events) {
      for (const r of e.responds ?? []) {
        const link: ResponseLink = {
          direction: 'answered-by',
          relation: r.relation,
          event: e.id,
          label: LABELS[r.relation][1],
        };
        index.set(r.event, [...(index.get(r.event) ?? []), link]);
      }
    }
    incomingByEvents.set(events, index);
  }
  return index;
}

/**
 * The response links of `event` both ways: first the events it answers (as listed), then the
 * events that answer it (in the dataset's date order).
 */
export function responseLinks(
  events: readonly DatasetEvent[],
  event: Pick<DatasetEvent, 'id' | 'responds'>,
): ResponseLink[] {
  const out: ResponseLink[] = (event.responds ?? []).map((r) => ({
    direction: 'answers',
    relation: r.relation,
    event: r.event,
    label: LABELS[r.relation][0],
  }));
  return [...out, ...(incoming(events).get(event.id) ?? [])];
}
