import { useEffect, useRef, type CSSProperties } from 'react';
import { useDatasetIndex } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
import { allShown, shownLabel } from './pager';
import { SourcePanel } from './SourcePanel';
import { SourcePager } from './SourcePager';
import { useShownPanels } from './useShownPanels';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './sources.css';

const reducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The open source panels: side by side as many as fit so a reader compares how each article
 * tells the event, the others a pager away; a bottom sheet on a phone (see sources.css).
 * Nothing when none is open.
 */
export function SourcePanels() {
  const open = useAppStore((s) => s.view.reading);
  const quoteAsked = useAppStore((s) => s.sourceFocus !== null);
  const index = useDatasetIndex();
  const { sourcesClosed } = useActions();
  const section = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const row = useRef<HTMLDivElement>(null);
  const seen = useRef(0);

  const articles = open.flatMap((id) => {
    const article = index.articles.get(id);
    return article ? [article] : [];
  });
  const { shown, show } = useShownPanels(row, articles.length, open.join(','));

  // Panels added without a quote to go to (compared, or reopened from a link): bring them into
  // view and move focus to their heading. A quote scrolls itself into view (SourcePanel).
  useEffect(() => {
    const added = open.length > seen.current;
    seen.current = open.length;
    if (!added || quoteAsked) return;
    section.current?.scrollIntoView?.({
      block: 'start',
      behavior: reducedMotion() ? 'auto' : 'smooth',
    });
    title.current?.focus({ preventScroll: true });
  }, [open.length, quoteAsked]);

  if (articles.length === 0) return null;

  const paged = !allShown(shown);
  const heading =
    articles.length === 1
      ? 'Reading 1 source'
      : paged
        ? `Reading ${articles.length} sources, ${shownLabel(shown)} shown`
        : `Reading ${articles.length} sources side by side`;

  return (
    <section ref={section} className="source-panels" aria-label="Sources">
      <div className="source-panels-bar">
        <h2 ref={title} className="source-panels-title" tabIndex={-1}>
          {heading}
        </h2>
        <button type="button" className="button is-quiet" onClick={sourcesClosed}>
          {articles.length > 1 ? 'Close all' : 'Close source'}
        </button>
      </div>
      {paged && <SourcePager articles={articles} shown={shown} show={show} />}
      <div
        ref={row}
        className="source-panels-row"
        data-count={articles.length}
        style={{ '--count': articles.length } as CSSProperties}
      >
        {articles.map((a) => (
          <SourcePanel key={a.id} article={a} />
        ))}
      </div>
    </section>
  );
}
