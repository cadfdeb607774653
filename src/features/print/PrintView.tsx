import { PrintDocument } from './PrintDocument';
import { usePrinting } from './usePrinting';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './print.css';

/**
 * The printed page (Ctrl+P or "Print" in Cite & export): rendered only while printing, so the
 * screen never carries a hidden copy of every event (the app must stay fast at 10,000 events).
 * print.css hides the rest of the app when it is there.
 */
export function PrintView() {
  const printing = usePrinting();
  return printing ? <PrintDocument accessed={printing.accessed} /> : null;
}
