import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useEscapeLayer } from './escapeLayers';

export interface LayerProps {
  /** Shown (in the page) or opened (as a modal dialog). */
  open: boolean;
  /**
   * A native modal `<dialog>` (focus stays inside, the page behind is inert): a drawer or a
   * bottom sheet on a narrow screen. Otherwise an element in the page's flow, hidden while
   * closed.
   */
  modal: boolean;
  /** Its place in the one Escape path (`EscapeLevel`). */
  level: number;
  /** Closes it: Escape, a tap outside a modal one, or the system's close request (Back gesture). */
  onClose: () => void;
  /** The accessible name: of the dialog, or of the aside (a plain div has none). */
  label: string;
  className: string;
  id?: string;
  /** The element it is while in the page's flow. */
  as?: 'aside' | 'div';
  children: ReactNode;
}

/**
 * A layer of the page that Escape closes: a side column or a modal drawer or sheet, by width.
 * However it closes (Escape, its Close button, Back), focus returns to where the reader was when
 * it opened if it was inside the layer (or was lost), or to `<main>` if that element has gone.
 */
export function Layer({
  open,
  modal,
  level,
  onClose,
  label,
  className,
  id,
  as: Tag = 'div',
  children,
}: LayerProps) {
  const ref = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  useEscapeLayer(level, open ? onClose : null);

  // A layout effect: the opener is read before showModal moves focus into the dialog.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const dialog = modal && el instanceof HTMLDialogElement ? el : null;
    if (open) {
      if (!wasOpen.current) {
        const active = document.activeElement;
        opener.current =
          active instanceof HTMLElement && active !== document.body && !el.contains(active)
            ? active
            : null;
      }
      if (dialog && !dialog.open) {
        // A tap on the backdrop closes it too (a close request, as Back is on a phone).
        dialog.setAttribute('closedby', 'any');
        // Focus goes to the dialog itself (its name is announced), not to its first button.
        dialog.setAttribute('autofocus', '');
        if (typeof dialog.showModal === 'function') dialog.showModal();
        else dialog.setAttribute('open', ''); // no modal dialogs: an open one in the page
      }
    } else {
      if (dialog?.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      if (wasOpen.current) returnFocus(el, opener.current);
    }
    wasOpen.current = open;
  }, [open, modal]);

  if (modal) {
    return (
      <dialog
        ref={ref as RefObject<HTMLDialogElement>}
        className={className}
        id={id}
        aria-label={label}
        onCancel={(e) => {
          // A close request other than Escape (which the Escape path handles), such as a tap on
          // the backdrop: close through the app's state, which closes the dialog.
          e.preventDefault();
          onClose();
        }}
      >
        {children}
      </dialog>
    );
  }
  return (
    <Tag
      ref={ref as RefObject<HTMLDivElement>}
      className={className}
      id={id}
      aria-label={Tag === 'aside' ? label : undefined}
      hidden={!open}
    >
      {children}
    </Tag>
  );
}

function returnFocus(layer: HTMLElement, opener: HTMLElement | null) {
  const active = document.activeElement;
  const lost = active === null || active === document.body || layer.contains(active);
  if (!lost) return;
  if (opener?.isConnected) opener.focus();
  else document.querySelector<HTMLElement>('main')?.focus();
}
