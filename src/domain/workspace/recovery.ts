import type { EventInput } from '../ingest/schema.ts';
import type { WorkspaceStory } from './story.ts';

/** A curated event, its evidence naming article files (data/articles.json resolved). */
export interface CuratedEvent {
  id: string;
  date: string;
  quotes: { file: string; quote: string }[];
}

/** How the accepted drafts of a story compare with curated events. */
export interface Recovery {
  curated: number;
  /** Curated events that some draft's event has on the same date, with an overlapping quote. */
  recovered: string[];
  drafts: number;
  /** Drafts that match a curated event (same date, overlapping quote). */
  matching: number;
  /** Drafts whose quote overlaps a curated quote but whose date differs. */
  wrongDate: number;
  /** Drafts whose quote overlaps no curated quote: noise. */
  noise: number;
}

const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);

/**
 * Compares the story's events made from drafts with the curated events: a draft recovers a
 * curated event when its date is the curated date and its quote, in the same article file,
 * contains or is contained in one of the curated event's quotes.
 */
export function measureRecovery(story: WorkspaceStory, curated: readonly CuratedEvent[]): Recovery {
  const fileOf = new Map(story.articlesMeta.map((a) => [a.id, a.file]));
  const originOf = new Map(story.articles.map((a) => [a.file, a.origin]));
  const sourceOf = (q: EventInput['evidence'][number]) =>
    originOf.get(fileOf.get(q.article) ?? '') ?? '';
  const fromDrafts = story.events.filter((e) =>
    story.drafts.some((d) => d.status === 'accepted' && d.event === e.id),
  );
  const recovered = new Set<string>();
  let matching = 0;
  let wrongDate = 0;
  for (const e of fromDrafts) {
    const quote = e.evidence[0];
    if (!quote) continue;
    const hits = curated.filter((c) =>
      c.quotes.some((q) => q.file === sourceOf(quote) && overlaps(q.quote, quote.quote)),
    );
    const same = hits.filter((c) => c.date === e.date);
    for (const c of same) recovered.add(c.id);
    if (same.length > 0) matching++;
    else if (hits.length > 0) wrongDate++;
  }
  return {
    curated: curated.length,
    recovered: [...recovered].sort(),
    drafts: fromDrafts.length,
    matching,
    wrongDate,
    noise: fromDrafts.length - matching - wrongDate,
  };
}
