import { useMemo } from 'react';
import { citeView } from '../../domain/export/citation';
import { describeFilters } from '../../domain/export/describe';
import { exportEvents } from '../../domain/export/rows';
import { plural } from '../../domain/view/format';
import { formatDay, formatEventDate } from '../../domain/view/dates';
import { isEventKind } from '../../domain/view/kinds';
import { ROLE_WORDS } from '../../domain/view/roles';
import { useFilteredEvents } from '../../state/selectors';
import { useViewLinks } from '../../state/links';
import { useAppStore } from '../../state/store';
import { KindBadge } from '../../shared/KindSymbol';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './print.css';

/** The event's named entities in print order: who, who it is about, where, what place. */
const ENTITY_ROLES = [
  ['actor', 'part', 'actors'],
  ['actor', 'about', 'aboutActors'],
  ['place', 'part', 'places'],
  ['place', 'about', 'aboutPlaces'],
] as const;

/**
 * The filtered events as a document: a title line (the view's citation: its filters in words,
 * its link and the day it was printed), then each event (date with its precision, title, kind,
 * summary, actors, places, its own link) and its evidence (outlet, author, date, headline and
 * the verbatim quote). Links are printed as plain text, never as active links.
 */
export function PrintDocument({ accessed }: { accessed: string }) {
  const dataset = useAppStore((s) => s.dataset);
  const view = useAppStore((s) => s.view);
  const events = useFilteredEvents();
  const links = useViewLinks();
  const rows = useMemo(() => exportEvents(dataset, events, links.event), [dataset, events, links]);
  // The citation's own first line, so the printed title reads exactly like "Copy citation".
  const title = citeView({
    link: links.view,
    description: describeFilters(dataset, view.filters),
    events: [],
    accessed,
  }).split('\n')[0];

  return (
    <div className="print-view">
      <header className="print-head">
        <h1>Sourceline</h1>
        <p className="print-citation">{title}</p>
        <p>{plural(rows.length, 'event')}, each with the verbatim quotes of its sources.</p>
      </header>
      {rows.length === 0 && <p>No events match these filters.</p>}
      <ol className="print-events">
        {rows.map((e) => (
          <li key={e.id} className="print-event">
            <h2>
              <span className="print-date">{formatEventDate(e, { sentence: true })}</span> {e.title}
            </h2>
            <p className="print-meta">
              {isEventKind(e.kind) ? <KindBadge kind={e.kind} /> : e.kind}
              {ENTITY_ROLES.map(([entity, role, field]) =>
                e[field].length > 0 ? (
                  <span key={field}>
                    {' '}
                    · {ROLE_WORDS[entity].heading[role]}: {e[field].join(', ')}
                  </span>
                ) : null,
              )}
            </p>
            <p className="print-summary">{e.summary}</p>
            <p className="print-link">{e.link}</p>
            <ul className="print-sources">
              {e.sources.map((s, i) => (
                <li key={`${s.article}-${i}`} className="print-source">
                  <p className="print-source-meta">
                    {s.outlet ?? 'Unknown outlet'} · {s.author ?? 'Unknown author'} ·{' '}
                    {s.published ? formatDay(s.published) : 'Unknown date'} · “{s.title}”
                  </p>
                  <blockquote>“{s.quote}”</blockquote>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
