import { Suspense, useId, useState, type ComponentType } from 'react';
import type { ExportPanelProps } from './ExportPanel';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './export.css';

/**
 * "Cite & export": the button and the panel it opens. `Panel` draws the open menu
 * (ExportPanel.tsx); the app passes it loaded on demand, so the first screen carries only the
 * button.
 */
export function ExportMenu({ Panel }: { Panel: ComponentType<ExportPanelProps> }) {
  const [open, setOpen] = useState(false);
  /** The day the citation was taken (set when the panel opens: rendering stays pure). */
  const [accessed, setAccessed] = useState('');
  const panelId = useId();

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
          <Suspense fallback={<p className="export-loading">Loading…</p>}>
            <Panel accessed={accessed} panelId={panelId} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
