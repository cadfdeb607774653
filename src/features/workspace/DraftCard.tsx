import { useId, useRef, useState } from 'react';
import {
  draftAccepted,
  draftMerged,
  draftRejected,
  draftReopened,
  eventEdited,
} from '../../domain/workspace/edits/drafts';
import { draftEvent } from '../../domain/ingest/suggest/suggest';
import type { WorkspaceDraft } from '../../domain/workspace/story';
import { formatEventDate } from '../../domain/view/dates';
import { kindLabel } from '../../domain/view/kinds';
import { useAppStore } from '../../state/store';
import { EventForm } from './EventForm';
import { useWorkspaceEdit } from './useWorkspaceEdit';
import { EventChoice, useWorkspaceEvents } from './EventChoice';
import { Problems } from './Problems';

interface Props {
  draft: WorkspaceDraft;
  /** The paragraph the draft's sentence is in (cleaned text). */
  paragraph: string;
}

const STATUS: Record<WorkspaceDraft['status'], string> = {
  pending: 'To review',
  accepted: 'Accepted',
  merged: 'Merged',
  rejected: 'Rejected',
};

/**
 * One draft: its sentence highlighted in its paragraph, its date with the phrase it came from,
 * its kind, actors and places; accept (as is or edited), merge into an event, or reject.
 */
export function DraftCard({ draft, paragraph }: Props) {
  const c = draft.candidate;
  const apply = useWorkspaceEdit();
  const id = useId();
  const events = useWorkspaceEvents();
  const names = useAppStore((s) => {
    const all = [...(s.workspace?.actors ?? []), ...(s.workspace?.places ?? [])];
    return [...c.actors, ...c.places].map((x) => all.find((r) => r.id === x)?.name ?? x).join(', ');
  });
  const [editing, setEditing] = useState(false);
  const [into, setInto] = useState('');
  const [reasons, setReasons] = useState<string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const run = (edit: Parameters<typeof apply>[0]) => {
    const outcome = apply(edit);
    setReasons(outcome.ok ? [] : outcome.reasons);
    // The buttons pressed are gone once decided: the card's heading, which names the decision,
    // keeps the focus in place.
    if (outcome.ok) requestAnimationFrame(() => heading.current?.focus());
    return outcome.ok ? [] : outcome.reasons;
  };
  const before = paragraph.slice(0, c.start);
  const after = paragraph.slice(c.start + c.quote.length);
  const event = events.find((e) => e.id === draft.event);
  return (
    <article className="ws-draft" data-status={draft.status} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} ref={heading} tabIndex={-1}>
        <span className="ws-status">{STATUS[draft.status]}</span> {formatEventDate(c)}
        {event && ` · ${event.title}`}
      </h4>
      <blockquote className="ws-context">
        {before}
        <mark>{c.quote}</mark>
        {after}
      </blockquote>
      <dl className="ws-facts">
        <dt>Date</dt>
        <dd>
          {formatEventDate(c)}, from “{c.datePhrase}”{' '}
          <span className="ws-basis">({c.dateBasis})</span>
        </dd>
        <dt>Kind</dt>
        <dd>
          {kindLabel(c.kind)} <span className="ws-basis">({c.kindBasis})</span>
        </dd>
        <dt>Named</dt>
        <dd>{names || 'no known actor or place'}</dd>
      </dl>
      {draft.status === 'pending' && !editing && (
        <div className="ws-row">
          <button
            type="button"
            className="button is-primary"
            onClick={() => run((s) => draftAccepted(s, c.id))}
          >
            Accept
          </button>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit and accept
          </button>
          <button
            type="button"
            className="button"
            onClick={() => run((s) => draftRejected(s, c.id))}
          >
            Reject
          </button>
          {events.length > 0 && (
            <span className="ws-merge">
              <EventChoice
                id={`${id}-into`}
                label="Merge into"
                placeholder="an event…"
                value={into}
                onChange={setInto}
              />
              <button
                type="button"
                className="button"
                disabled={into === ''}
                onClick={() => run((s) => draftMerged(s, c.id, into))}
              >
                Merge
              </button>
            </span>
          )}
        </div>
      )}
      {draft.status === 'pending' && editing && (
        <EventForm
          event={draftEvent(c)}
          submitLabel="Accept with these changes"
          onCancel={() => setEditing(false)}
          onSubmit={(changes) => {
            const r = run((s) => draftAccepted(s, c.id, changes));
            if (r.length === 0) setEditing(false);
            return r;
          }}
        />
      )}
      {draft.status === 'accepted' && event && !editing && (
        <button type="button" className="button" onClick={() => setEditing(true)}>
          Edit event
        </button>
      )}
      {draft.status === 'accepted' && event && editing && (
        <EventForm
          event={event}
          submitLabel="Save event"
          onCancel={() => setEditing(false)}
          onSubmit={(changes) => {
            const r = run((s) => eventEdited(s, event.id, changes));
            if (r.length === 0) setEditing(false);
            return r;
          }}
        />
      )}
      {draft.status === 'rejected' && (
        <button type="button" className="button" onClick={() => run((s) => draftReopened(s, c.id))}>
          Review again
        </button>
      )}
      <Problems reasons={reasons} />
    </article>
  );
}
