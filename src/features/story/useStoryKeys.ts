import { useEffect } from 'react';

/** Elements whose own arrow keys must win: text entry, selects, sliders, lists with a cursor. */
const OWN_ARROWS =
  'input, textarea, select, [contenteditable], [role="listbox"], [role="slider"], [role="tablist"], [role="menu"]';

/**
 * Left and Right arrows move through the story anywhere on the page, except where focus is in
 * something that uses them itself (a text box, the timeline's events) or with a modifier.
 */
export function useStoryKeys(active: boolean, onStep: (direction: -1 | 1) => void) {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(OWN_ARROWS)) return;
      e.preventDefault();
      onStep(e.key === 'ArrowRight' ? 1 : -1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, onStep]);
}
