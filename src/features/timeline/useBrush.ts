import type { RefObject } from 'react';
import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import { useD3Behavior, type D3Behavior } from '../../shared/useD3Behavior';

export interface BrushOptions {
  width: number;
  height: number;
  /** The brushed span in px, or null for none (from the store's date range). */
  selection: readonly [number, number] | null;
  /** The user finished brushing (null = cleared). */
  onBrush: (selection: [number, number] | null) => void;
}

const brush: D3Behavior<SVGGElement, BrushOptions, BrushBehavior<unknown>> = {
  attach({ brushX, select }, el, { latest, syncing }) {
    const behavior = brushX<unknown>().on('end', (event: D3BrushEvent<unknown>) => {
      if (syncing.current || !event.sourceEvent) return; // moved by us
      const s = event.selection as [number, number] | null;
      latest.current.onBrush(s && s[1] - s[0] >= 1 ? [s[0], s[1]] : null);
    });
    return { behavior, detach: () => select(el).on('.brush', null) };
  },
  sync({ select }, el, behavior, { width, height, selection }) {
    if (width <= 0) return;
    behavior.extent([
      [0, 0],
      [width, height],
    ]);
    const g = select(el).call(behavior);
    behavior.move(g, selection ? [selection[0], selection[1]] : null);
  },
};

/**
 * The one place d3-brush lives: a horizontal brush on `ref`. User gestures are reported when they
 * end; store changes move the brush without reporting back.
 */
export function useBrush(ref: RefObject<SVGGElement | null>, options: BrushOptions) {
  const { width, height, selection } = options;
  useD3Behavior(ref, options, brush, [width, height, selection?.[0], selection?.[1]]);
}
