import { useId, useState, type FormEvent } from 'react';
import { dayOneSet, storyTitled } from '../../domain/workspace/edits/story';
import type { WorkspaceStory } from '../../domain/workspace/story';
import { useWorkspaceEdit } from './useWorkspaceEdit';
import { Problems } from './Problems';

interface Props {
  story: WorkspaceStory;
  /** The articles are read again (their dates may now be known). */
  onDayOne: () => void;
}

/** The story's title and the day its articles count from ("the 40th day of the war"). */
export function StorySettings({ story, onDayOne }: Props) {
  const id = useId();
  const apply = useWorkspaceEdit();
  const current = story.story.referenceDates?.find((r) => r.role === 'day-one');
  const [title, setTitle] = useState(story.story.title ?? '');
  const [day, setDay] = useState({
    name: current?.name ?? '',
    date: current?.date ?? '',
    words: current?.words.join(', ') ?? '',
    basis: current?.basis ?? '',
  });
  const [reasons, setReasons] = useState<string[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const dayOne =
      day.date === ''
        ? null
        : {
            ...day,
            words: day.words
              .split(',')
              .map((w) => w.trim())
              .filter((w) => w !== ''),
          };
    const outcome = apply((s) => dayOneSet(storyTitled(s, title), dayOne));
    setReasons(outcome.ok ? [] : outcome.reasons);
    if (outcome.ok && (dayOne?.date ?? '') !== (current?.date ?? '')) onDayOne();
  };
  const text = (key: keyof typeof day) => ({
    id: `${id}-${key}`,
    value: day[key],
    onChange: (e: { target: { value: string } }) => setDay({ ...day, [key]: e.target.value }),
  });
  return (
    <details className="ws-settings">
      <summary>Story title and day one</summary>
      <form onSubmit={submit} aria-label="Story settings">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
        <fieldset>
          <legend>The day the articles count from (optional)</legend>
          <p className="ws-hint">
            Articles that say “the 40th day of the invasion” are dated from it.
          </p>
          <label htmlFor={`${id}-date`}>Date</label>
          <input type="date" {...text('date')} />
          <label htmlFor={`${id}-name`}>What began that day</label>
          <input {...text('name')} placeholder="the invasion" />
          <label htmlFor={`${id}-words`}>Words that name it (comma-separated)</label>
          <input {...text('words')} placeholder="invasion, war" />
          <label htmlFor={`${id}-basis`}>Why this date</label>
          <input {...text('basis')} />
        </fieldset>
        <button type="submit" className="button">
          Save story settings
        </button>
        <Problems reasons={reasons} />
      </form>
    </details>
  );
}
