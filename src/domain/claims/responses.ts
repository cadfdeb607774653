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

/** Who answers each event: event id → the links to the events answering it, in date order. */
export type ResponseIndex = ReadonlyMap<string, readonly ResponseLink[]>;

/** Builds the `ResponseIndex` of one events array (the store keeps it per dataset). */
export function buildResponseIndex(events: readonly DatasetEvent[]): ResponseIndex {
  const index = new Map<string, ResponseLink[]>();
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
  return index;
}

/**
 * The response links of `event` both ways: first the events it answers (as listed), then the
 * events that answer it (from `incoming`, in the dataset's date order).
 */
export function responseLinks(
  incoming: ResponseIndex,
  event: Pick<DatasetEvent, 'id' | 'responds'>,
): ResponseLink[] {
  const out: ResponseLink[] = (event.responds ?? []).map((r) => ({
    direction: 'answers',
    relation: r.relation,
    event: r.event,
    label: LABELS[r.relation][0],
  }));
  return [...out, ...(incoming.get(event.id) ?? [])];
}
