import { useEffect, useRef } from 'react';
import { useDatasetIndex } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
import { SourcePanel } from './SourcePanel';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './sources.css';

/**
 * The open source panels: side by side on a wide screen so a reader compares how each article
 * tells the event, a bottom sheet on a phone (see sources.css). Nothing when none is open.
 */
export function SourcePanels() {
  const open = useAppStore((s) => s.openSources);
  const index = useDatasetIndex();
  const { sourceClosed } = useActions();
  const opener = useRef<HTMLElement | null>(null);
  const isOpen = open.length > 0;

  // Remember what had focus when the first panel opened (a "Read" button), to return to it.
  useEffect(() => {
    if (!isOpen) return;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }, [isOpen]);

  const articles = open.flatMap((id) => {
    const article = index.articles.get(id);
    return article ? [article] : [];
  });
  if (articles.length === 0) return null;

  const closeAll = () => {
    open.forEach(sourceClosed);
    if (opener.current?.isConnected) opener.current.focus();
    else document.querySelector<HTMLElement>('main')?.focus();
  };

  return (
    <section className="source-panels" aria-label="Sources">
      <div className="source-panels-bar">
        <h2 className="source-panels-title">
          Reading {articles.length === 1 ? '1 source' : `${articles.length} sources side by side`}
        </h2>
        <button type="button" className="button is-quiet" onClick={closeAll}>
          {articles.length > 1 ? 'Close all' : 'Close source'}
        </button>
      </div>
      <div className="source-panels-row" data-count={articles.length}>
        {articles.map((a) => (
          <SourcePanel key={a.id} article={a} />
        ))}
      </div>
    </section>
  );
}
