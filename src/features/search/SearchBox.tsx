import { useEffect, useId, useRef, useState } from 'react';
import { normaliseQuery } from '../../domain/search/query';
import type { DerivedValues } from '../../state/derived';
import { EscapeLevel, useEscapeLayer } from '../../shared/escapeLayers';
import { useActions, useAppStore } from '../../state/store';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './searchBox.css';

/** Typing settles for this long before the search (and its link) updates. */
const SETTLE_MS = 200;

/**
 * Starts the search worker, and so the index, as the reader focuses the field: the index is
 * built while they type rather than after (about a second at 10,000 events). Only where there
 * is a worker; a chunk that fails to load here is loaded again by the search itself.
 */
function warmUpSearch(derived: DerivedValues) {
  if (typeof Worker === 'undefined') return;
  import('./searchClient').then(
    ({ searchWorker }) => derived.get(searchWorker),
    () => {},
  );
}

/**
 * The masthead's search field. Light on purpose (it is in the first-load JS): the index and
 * the results load lazily (SearchResults) once there is something to search for.
 */
export function SearchBox() {
  const query = useAppStore((s) => s.view.query);
  const derived = useAppStore((s) => s.derived);
  const { searchChanged } = useActions();
  const [text, setText] = useState(query);
  const timer = useRef<number | undefined>(undefined);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);

  // A link, back/forward or the results' Clear changed the search: show it (adjusting state
  // while rendering, React's pattern for following a prop, instead of an effect).
  const [shown, setShown] = useState(query);
  if (query !== shown) {
    setShown(query);
    if (normaliseQuery(text) !== query) setText(query);
  }
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const change = (value: string) => {
    setText(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => searchChanged(value), SETTLE_MS);
  };

  // Escape in the field clears what was typed (before it closes anything behind).
  const clear = () => {
    window.clearTimeout(timer.current);
    setText('');
    searchChanged('');
  };
  useEscapeLayer(EscapeLevel.field, text === '' ? null : clear, input);

  return (
    <search className="search-box">
      <label htmlFor={id} className="visually-hidden">
        Search events, quotes and articles
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        className="search-input"
        placeholder="Search events, quotes, articles"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => change(e.target.value)}
        onFocus={() => warmUpSearch(derived)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            window.clearTimeout(timer.current);
            searchChanged(text);
          }
        }}
      />
    </search>
  );
}
