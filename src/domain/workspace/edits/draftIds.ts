import type { SuggestedEvent } from '../../ingest/suggest/suggest.ts';
import { uniqueSlug } from '../../ingest/suggest/slug.ts';
import type { WorkspaceDraft, WorkspaceStory } from '../story.ts';

/**
 * Pending drafts for `candidates`, each with an id free among the story's events and drafts
 * (the id the event gets when the draft is accepted).
 */
export function draftsFor(
  story: WorkspaceStory,
  candidates: readonly SuggestedEvent[],
): WorkspaceDraft[] {
  const taken = new Set([
    ...story.events.map((e) => e.id),
    ...story.drafts.map((d) => d.candidate.id),
  ]);
  return candidates.map((c) => {
    return { candidate: { ...c, id: uniqueSlug(c.id, taken) }, status: 'pending', event: null };
  });
}
