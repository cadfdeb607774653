import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * How high an open layer sits: Escape closes the highest one first. A field's layer (the text
 * typed into a search field) and a panel's (one source among those open) count only while focus
 * is inside them.
 */
export const EscapeLevel = {
  field: 50,
  drawer: 40,
  panel: 30,
  sheet: 20,
  selection: 10,
} as const;

interface Entry {
  level: number;
  order: number;
  within: RefObject<Element | null> | undefined;
  close: () => void;
}

// The document's open layers. There is one document, so one registry and one key listener,
// whatever store or dataset the components on it show.
const open = new Set<Entry>();
let opened = 0;

/** The one Escape path: the highest open layer (the latest opened among equals) closes. */
function onKeyDown(e: KeyboardEvent) {
  if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
  const target = e.target instanceof Node ? e.target : null;
  let top: Entry | undefined;
  for (const entry of open) {
    if (entry.within && !(target && entry.within.current?.contains(target))) continue;
    if (!top || entry.level > top.level || (entry.level === top.level && entry.order > top.order))
      top = entry;
  }
  if (!top) return;
  // Also keeps a modal dialog from closing itself: the layer's own close does it.
  e.preventDefault();
  top.close();
}

/**
 * Registers an open layer that Escape closes: `close` while open, null while closed. With
 * `within`, the layer counts only while focus is inside that element.
 */
export function useEscapeLayer(
  level: number,
  close: (() => void) | null,
  within?: RefObject<Element | null>,
): void {
  const latest = useRef(close);
  useLayoutEffect(() => {
    latest.current = close;
  });
  const isOpen = close !== null;
  useEffect(() => {
    if (!isOpen) return;
    const entry: Entry = { level, within, order: ++opened, close: () => latest.current?.() };
    if (open.size === 0) document.addEventListener('keydown', onKeyDown);
    open.add(entry);
    return () => {
      open.delete(entry);
      if (open.size === 0) document.removeEventListener('keydown', onKeyDown);
    };
  }, [isOpen, level, within]);
}
