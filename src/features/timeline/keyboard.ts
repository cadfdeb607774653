import type { TimelineLayout } from '../../domain/timeline/layout';
import type { PlacedItem } from '../../domain/timeline/placement';
import { panWindow, zoomWindow, type UnitWindow } from '../../domain/timeline/viewport';

/** What a key press on the timeline asks for. */
export type KeyAction =
  | { type: 'select'; id: string }
  | { type: 'window'; window: UnitWindow }
  | { type: 'fit' }
  | { type: 'expand'; item: PlacedItem }
  | null;

export interface KeyContext {
  layout: TimelineLayout;
  /** The item that has focus (null when focus is on the chart itself). */
  item: PlacedItem | null;
  selectedId: string | null;
  window: UnitWindow;
  maxSpan: number;
}

/** Zoom step of the +/- keys and buttons. */
export const ZOOM_STEP = 2;
/** Shift+arrow pans by this fraction of the window. */
export const PAN_STEP = 0.25;

/**
 * Maps a key to an action (pure; the chart applies it). Left/Right walk the events in time order
 * and select; Home/End first/last; Shift+Left/Right pan; + and - zoom (around the selected event
 * when it is on screen); 0 or F fit; Enter/Space select an event or expand a cluster.
 */
export function keyAction(
  key: string,
  shift: boolean,
  { layout, item, selectedId, window, maxSpan }: KeyContext,
): KeyAction {
  const { ordered } = layout;
  const selected = selectedId ? layout.byId.get(selectedId) : undefined;
  const select = (i: number): KeyAction => {
    const target = ordered[Math.max(0, Math.min(ordered.length - 1, i))];
    return target ? { type: 'select', id: target.event.id } : null;
  };
  // Where "next" counts from: the focused event, a focused cluster's ends, or the selection.
  const from = (dir: 1 | -1): number => {
    if (item?.type === 'event') return item.laid.order;
    if (item?.type === 'cluster') {
      const orders = item.events.map((l) => l.order);
      // Right enters the cluster at its first event; Left leaves it before its first.
      return dir === 1 ? Math.min(...orders) - 1 : Math.min(...orders);
    }
    return selected ? selected.order : dir === 1 ? -1 : ordered.length;
  };

  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      const dir = key === 'ArrowRight' ? 1 : -1;
      if (shift) return { type: 'window', window: panWindow(window, dir * PAN_STEP) };
      return select(from(dir) + dir);
    }
    case 'Home':
      return select(0);
    case 'End':
      return select(ordered.length - 1);
    case '+':
    case '=':
    case '-':
    case '_': {
      const factor = key === '+' || key === '=' ? ZOOM_STEP : 1 / ZOOM_STEP;
      const anchor =
        selected && selected.u > window[0] && selected.u < window[1] ? selected.u : undefined;
      return { type: 'window', window: zoomWindow(window, factor, maxSpan, anchor) };
    }
    case '0':
    case 'f':
    case 'F':
      return { type: 'fit' };
    case 'Enter':
    case ' ':
      if (item?.type === 'cluster') return { type: 'expand', item };
      if (item?.type === 'event') return { type: 'select', id: item.laid.event.id };
      return null;
    default:
      return null;
  }
}
