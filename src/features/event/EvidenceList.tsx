import type { DatasetEvent } from '../../domain/types';
import { formatDay } from '../../domain/view/dates';
import { useDatasetIndex } from '../../state/selectors';
import { useActions } from '../../state/store';

/**
 * The evidence of one event, grouped by article: each quote with the article's outlet, author
 * and publication date (unknown shown as unknown, never invented) and a "Read in source" button.
 */
export function EvidenceList({ event }: { event: DatasetEvent }) {
  const index = useDatasetIndex();
  const { sourceOpened, sourcesCompared } = useActions();
  const articles = [...new Set(event.evidence.map((e) => e.article))];

  return (
    <section className="evidence" aria-labelledby="evidence-title">
      <div className="evidence-head">
        <h3 id="evidence-title">
          What the sources say{' '}
          <span className="muted">
            ({articles.length} {articles.length === 1 ? 'source' : 'sources'})
          </span>
        </h3>
        {articles.length > 1 && (
          <button
            type="button"
            className="button is-quiet"
            onClick={() => sourcesCompared(articles)}
          >
            Compare all {articles.length} side by side
          </button>
        )}
      </div>
      <ol className="evidence-list">
        {event.evidence.map((e, i) => {
          const article = index.articles.get(e.article);
          const outlet = article?.outlet ?? null;
          const author = article?.author ?? null;
          return (
            <li key={`${e.article}-${e.paragraph}-${e.start}-${i}`} className="evidence-item">
              <blockquote className="evidence-quote">
                <p>“{e.quote}”</p>
              </blockquote>
              <p className="evidence-source">
                <span className={outlet ? 'outlet' : 'outlet is-unknown'}>
                  {outlet ?? 'Unknown outlet'}
                </span>
                {' · '}
                <span className={author ? 'author' : 'author is-unknown'}>
                  {author ?? 'Unknown author'}
                </span>
                {article && (
                  <>
                    {' · '}
                    <time dateTime={article.published}>{formatDay(article.published)}</time>
                  </>
                )}
                <br />
                <span className="evidence-title">{article?.title ?? e.article}</span>
              </p>
              <button
                type="button"
                className="button"
                aria-label={`Read in source: ${article?.title ?? e.article}`}
                onClick={() =>
                  sourceOpened({
                    article: e.article,
                    paragraph: e.paragraph,
                    start: e.start,
                    end: e.end,
                  })
                }
              >
                Read in source
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
