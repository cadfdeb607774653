import { useId, useMemo, useRef, useState, type SyntheticEvent } from 'react';
import {
  evidenceAdded,
  selectionQuote,
  type TextSelection,
} from '../../domain/workspace/edits/evidence';
import { useStoreApi } from '../../state/store';
import { EventChoice, useWorkspaceEvents } from './EventChoice';
import { useWorkspaceEdit } from './useWorkspaceEdit';

interface Props {
  articleId: string;
  paragraphs: readonly string[];
  /** Opens the form for a new actor or place, its name taken from the selection. */
  onName: (entity: 'actor' | 'place', name: string) => void;
}

const GAP = '\n\n';
const refuse = (e: SyntheticEvent) => e.preventDefault();
// The text never changes: React puts the article's text back should anything get through.
const keep = () => {};

/** Where a selection in the joined text lies: one paragraph and offsets in it, or null. */
function toSelection(
  articleId: string,
  paragraphs: readonly string[],
  from: number,
  to: number,
): TextSelection | null {
  let offset = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const length = paragraphs[p]?.length ?? 0;
    if (from >= offset && to <= offset + length) {
      return { article: articleId, paragraph: p, start: from - offset, end: to - offset };
    }
    offset += length + GAP.length;
  }
  return null;
}

/**
 * Evidence by selection: the article's cleaned text in a read-only field, where words are
 * selected with the mouse or the keyboard (Shift and the arrow keys); the selection, never
 * typed text, becomes the quote of the chosen event, or the name of a new actor or place.
 */
export function QuotePicker({ articleId, paragraphs, onName }: Props) {
  const id = useId();
  const store = useStoreApi();
  const apply = useWorkspaceEdit();
  const events = useWorkspaceEvents();
  const field = useRef<HTMLTextAreaElement>(null);
  const joined = useMemo(() => paragraphs.join(GAP), [paragraphs]);
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const [target, setTarget] = useState('');
  const [message, setMessage] = useState('');
  // Chromium fires no `select` event for a selection made with Shift and the arrow keys.
  const track = (e: SyntheticEvent<HTMLTextAreaElement>) =>
    setRange([e.currentTarget.selectionStart, e.currentTarget.selectionEnd]);
  const selection = toSelection(articleId, paragraphs, range[0], range[1]);
  const story = store.getState().workspace;
  const quote = selection && story ? selectionQuote(story, selection) : null;
  const selected = quote?.ok ? quote.value.quote : '';
  const note =
    range[0] === range[1]
      ? 'Select words in the text (Shift and the arrow keys select with the keyboard).'
      : selection === null
        ? 'A quote must lie within one paragraph.'
        : quote?.ok
          ? `Selected: “${selected}”`
          : (quote?.message ?? '');
  const add = () => {
    if (!selection || !quote?.ok || target === '') return;
    const outcome = apply((s) => evidenceAdded(s, target, selection));
    setMessage(
      outcome.ok
        ? `Quote added to “${events.find((e) => e.id === target)?.title ?? target}”.`
        : outcome.reasons.join(' '),
    );
    field.current?.focus();
  };
  return (
    <div className="ws-picker">
      <label htmlFor={`${id}-text`}>Article text: select words to quote or to name</label>
      <textarea
        id={`${id}-text`}
        ref={field}
        // Not `readOnly`: Chromium allows no keyboard selection in a read-only field. Input is
        // refused instead, the field says it is read-only, and phones show no keyboard for it.
        aria-readonly="true"
        inputMode="none"
        spellCheck={false}
        onBeforeInput={refuse}
        onPaste={refuse}
        onCut={refuse}
        onDrop={refuse}
        onChange={keep}
        rows={10}
        value={joined}
        aria-describedby={`${id}-note`}
        onSelect={track}
        onKeyUp={track}
        onMouseUp={track}
        onTouchEnd={track}
      />
      <p id={`${id}-note`} className="ws-hint" aria-live="polite">
        {note}
      </p>
      <div className="ws-row">
        <EventChoice
          id={`${id}-event`}
          label="Event"
          placeholder="choose an event…"
          value={target}
          onChange={setTarget}
        />
        <button
          type="button"
          className="button"
          disabled={!quote?.ok || target === ''}
          onClick={add}
        >
          Add selection as evidence
        </button>
      </div>
      <div className="ws-row">
        {(['actor', 'place'] as const).map((entity) => (
          <button
            key={entity}
            type="button"
            className="button"
            disabled={!quote?.ok}
            onClick={() => onName(entity, selected)}
          >
            New {entity} from selection
          </button>
        ))}
      </div>
      {message !== '' && <output className="ws-hint">{message}</output>}
    </div>
  );
}
