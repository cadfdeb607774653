import type { Claim, IsoDate, Quantity } from '../types.ts';
import { isIsoDate } from '../calendar.ts';
import { FILES, pathToField, type Problem, type Warning } from './problems.ts';
import { phraseCovers, resolveDatePhrases } from './relativeDates.ts';
import { claimsFileSchema, type ClaimInput } from './schema.ts';
import { duplicateIds, locateQuote } from './validate.ts';

/**
 * data/claims.json → the dataset's quantities and claims. The file is optional (a story without
 * numeric claims has none); when present every record is checked: references to quantities,
 * articles, events and actors resolve, the quote is found verbatim (its paragraph and offsets
 * are computed here, as for evidence), the attribution's words are in the quote, a stated date
 * phrase is in the quote and resolves to the stated day.
 */

/** What checking claims needs to know about the rest of the dataset. */
export interface ClaimContext {
  /** Cleaned paragraphs of each article, by id. */
  paragraphs: ReadonlyMap<string, readonly string[]>;
  /** Publication date of each article, by id. */
  published: ReadonlyMap<string, IsoDate>;
  /** Date of each event, by id. */
  eventDates: ReadonlyMap<string, IsoDate>;
  actorIds: ReadonlySet<string>;
}

/** The compiled quantities and claims, with the problems and warnings found. */
export interface ClaimsResult {
  quantities: Quantity[];
  claims: Claim[];
  problems: Problem[];
  warnings: Warning[];
}

/** Parses the raw claims.json value; problems name the record by id (or `claims[3]`). */
export function parseClaimsFile(
  input: unknown,
):
  | { ok: true; value: { quantities: Quantity[]; claims: ClaimInput[] } }
  | { ok: false; problems: Problem[] } {
  const result = claimsFileSchema.safeParse(input);
  if (result.success) {
    const quantities = result.data.quantities.map((q) => ({
      id: q.id,
      label: q.label,
      unit: q.unit,
      cumulative: q.cumulative ?? false,
    }));
    return { ok: true, value: { quantities, claims: result.data.claims } };
  }
  const problems = result.error.issues.map((issue): Problem => {
    const [collection, index, ...rest] = issue.path;
    if (typeof collection !== 'string' || typeof index !== 'number') {
      return {
        file: FILES.claims,
        id: '(file)',
        field: pathToField(issue.path),
        message: issue.message,
      };
    }
    const list = (input as Record<string, unknown>)[collection];
    const record = Array.isArray(list) ? (list[index] as Record<string, unknown>) : undefined;
    const rawId = record && typeof record === 'object' ? record.id : undefined;
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : `${collection}[${index}]`;
    return { file: FILES.claims, id, field: pathToField(rest), message: issue.message };
  });
  return { ok: false, problems };
}

/** Checks and compiles parsed claims; claims with problems are left out (and reported). */
export function compileClaims(
  quantities: readonly Quantity[],
  inputs: readonly ClaimInput[],
  ctx: ClaimContext,
): ClaimsResult {
  const problems = [
    ...duplicateIds(FILES.claims, quantities),
    ...duplicateIds(FILES.claims, inputs),
  ];
  const warnings: Warning[] = [];
  const quantityIds = new Set(quantities.map((q) => q.id));
  const claims: Claim[] = [];
  for (const c of inputs) {
    const before = problems.length;
    const report = (field: string, message: string) =>
      problems.push({ file: FILES.claims, id: c.id, field, message });

    if (!quantityIds.has(c.quantity)) report('quantity', `unknown quantity "${c.quantity}"`);
    if (c.event !== undefined && !ctx.eventDates.has(c.event))
      report('event', `unknown event "${c.event}"`);
    if (c.attribution?.actor !== undefined && !ctx.actorIds.has(c.attribution.actor))
      report('attribution.actor', `unknown actor "${c.attribution.actor}"`);
    if (c.attribution && !c.quote.includes(c.attribution.text))
      report('attribution.text', `“${c.attribution.text}” is not in the quote`);
    if (c.max !== undefined && (c.max <= c.value || (c.qualifier ?? 'exact') !== 'exact'))
      report('max', 'a range needs max above value and no qualifier other than "exact"');

    const paragraphs = ctx.paragraphs.get(c.article);
    let location: { paragraph: number; start: number; end: number } | null = null;
    if (!paragraphs) report('article', `unknown article "${c.article}"`);
    else {
      const found = locateQuote(c.article, paragraphs, c.quote, c.occurrence ?? 1);
      if (found.ok) location = found.location;
      else report('quote', found.message);
    }
    const refersTo = resolveClaimDate(c, ctx, report, (message) =>
      warnings.push({
        kind: 'date-mismatch',
        file: FILES.claims,
        id: c.id,
        field: 'refersTo.date',
        message,
      }),
    );
    if (problems.length > before || !location || !refersTo) continue;
    claims.push({
      id: c.id,
      quantity: c.quantity,
      value: c.value,
      max: c.max ?? null,
      qualifier: c.qualifier ?? 'exact',
      attribution: c.attribution
        ? { actor: c.attribution.actor ?? null, text: c.attribution.text }
        : null,
      refersTo,
      event: c.event ?? null,
      evidence: { article: c.article, quote: c.quote, ...location },
    });
  }
  claims.sort(
    (a, b) =>
      cmp(a.quantity, b.quantity) || cmp(a.refersTo.date, b.refersTo.date) || cmp(a.id, b.id),
  );
  return {
    quantities: [...quantities].sort((a, b) => cmp(a.id, b.id)),
    claims,
    problems,
    warnings,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The claim's date from its basis, or null after reporting why it has none. */
function resolveClaimDate(
  c: ClaimInput,
  ctx: ClaimContext,
  report: (field: string, message: string) => void,
  warn: (message: string) => void,
): Claim['refersTo'] | null {
  const { basis, date, phrase } = c.refersTo;
  if (basis !== 'stated') {
    if (date !== undefined || phrase !== undefined) {
      report('refersTo', `basis "${basis}" takes its date from the data: remove date and phrase`);
      return null;
    }
    const derived = basis === 'published' ? ctx.published.get(c.article) : eventDate(c, ctx);
    if (basis === 'event' && c.event === undefined)
      report('refersTo.basis', 'basis "event" needs the claim\'s event');
    return derived === undefined ? null : { date: derived, basis, phrase: null };
  }
  if (date === undefined || phrase === undefined) {
    report(
      `refersTo.${date === undefined ? 'date' : 'phrase'}`,
      'a stated date needs date and phrase',
    );
    return null;
  }
  if (!isIsoDate(date)) {
    report('refersTo.date', `${date} is not a real calendar date`);
    return null;
  }
  if (!c.quote.includes(phrase)) {
    report('refersTo.phrase', `“${phrase}” is not in the quote`);
    return null;
  }
  // The phrase is checked the way evidence dates are: resolved against the publication date.
  const published = ctx.published.get(c.article);
  if (published !== undefined) {
    const resolved = resolveDatePhrases(phrase, published);
    if (resolved.length > 0 && !resolved.some((r) => phraseCovers(r, date)))
      warn(`“${phrase}” against ${published} does not cover ${date}`);
  }
  return { date, basis, phrase };
}

function eventDate(c: ClaimInput, ctx: ClaimContext): IsoDate | undefined {
  return c.event === undefined ? undefined : ctx.eventDates.get(c.event);
}
