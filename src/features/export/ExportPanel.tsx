import { useMemo, useState } from 'react';
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
import { downloadFile } from '../../shared/download';
import { EmbedSection } from './EmbedSection';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './exportPanel.css';

/** What the open menu needs from its button: the day it was opened and the panel's id. */
export interface ExportPanelProps {
  /** The day the citation was taken (set when the menu opens: rendering stays pure). */
  accessed: string;
  /** The id of the menu's panel, which prefixes the ids of the fields inside it. */
  panelId: string;
}

/**
 * The open "Cite & export" menu: a citation of the current view (its link plus every event and
 * its sources, as plain text to copy), the filtered events as CSV, JSON or an iCalendar file,
 * Print, and the embed snippet. A chunk of its own: the first screen needs only the button.
 */
export default function ExportPanel({ accessed, panelId }: ExportPanelProps) {
  const dataset = useAppStore((s) => s.dataset);
  const view = useAppStore((s) => s.view);
  const events = useFilteredEvents();
  const links = useViewLinks();
  const [status, setStatus] = useState('');

  const rows = useMemo(() => exportEvents(dataset, events, links.event), [dataset, events, links]);
  const link = links.view;
  const citation = citeView({
    link,
    description: describeFilters(dataset, view.filters),
    events: rows,
    accessed,
  });
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
          onClick={() => downloadFile('sourceline-events.csv', eventsToCsv(rows), 'text/csv')}
        >
          Download CSV
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadFile('sourceline-events.json', eventsToJson(link, rows), 'application/json')
          }
        >
          Download JSON
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadFile(
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
  );
}
