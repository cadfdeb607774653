import { useId, useMemo, useState } from 'react';
import { citeView } from '../../domain/export/citation';
import { eventsToCsv } from '../../domain/export/csv';
import { describeFilters } from '../../domain/export/describe';
import { eventsToIcs } from '../../domain/export/ics';
import { eventsToJson } from '../../domain/export/json';
import { exportEvents } from '../../domain/export/rows';
import { useFilteredEvents } from '../../state/selectors';
import { useViewLinks } from '../../state/links';
import { useAppStore } from '../../state/store';
import { copyText } from '../../shared/clipboard';
import { downloadText } from './download';
import { EmbedSection } from './EmbedSection';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './export.css';

/**
 * "Cite & export": a citation of the current view (its link plus every event and its sources,
 * as plain text to copy), the filtered events as CSV, JSON or an iCalendar file, and Print.
 */
export function ExportMenu() {
  const dataset = useAppStore((s) => s.dataset);
  const view = useAppStore((s) => s.view);
  const events = useFilteredEvents();
  const links = useViewLinks();
  const [open, setOpen] = useState(false);
  /** The day the citation was taken (set when the panel opens: rendering stays pure). */
  const [accessed, setAccessed] = useState('');
  const [status, setStatus] = useState('');
  const panelId = useId();

  const rows = useMemo(
    () => (open ? exportEvents(dataset, events, links.event) : []),
    [open, dataset, events, links],
  );
  const link = links.view;
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

  const copy = async () =>
    setStatus(
      (await copyText(citation)) ? 'Citation copied' : 'Select the citation text and copy it',
    );

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
