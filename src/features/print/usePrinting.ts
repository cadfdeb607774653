import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** While the page is being printed: the day the print was taken (for the citation), else null. */
export type PrintingState = { accessed: string } | null;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Whether the page is being printed. Listens to `beforeprint`/`afterprint` (Ctrl+P, the Print
 * button's `window.print()`) and to `matchMedia('print')` changes (print previews and emulated
 * print media that fire no print events). The state is set with `flushSync` because the
 * browser lays the page out for print as soon as `beforeprint` returns: a scheduled render
 * would come too late and print the screen layout.
 */
export function usePrinting(): PrintingState {
  const [printing, setPrinting] = useState<PrintingState>(null);

  useEffect(() => {
    const start = () => flushSync(() => setPrinting((p) => p ?? { accessed: today() }));
    const stop = () => setPrinting(null);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    // A media change arrives outside the print events: render normally (no flushSync needed).
    const onMedia = (e: MediaQueryListEvent) =>
      e.matches ? setPrinting((p) => p ?? { accessed: today() }) : stop();
    media?.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      media?.removeEventListener('change', onMedia);
    };
  }, []);

  return printing;
}
