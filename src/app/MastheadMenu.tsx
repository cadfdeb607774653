import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { LineIcon } from '../shared/LineIcon';

/**
 * The masthead's secondary controls behind one "Menu" button where the window is narrow (a
 * disclosure: layout.css shows the button and hides the closed panel below the compact width,
 * and lays the controls out in the row beside the search field above it). CSS alone decides
 * which, so the prerendered first screen draws the masthead the app draws at the same width.
 * Enter or Space opens it; Escape, a click outside or the button again closes it, Escape
 * returning focus to the button. A dialog opened from inside it (the stories) keeps it open, so
 * closing that dialog returns focus to a control still on screen.
 */
export function MastheadMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      // Escape inside an open dialog is the dialog's own (it closes itself).
      if (e.key !== 'Escape' || (e.target as Element).closest?.('dialog')) return;
      e.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div ref={root} className="masthead-menu" data-open={open ? '' : undefined}>
      <button
        ref={toggle}
        type="button"
        className="button masthead-menu-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <LineIcon>
          <path d="M2.5 4h11M2.5 8h11M2.5 12h11" />
        </LineIcon>
        Menu
      </button>
      <div id={panelId} className="masthead-menu-panel">
        {children}
      </div>
    </div>
  );
}
