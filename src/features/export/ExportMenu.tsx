import { useId, useMemo, useState } from 'react';
import { citeView } from '../../domain/export/citation';
import { eventsToCsv } from '../../domain/export/csv';
import { describeFilters } from '../../domain/export/describe';
import { eventsToIcs } from '../../domain/export/ics';
import { eventsToJson } from '../../domain/export/json';
import { exportEvents } from '../../domain/export/rows';
import { serialiseView } from '../../domain/view/url';
import { useFilteredEvents } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { downloadText } from './download';
import { EmbedSection } from './EmbedSection';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './export.css';

/** The page's address without its hash: links are this plus a view's hash. */
const base = () => `${window.location.origin}${window.location.pathname}`;

/**
 * "Cite & export": a citation of the current view (its link plus every event and its sources,
 * as plain text to copy), the filtered events as CSV, JSON or an iCalendar file, and Print.
 */
export function ExportMenu() {
  const dataset = useAppStore((s) => s.dataset);
  const view = useAppStore((s) => s.view);
  const events = useFilteredEvents();
  const [open, setOpen] = useState(false);
  /** The day the citation was taken (set when the panel opens: rendering stays pure). */
  const [accessed, setAccessed] = useState('');
  const [status, setStatus] = useState('');
  const panelId = useId();

  const rows = useMemo(
    () =>
      open
        ? exportEvents(dataset, events, (id) => `${base()}${serialiseView({ ...view, event: id })}`)
        : [],
    [open, dataset, events, view],
  );
  const link = `${base()}${serialiseView(view)}`;
  const citation = open
    ? citeView({
        link,
        description: describeFilters(dataset, view.filters),
        events: rows,
        accessed,
      })
    : '';
  const stamp =
    dataset.articles
      .map((a) => a.published)
      .sort()
      .at(-1) ?? '2000-01-01';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(citation);
      setStatus('Citation copied');
    } catch {
      setStatus('Select the citation text and copy it');
    }
  };

  return (
    <div className="export">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setAccessed(new Date().toISOString().slice(0, 10));
          setOpen((o) => !o);
        }}
      >
        Cite &amp; export
      </button>
      <div id={panelId} className="export-panel" hidden={!open}>
        {open && (
          <>
            <label className="export-label" htmlFor={`${panelId}-citation`}>
              Citation of this view ({rows.length} {rows.length === 1 ? 'event' : 'events'})
            </label>
            <textarea id={`${panelId}-citation`} readOnly value={citation} rows={8} />
            <div className="export-actions">
              <button type="button" className="button is-primary" onClick={() => void copy()}>
                Copy citation
              </button>
              <button
                type="button"
                className="button"
                onClick={() => downloadText('sourceline-events.csv', eventsToCsv(rows), 'text/csv')}
              >
                Download CSV
              </button>
              <button
                type="button"
                className="button"
                onClick={() =>
                  downloadText(
                    'sourceline-events.json',
                    eventsToJson(link, rows),
                    'application/json',
                  )
                }
              >
                Download JSON
              </button>
              <button
                type="button"
                className="button"
                onClick={() =>
                  downloadText(
                    'sourceline-events.ics',
                    eventsToIcs(rows, new Date(`${stamp}T00:00:00Z`)),
                    'text/calendar',
                  )
                }
              >
                Download calendar (.ics)
              </button>
              <button
                type="button"
                className="button"
                // The print view (src/features/print) renders on `beforeprint`: the filtered
                // events with their quotes, not the screen.
                onClick={() => window.print()}
              >
                Print
              </button>
            </div>
            <output className="export-status" aria-live="polite">
              {status}
            </output>
            <EmbedSection />
          </>
        )}
      </div>
    </div>
  );
}
