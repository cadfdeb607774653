import { useState } from 'react';
import { excerptRuns, firstMatch, matchRuns } from '../../domain/search/highlight';
import { HIT_TYPES, type HitType, type SearchHit } from '../../domain/search/searchDocs';
import { plural } from '../../domain/view/format';
import { formatDay } from '../../domain/view/dates';
import { useDatasetIndex } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
import { Highlighted } from './Highlighted';
import { useSearchHits } from './useSearchHits';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './search.css';
// oxlint-disable-next-line import/no-unassigned-import -- chips
import '../../shared/chips.css';

const TYPE_LABEL: Record<HitType, string> = {
  event: 'Events',
  quote: 'Quotes',
  article: 'Articles',
};
const SHOWN = 50;
const NO_HITS: SearchHit[] = [];

/**
 * The results of the search in the URL (`q`), grouped by type with a filter per type; each
 * opens the event or the source panel at the match. Loaded lazily (default export).
 */
export default function SearchResults() {
  const query = useAppStore((s) => s.view.query);
  const { eventSelected, sourceOpened, searchChanged } = useActions();
  const lookup = useDatasetIndex();
  const answer = useSearchHits(query);
  const textLoading = useAppStore((s) => s.articleText === 'loading');
  // Until the worker answers this query, the last answer stays (no flicker while typing).
  const pending = answer?.query !== query;
  const hits = answer?.hits ?? NO_HITS;
  const [hidden, setHidden] = useState<ReadonlySet<HitType>>(new Set());
  const counts = Object.fromEntries(
    HIT_TYPES.map((t) => [t, hits.filter((h) => h.doc.type === t).length]),
  ) as Record<HitType, number>;
  const shown = hits.filter((h) => !hidden.has(h.doc.type));

  const open = ({ doc, terms }: SearchHit) => {
    if (doc.event !== null) eventSelected(doc.event);
    if (doc.type === 'quote' && doc.article !== null) {
      sourceOpened({
        article: doc.article,
        paragraph: doc.paragraph,
        start: doc.start,
        end: doc.end,
      });
    } else if (doc.type === 'article' && doc.article !== null) {
      const at = firstMatch(doc.text, terms);
      sourceOpened({
        article: doc.article,
        paragraph: doc.paragraph,
        start: at?.[0] ?? null,
        end: at?.[1] ?? null,
      });
    }
  };

  return (
    <section
      className="panel search-results"
      aria-labelledby="search-title"
      aria-busy={pending || undefined}
    >
      <div className="search-head">
        <h2 id="search-title" className="search-title">
          Search results for “{query}”
        </h2>
        <button type="button" className="button is-quiet" onClick={() => searchChanged('')}>
          Clear search
        </button>
      </div>
      <fieldset className="search-types">
        <legend className="visually-hidden">Show result types</legend>
        {HIT_TYPES.map((t) => (
          <button
            key={t}
            type="button"
            className="chip"
            aria-pressed={!hidden.has(t)}
            onClick={() =>
              setHidden((h) => {
                const next = new Set(h);
                if (next.has(t)) next.delete(t);
                else next.add(t);
                return next;
              })
            }
          >
            {TYPE_LABEL[t]} <span className="search-count">{counts[t]}</span>
          </button>
        ))}
      </fieldset>
      <output className="search-summary">
        {pending
          ? textLoading
            ? 'Loading the articles’ text to search…'
            : 'Searching…'
          : hits.length === 0
            ? 'Nothing matches. Check the spelling, or try fewer or shorter words.'
            : `${plural(shown.length, 'result')}${shown.length > SHOWN ? `, the first ${SHOWN} shown` : ''}`}
      </output>
      <ol className="search-list">
        {shown.slice(0, SHOWN).map((hit) => {
          const { doc } = hit;
          const event = doc.event !== null ? lookup.events.get(doc.event) : undefined;
          const article = doc.article !== null ? lookup.articles.get(doc.article) : undefined;
          const where =
            doc.type === 'event'
              ? `Event · ${event ? formatDay(event.date) : ''}`
              : doc.type === 'quote'
                ? `Quote · ${article?.outlet ?? article?.title ?? ''}`
                : `Article · ${doc.title}`;
          return (
            <li key={doc.id} className={`search-hit is-${doc.type}`}>
              <button type="button" className="search-hit-open" onClick={() => open(hit)}>
                <span className="search-hit-where">{where}</span>
                {doc.type !== 'article' && (
                  <span className="search-hit-title">
                    <Highlighted runs={matchRuns(doc.title, hit.terms)} />
                  </span>
                )}
                <span className="search-hit-text">
                  {doc.type === 'quote' ? '“' : ''}
                  <Highlighted runs={excerptRuns(doc.text, hit.terms)} />
                  {doc.type === 'quote' ? '”' : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
