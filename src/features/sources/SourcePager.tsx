import type { Article } from '../../domain/types';
import type { ShownPanels } from './pager';

/**
 * Moves between open sources when they do not all fit side by side: previous and next, and one
 * button per source (its outlet, or its title when the outlet is unknown), those on screen
 * marked as current.
 */
export function SourcePager({
  articles,
  shown,
  show,
}: {
  articles: readonly Article[];
  shown: ShownPanels;
  show: (index: number) => void;
}) {
  const { first, last, count } = shown;
  return (
    <nav className="source-pager" aria-label="Open sources">
      <button
        type="button"
        className="button source-pager-step"
        aria-label="Previous source"
        disabled={first === 0}
        onClick={() => show(first - 1)}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <ol className="source-pager-list">
        {articles.map((a, i) => (
          <li key={a.id}>
            <button
              type="button"
              className="source-pager-tab"
              aria-current={i >= first && i <= last ? 'true' : undefined}
              aria-label={`Source ${i + 1} of ${count}: ${a.title}`}
              title={a.title}
              onClick={() => {
                if (i < first) show(i);
                else if (i > last) show(i - (last - first));
              }}
            >
              {a.outlet ?? a.title}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button source-pager-step"
        aria-label="Next source"
        disabled={last >= count - 1}
        onClick={() => show(first + 1)}
      >
        <span aria-hidden="true">›</span>
      </button>
    </nav>
  );
}
