import { useMemo, useState } from 'react';
import { entityAddedToEvents, eventsNaming } from '../../domain/workspace/edits/gazetteer';
import { useAppStore } from '../../state/store';
import { Problems } from './Problems';
import { useWorkspaceEdit } from './useWorkspaceEdit';

export interface Created {
  entity: 'actor' | 'place';
  id: string;
  name: string;
}

interface Props {
  created: Created;
  /** Called with what was done, for the card to say. */
  onDone: (message: string) => void;
}

/**
 * After a new actor or place: the accepted events whose quotes name it, offered for it to be
 * added to them. Accepted events were reviewed, so nothing changes unless the editor says so.
 */
export function NamedInEvents({ created, onDone }: Props) {
  const { entity, id, name } = created;
  const story = useAppStore((s) => s.workspace);
  const apply = useWorkspaceEdit();
  const [reasons, setReasons] = useState<string[]>([]);
  const events = useMemo(() => (story ? eventsNaming(story, entity, id) : []), [story, entity, id]);
  if (events.length === 0) return null;
  const count = events.length === 1 ? 'one accepted event' : `${events.length} accepted events`;
  const add = () => {
    const outcome = apply((s) =>
      entityAddedToEvents(
        s,
        entity,
        id,
        events.map((e) => e.id),
      ),
    );
    if (outcome.ok) onDone(`${name} added to ${count}.`);
    else setReasons(outcome.reasons);
  };
  return (
    <section className="ws-offer" aria-label={`${name} in accepted events`}>
      <p>
        The quotes of {count} name {name}:
      </p>
      <ul>
        {events.map((e) => (
          <li key={e.id}>{e.title}</li>
        ))}
      </ul>
      <div className="ws-row">
        <button type="button" className="button is-primary" onClick={add}>
          Add {name} to {events.length === 1 ? 'it' : `these ${events.length}`}
        </button>
        <button type="button" className="button" onClick={() => onDone('')}>
          Leave them as they are
        </button>
      </div>
      <Problems reasons={reasons} />
    </section>
  );
}
