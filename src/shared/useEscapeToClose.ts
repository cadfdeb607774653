import { useCallback, useEffect, useRef } from 'react';

/**
 * While `openKey` is not null, Escape anywhere (unless an inner control already handled it)
 * closes. Returns the same dismiss function for a Close button. Either way focus returns to
 * where the reader was when this item opened (the event they chose in the list or timeline),
 * or to <main> if that element has gone, never silently to <body>.
 */
export function useEscapeToClose(openKey: string | null, close: () => void): () => void {
  const returnTo = useRef<HTMLElement | null>(null);

  const dismiss = useCallback(() => {
    const target = returnTo.current;
    close();
    if (target?.isConnected) target.focus();
    else document.querySelector<HTMLElement>('main')?.focus();
  }, [close]);

  useEffect(() => {
    if (openKey === null) return;
    const active = document.activeElement;
    returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      dismiss();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openKey, dismiss]);

  return dismiss;
}
