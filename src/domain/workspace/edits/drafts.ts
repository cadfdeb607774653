import type { EventInput } from '../../ingest/schema.ts';
import { draftEvent, draftEvidence } from '../../ingest/suggest/suggest.ts';
import { uniqueSlug } from '../../ingest/suggest/slug.ts';
import type { WorkspaceDraft, WorkspaceStory } from '../story.ts';
import { EditRefused } from './refused.ts';

/** What the editor may change in an event (or in a draft as it is accepted). */
export type EventChanges = Partial<
  Pick<
    EventInput,
    'title' | 'summary' | 'date' | 'datePrecision' | 'dateNote' | 'kind' | 'actors' | 'places'
  >
>;

function pendingDraft(story: WorkspaceStory, draftId: string): WorkspaceDraft {
  const draft = story.drafts.find((d) => d.candidate.id === draftId);
  if (!draft) throw new EditRefused(draftId, 'id', 'no such draft in the story');
  if (draft.status !== 'pending') {
    throw new EditRefused(draftId, 'status', `the draft is already ${draft.status}`);
  }
  return draft;
}

function decided(
  story: WorkspaceStory,
  draftId: string,
  status: WorkspaceDraft['status'],
  event: string | null,
): WorkspaceDraft[] {
  return story.drafts.map((d) => (d.candidate.id === draftId ? { ...d, status, event } : d));
}

/** An empty date note is no note. */
function withChanges(event: EventInput, changes: EventChanges): EventInput {
  const next: EventInput = { ...event, ...changes };
  if (next.dateNote !== undefined && next.dateNote.trim() === '') delete next.dateNote;
  return next;
}

/**
 * Accepts a draft as an event of the story, as proposed or with the editor's changes; the event
 * takes the draft's id (or the next free one) and cites the draft's sentence.
 */
export function draftAccepted(
  story: WorkspaceStory,
  draftId: string,
  changes: EventChanges = {},
): WorkspaceStory {
  const draft = pendingDraft(story, draftId);
  const id = uniqueSlug(draft.candidate.id, new Set(story.events.map((e) => e.id)));
  const event = withChanges({ ...draftEvent(draft.candidate), id }, changes);
  return {
    ...story,
    events: [...story.events, event],
    drafts: decided(story, draftId, 'accepted', id),
  };
}

/** Adds a draft's sentence to an existing event as another source. */
export function draftMerged(
  story: WorkspaceStory,
  draftId: string,
  eventId: string,
): WorkspaceStory {
  const draft = pendingDraft(story, draftId);
  const target = story.events.find((e) => e.id === eventId);
  if (!target) throw new EditRefused(eventId, 'id', 'no such event in the story');
  const evidence = draftEvidence(draft.candidate);
  const cited = target.evidence.some(
    (q) =>
      q.article === evidence.article &&
      q.quote === evidence.quote &&
      (q.occurrence ?? 1) === (evidence.occurrence ?? 1),
  );
  return {
    ...story,
    events: story.events.map((e) =>
      e.id === eventId && !cited ? { ...e, evidence: [...e.evidence, evidence] } : e,
    ),
    drafts: decided(story, draftId, 'merged', eventId),
  };
}

/** Sets a draft aside: it becomes no event (it stays listed, so the decision can be seen). */
export function draftRejected(story: WorkspaceStory, draftId: string): WorkspaceStory {
  pendingDraft(story, draftId);
  return { ...story, drafts: decided(story, draftId, 'rejected', null) };
}

/** Puts a rejected draft back under review. */
export function draftReopened(story: WorkspaceStory, draftId: string): WorkspaceStory {
  const draft = story.drafts.find((d) => d.candidate.id === draftId);
  if (draft?.status !== 'rejected') {
    throw new EditRefused(draftId, 'status', 'only a rejected draft can be reviewed again');
  }
  return { ...story, drafts: decided(story, draftId, 'pending', null) };
}

/** Changes an event's title, summary, date and precision, kind, actors or places. */
export function eventEdited(
  story: WorkspaceStory,
  eventId: string,
  changes: EventChanges,
): WorkspaceStory {
  if (!story.events.some((e) => e.id === eventId)) {
    throw new EditRefused(eventId, 'id', 'no such event in the story');
  }
  return {
    ...story,
    events: story.events.map((e) => (e.id === eventId ? withChanges(e, changes) : e)),
  };
}
