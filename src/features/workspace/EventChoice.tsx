import type { EventInput } from '../../domain/ingest/schema';
import { useAppStore } from '../../state/store';

const NO_EVENTS: readonly EventInput[] = [];

/** The open story's events; the same array while they do not change. */
export const useWorkspaceEvents = (): readonly EventInput[] =>
  useAppStore((s) => s.workspace?.events ?? NO_EVENTS);

interface Props {
  id: string;
  label: string;
  /** The first option's text, chosen while no event is. */
  placeholder: string;
  value: string;
  onChange: (eventId: string) => void;
}

/** A labelled choice of one of the open story's events, by title. */
export function EventChoice({ id, label, placeholder, value, onChange }: Props) {
  const events = useWorkspaceEvents();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{placeholder}</option>
        {events.map((e) => (
          <option key={e.id} value={e.id}>
            {e.title}
          </option>
        ))}
      </select>
    </>
  );
}
