import { useEffect, useId, useRef, useState } from 'react';
import { normaliseQuery } from '../../domain/search/query';
import type { Dataset } from '../../domain/types';
import type { DerivedValues } from '../../state/derived';
import { afterFirstFrame } from '../../shared/afterFirstFrame';
import { EscapeLevel, useEscapeLayer } from '../../shared/escapeLayers';
import { useActions, useAppStore } from '../../state/store';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './searchBox.css';

/** Typing settles for this long before the search (and its link) updates. */
const SETTLE_MS = 200;
/** The longest the prebuilt index waits for the page to be idle after its first frame. */
const WARM_UP_WAIT_MS = 5000;

/**
 * Starts the search worker, and so the index, before the first search: the worker reads the
 * build's prebuilt index (or indexes the dataset) while the reader looks or types rather than
 * after. `prebuiltOnly`: only if the dataset has a prebuilt index. Only where there is a
 * worker; a chunk that fails to load here is loaded again by the search itself.
 */
function warmUpSearch(derived: DerivedValues, dataset: Dataset, prebuiltOnly = false) {
  if (typeof Worker === 'undefined') return;
  import('./searchClient').then(
    ({ searchWorker, prebuiltIndexOf }) => {
      if (!prebuiltOnly || prebuiltIndexOf(dataset) !== null) derived.get(searchWorker);
    },
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
  const dataset = useAppStore((s) => s.dataset);
  // Until the articles' text is here there is nothing whole to index.
  const textLoading = useAppStore((s) => s.articleText === 'loading');
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
  // The build's own dataset has a prebuilt index: read it once the page is idle after its
  // first frame, so even the first search is answered at once. A dataset made in the page (a
  // story being edited, shards arriving) is replaced often: its index is built on focus only.
  useEffect(
    () => afterFirstFrame(() => warmUpSearch(derived, dataset, true), WARM_UP_WAIT_MS),
    [dataset, derived],
  );

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
        onFocus={() => textLoading || warmUpSearch(derived, dataset)}
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
