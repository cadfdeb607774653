import { useCallback, useEffect, useState, type RefObject } from 'react';
import { shownPanels, type ShownPanels } from './pager';

const reducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Tracks which of a scrolling row's panels (its element children) are on screen, as the row
 * scrolls or resizes, and scrolls a given panel to the row's start. `key` changes when the
 * panels do. Where there is no layout (jsdom) every panel counts as shown.
 */
export function useShownPanels(
  row: RefObject<HTMLElement | null>,
  count: number,
  key: string,
): { shown: ShownPanels; show: (index: number) => void } {
  const all = { first: 0, last: Math.max(0, count - 1), count };
  const [shown, setShown] = useState<ShownPanels>(all);

  useEffect(() => {
    const el = row.current;
    // `key` names the open panels: a new set is measured afresh; none, nothing to measure.
    if (!el || key === '') return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      if (el.clientWidth === 0) {
        setShown({
          first: 0,
          last: Math.max(0, el.children.length - 1),
          count: el.children.length,
        });
        return;
      }
      const boxes = [...el.children].map((c) => {
        const child = c as HTMLElement;
        return { left: child.offsetLeft, width: child.offsetWidth };
      });
      const next = shownPanels(boxes, el.scrollLeft, el.clientWidth);
      setShown((s) =>
        s.first === next.first && s.last === next.last && s.count === next.count ? s : next,
      );
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    el.addEventListener('scroll', schedule, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    observer?.observe(el);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      el.removeEventListener('scroll', schedule);
      observer?.disconnect();
    };
  }, [row, key]);

  const show = useCallback(
    (index: number) => {
      const el = row.current;
      const panel = el?.children[index] as HTMLElement | undefined;
      if (!el || !panel) return;
      el.scrollTo?.({ left: panel.offsetLeft, behavior: reducedMotion() ? 'auto' : 'smooth' });
    },
    [row],
  );

  return { shown: shown.count === count ? shown : all, show };
}
