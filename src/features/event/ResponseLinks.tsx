import { responseLinks } from '../../domain/claims/responses';
import type { DatasetEvent } from '../../domain/types';
import { eventLink } from '../../domain/view/url';
import { useInAppHref } from '../../state/links';
import { selectResponseIndex } from '../../state/responseIndex';
import { useDatasetIndex } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
// oxlint-disable-next-line import/no-unassigned-import -- shared with the claims section
import './claims.css';

/**
 * The events this one answers and the events that answer it ("Denies: …", "Denied by: …"),
 * each a link to that event (a plain click selects it in place). Nothing is shown when there are none.
 */
export function ResponseLinks({ event }: { event: DatasetEvent }) {
  const incoming = useAppStore(selectResponseIndex);
  const index = useDatasetIndex();
  const { eventSelected } = useActions();
  const inApp = useInAppHref();
  const links = responseLinks(incoming, event);
  if (links.length === 0) return null;
  return (
    <section className="responses" aria-labelledby="responses-title">
      <h3 id="responses-title" className="entity-heading">
        Replies and denials
      </h3>
      <ul className="response-list">
        {links.map((link) => {
          const other = index.events.get(link.event);
          return (
            <li key={`${link.direction}-${link.event}`}>
              <span className={`response-relation is-${link.relation}`}>{link.label}:</span>{' '}
              <a
                className="response-link"
                href={inApp(eventLink(link.event))}
                onClick={(e) => {
                  // A plain click selects in place (one history entry); modified clicks open a tab.
                  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  eventSelected(link.event);
                }}
              >
                {other?.title ?? link.event}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
