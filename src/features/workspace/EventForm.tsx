import { useId, useState, type FormEvent } from 'react';
import type { EventInput } from '../../domain/ingest/schema';
import { DATE_PRECISIONS, EVENT_KINDS } from '../../domain/types';
import type { EventChanges } from '../../domain/workspace/edits/drafts';
import { kindLabel } from '../../domain/view/kinds';
import { useAppStore } from '../../state/store';
import { Problems, SubmitOrCancel } from './Problems';

interface Props {
  /** The event as proposed or as it is. */
  event: EventInput;
  submitLabel: string;
  onSubmit: (changes: EventChanges) => string[];
  onCancel: () => void;
}

const NONE: readonly { id: string; name: string }[] = [];

const PRECISION: Record<(typeof DATE_PRECISIONS)[number], string> = {
  day: 'the day',
  approximate: 'about that day',
  month: 'the month',
  year: 'the year',
};

/** Title, summary, date and precision, kind, actors and places of an event or a draft. */
export function EventForm({ event, submitLabel, onSubmit, onCancel }: Props) {
  const id = useId();
  const actors = useAppStore((s) => s.workspace?.actors ?? NONE);
  const places = useAppStore((s) => s.workspace?.places ?? NONE);
  const [form, setForm] = useState(event);
  const [reasons, setReasons] = useState<string[]>([]);
  const toggle = (key: 'actors' | 'places', value: string) =>
    setForm({
      ...form,
      [key]: form[key].includes(value)
        ? form[key].filter((x) => x !== value)
        : [...form[key], value],
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { title, summary, date, datePrecision, dateNote, kind } = form;
    setReasons(
      onSubmit({
        title,
        summary,
        date,
        datePrecision,
        dateNote: dateNote ?? '',
        kind,
        actors: form.actors,
        places: form.places,
      }),
    );
  };
  const text = (name: 'title' | 'summary' | 'date' | 'dateNote') => ({
    id: `${id}-${name}`,
    value: form[name] ?? '',
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });
  return (
    <form className="ws-event-form" onSubmit={submit} aria-label={`Event: ${event.title}`}>
      <label htmlFor={`${id}-title`}>Title</label>
      <input {...text('title')} required />
      <label htmlFor={`${id}-summary`}>Summary</label>
      <textarea {...text('summary')} rows={3} />
      <div className="ws-row">
        <span>
          <label htmlFor={`${id}-date`}>Date</label>
          <input type="date" {...text('date')} required />
        </span>
        <span>
          <label htmlFor={`${id}-precision`}>Known to</label>
          <select
            id={`${id}-precision`}
            value={form.datePrecision}
            onChange={(e) =>
              setForm({ ...form, datePrecision: e.target.value as EventInput['datePrecision'] })
            }
          >
            {DATE_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {PRECISION[p]}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={form.kind}
            onChange={(e) => setForm({ ...form, kind: e.target.value as EventInput['kind'] })}
          >
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </span>
      </div>
      <label htmlFor={`${id}-dateNote`}>Note on the date (optional)</label>
      <input {...text('dateNote')} />
      {(['actors', 'places'] as const).map((key) => {
        const options = key === 'actors' ? actors : places;
        return (
          <fieldset key={key} className="ws-checks">
            <legend>{key === 'actors' ? 'Who took part' : 'Where'}</legend>
            {options.length === 0 && <p className="ws-hint">None in the story yet.</p>}
            {options.map((o) => (
              <label key={o.id}>
                <input
                  type="checkbox"
                  checked={form[key].includes(o.id)}
                  onChange={() => toggle(key, o.id)}
                />
                {o.name}
              </label>
            ))}
          </fieldset>
        );
      })}
      <SubmitOrCancel label={submitLabel} onCancel={onCancel} />
      <Problems reasons={reasons} />
    </form>
  );
}
