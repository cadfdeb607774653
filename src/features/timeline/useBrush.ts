import type { RefObject } from 'react';
import { useD3Behavior } from '../../shared/useD3Behavior';

const load = () => import('./gestureBehaviors').then((m) => m.overviewBrush);

export interface BrushOptions {
  width: number;
  height: number;
  /** The brushed span in px, or null for none (from the store's date range). */
  selection: readonly [number, number] | null;
  /** The user finished brushing (null = cleared). */
  onBrush: (selection: [number, number] | null) => void;
}

/**
 * The one place d3-brush lives: a horizontal brush on `ref`. User gestures are reported when they
 * end; store changes move the brush without reporting back.
 */
export function useBrush(ref: RefObject<SVGGElement | null>, options: BrushOptions) {
  const { width, height, selection } = options;
  useD3Behavior(ref, options, load, [width, height, selection?.[0], selection?.[1]]);
}
