import type { Dataset } from '../types.ts';

/** Where a quote lies in an article, as claims and evidence record it. */
interface Span {
  article: string;
  paragraph: number;
  start: number;
  end: number;
}

/** What the claim and response checks share with the rest of the validator. */
export interface LinkCheckContext {
  data: Dataset;
  eventIds: ReadonlySet<string>;
  quantityIds: ReadonlySet<string>;
  actorIds: ReadonlySet<string>;
  isIsoDate: (value: string) => boolean;
  report: (id: string, field: string, message: string) => void;
  /** Checks a span against its article; returns the paragraph text when in range. */
  checkSpan: (id: string, field: string, span: Span) => string | null;
}

/**
 * The rules for the events' `responds` links and the numeric claims: links name another known
 * event; claims name a known quantity, event and actor, refer to a real day, give a range only
 * upwards, and quote their article verbatim at the recorded offsets.
 */
export function checkClaimsAndResponses(ctx: LinkCheckContext): void {
  const { data, report } = ctx;
  data.events.forEach((e, i) => {
    (e.responds ?? []).forEach((r, j) => {
      const field = `events[${i}].responds[${j}].event`;
      if (r.event === e.id) report(e.id, field, 'an event cannot answer itself');
      else if (!ctx.eventIds.has(r.event)) report(e.id, field, `unknown event "${r.event}"`);
    });
  });
  data.claims.forEach((c, i) => {
    const at = `claims[${i}]`;
    if (!ctx.quantityIds.has(c.quantity))
      report(c.id, `${at}.quantity`, `unknown quantity "${c.quantity}"`);
    if (c.event !== null && !ctx.eventIds.has(c.event))
      report(c.id, `${at}.event`, `unknown event "${c.event}"`);
    const actor = c.attribution?.actor ?? null;
    if (actor !== null && !ctx.actorIds.has(actor))
      report(c.id, `${at}.attribution.actor`, `unknown actor "${actor}"`);
    if (!ctx.isIsoDate(c.refersTo.date))
      report(c.id, `${at}.refersTo.date`, `not an ISO date (YYYY-MM-DD): "${c.refersTo.date}"`);
    if (c.max !== null && c.max <= c.value)
      report(c.id, `${at}.max`, `range ${c.value}..${c.max} does not go upwards`);
    const text = ctx.checkSpan(c.id, `${at}.evidence`, c.evidence);
    if (text !== null && text.slice(c.evidence.start, c.evidence.end) !== c.evidence.quote)
      report(c.id, `${at}.evidence.quote`, 'quote is not verbatim at the recorded offsets');
  });
}
