import { Suspense, type ComponentType } from 'react';
import { usePrinting } from './usePrinting';

/**
 * The printed page (Ctrl+P or "Print" in Cite & export): rendered only while printing, so the
 * screen never carries a hidden copy of every event (the app must stay fast at 10,000 events).
 * `Document` draws it (PrintDocument.tsx, which brings print.css, hiding the rest of the app on
 * paper); the app passes it loaded once the page is idle, so the first screen carries only the
 * listener.
 */
export function PrintView({ Document }: { Document: ComponentType<{ accessed: string }> }) {
  const printing = usePrinting();
  return printing ? (
    <Suspense fallback={null}>
      <Document accessed={printing.accessed} />
    </Suspense>
  ) : null;
}
