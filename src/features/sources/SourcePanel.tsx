import { useCallback, useEffect, useMemo, useRef } from 'react';
import { hasArticleText } from '../../domain/dataset/articleText';
import type { Article } from '../../domain/types';
import { formatDay } from '../../domain/view/dates';
import { articleHighlights } from '../../domain/view/highlight';
import { selectSelectedEvent, useDatasetIndex } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
import { EscapeLevel, useEscapeLayer } from '../../shared/escapeLayers';
import { ArticleText } from './ArticleText';

const reducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * One article: title, outlet, author, publication date and its basis, then the text with the
 * filtered actors' and places' mentions, the selected event's evidence and the opened quote
 * highlighted. The opened quote is scrolled into view and focused; Escape closes the panel.
 */
export function SourcePanel({ article }: { article: Article }) {
  const index = useDatasetIndex();
  const filters = useAppStore((s) => s.view.filters);
  const event = useAppStore(selectSelectedEvent);
  const focus = useAppStore((s) => (s.sourceFocus?.article === article.id ? s.sourceFocus : null));
  const failed = useAppStore((s) => s.articleText === 'failed');
  const hasText = hasArticleText(article);
  const { sourceClosed, articleTextRetried } = useActions();
  const panelRef = useRef<HTMLElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = `source-title-${article.id}`;

  const marks = useMemo(
    () =>
      articleHighlights({
        article,
        mentions: index.mentionsByArticle.get(article.id) ?? [],
        filters,
        event,
        focus,
      }),
    [article, index, filters, event, focus],
  );

  // Scroll the opened quote into view (instantly when the reader prefers less motion) and move
  // focus to it, remembering where focus was so closing the panel can return it. Again when the
  // text arrives after the panel opened.
  useEffect(() => {
    if (!focus || !hasText) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && !panelRef.current?.contains(active))
      returnTo.current = active;
    const mark = panelRef.current?.querySelector<HTMLElement>('[data-focus]');
    if (!mark) return;
    mark.scrollIntoView?.({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    mark.focus({ preventScroll: true });
  }, [focus, hasText]);

  // Opened for comparison (no quote asked for): scroll the panel itself, never the page, to the
  // selected event's first quote in this article so the panels line up on what they compare.
  const eventId = event?.id ?? null;
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel || focus || eventId === null || !hasText) return;
    const mark = panel.querySelector<HTMLElement>('mark.mark-quote');
    if (mark) panel.scrollTop = Math.max(0, mark.offsetTop - panel.clientHeight / 3);
  }, [eventId, focus, hasText]);

  const close = useCallback(() => {
    sourceClosed(article.id);
    if (returnTo.current?.isConnected) returnTo.current.focus();
  }, [sourceClosed, article.id]);

  // Escape with focus inside this panel closes it, and only it.
  useEscapeLayer(EscapeLevel.panel, close, panelRef);

  return (
    <section ref={panelRef} className="source-panel" aria-labelledby={titleId}>
      <header className="source-head">
        <div>
          <p className="source-outlet">
            <span className={article.outlet ? undefined : 'is-unknown'}>
              {article.outlet ?? 'Unknown outlet'}
            </span>
          </p>
          <h3 id={titleId} className="source-title">
            {article.title}
          </h3>
          <p className="source-meta">
            <span className={article.author ? undefined : 'is-unknown'}>
              {article.author ?? 'Unknown author'}
            </span>
            {' · '}
            <time dateTime={article.published}>{formatDay(article.published)}</time>
          </p>
          <details className="source-basis">
            <summary>Where this date comes from</summary>
            <p>{article.publishedBasis}</p>
          </details>
        </div>
        <button
          type="button"
          className="button is-quiet source-close"
          onClick={close}
          aria-label={`Close ${article.title}`}
        >
          Close
        </button>
      </header>
      {hasText ? (
        <ArticleText article={article} marks={marks} />
      ) : (
        <div className="article-text is-loading">
          <output>
            {failed
              ? 'The article’s text could not be loaded. Its quotes are in each event’s details.'
              : 'Loading the article’s text…'}
          </output>
          {failed && (
            <button type="button" className="button" onClick={articleTextRetried}>
              Try again
            </button>
          )}
        </div>
      )}
    </section>
  );
}
