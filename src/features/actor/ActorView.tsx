import { useMemo, type ReactNode } from 'react';
import { actorView, basisLabel } from '../../domain/actor/actorView';
import { hasArticleText } from '../../domain/dataset/articleText';
import { ROLE_WORDS } from '../../domain/view/roles';
import { formatDay, formatEventDate } from '../../domain/view/dates';
import { useDatasetIndex } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './actor.css';

/**
 * One actor's page: every event they take part in or that concerns them (each marked with
 * that role) and every quote of those events, in time order, with its source (unknown outlet/author shown as unknown) and the basis of the
 * attribution (derived, see src/domain/actor/README.md: never "said by"). `actions` (optional)
 * are shown under the heading.
 */
export function ActorView({ actorId, actions }: { actorId: string; actions?: ReactNode }) {
  const dataset = useAppStore((s) => s.dataset);
  const textLoading = useAppStore((s) => s.articleText === 'loading');
  const index = useDatasetIndex();
  const { eventSelected, sourceOpened } = useActions();
  const view = useMemo(() => actorView(dataset, actorId), [dataset, actorId]);
  const actor = index.actors.get(actorId);

  if (!actor) return <output>Unknown person or organisation: {actorId}</output>;
  const about = view.events.filter((e) => e.role === 'about').length;

  return (
    <section className="actor-view" aria-labelledby="actor-name">
      <h2 id="actor-name" tabIndex={-1}>
        {actor.name}
      </h2>
      {actor.role && <p className="actor-role">{actor.role}</p>}
      <p className="muted">
        {view.events.length} {view.events.length === 1 ? 'event' : 'events'}, {view.quotes.length}{' '}
        {view.quotes.length === 1 ? 'quote' : 'quotes'}
        {about > 0 && (
          <>
            {' '}
            (took part in {view.events.length - about}, {about} about them)
          </>
        )}
      </p>
      {actions}
      <ol className="actor-events">
        {view.events.map(({ event, role }) => (
          <li key={event.id} className="actor-event">
            <h3>
              <time dateTime={event.date}>{formatEventDate(event)}</time>{' '}
              <span className={`actor-event-role is-${role}`}>{ROLE_WORDS.actor.choice[role]}</span>{' '}
              <button
                type="button"
                className="button is-quiet"
                onClick={() => eventSelected(event.id)}
              >
                {event.title}
              </button>
            </h3>
            <ul className="actor-quotes">
              {view.quotes
                .filter((q) => q.event.id === event.id)
                .map((q, i) => {
                  const article = index.articles.get(q.evidence.article);
                  return (
                    <li key={`${q.evidence.article}-${q.evidence.start}-${i}`}>
                      <blockquote className="evidence-quote">
                        <p>“{q.evidence.quote}”</p>
                      </blockquote>
                      <p className="actor-quote-source">
                        {article?.outlet ?? 'Unknown outlet'} ·{' '}
                        {article?.author ?? 'Unknown author'}
                        {article && <> · {formatDay(article.published)}</>}
                        {
                          // How the quote names them is read from the article's mentions,
                          // which come with its text.
                          article && !hasArticleText(article)
                            ? textLoading && ' · how the quote names them: loading…'
                            : ` · ${basisLabel(q.basis)}`
                        }
                      </p>
                      <button
                        type="button"
                        className="button"
                        aria-label={`Read in source: ${article?.title ?? q.evidence.article}`}
                        onClick={() =>
                          sourceOpened({
                            article: q.evidence.article,
                            paragraph: q.evidence.paragraph,
                            start: q.evidence.start,
                            end: q.evidence.end,
                          })
                        }
                      >
                        Read in source
                      </button>
                    </li>
                  );
                })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
