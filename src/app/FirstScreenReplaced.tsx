import { useLayoutEffect } from 'react';
import { afterPaint } from '../shared/afterPaint';
import { endFirstScreen } from './firstScreen';
// oxlint-disable-next-line import/no-unassigned-import -- the first screen's loading states
import './firstScreen.css';

/**
 * Rendered beside the app: its layout effect runs in the commit that replaces the first screen;
 * `shown` runs once that frame is painted.
 */
export function FirstScreenReplaced({ shown }: { shown?: () => void }) {
  useLayoutEffect(() => {
    endFirstScreen();
    if (shown) afterPaint(shown);
  }, [shown]);
  return null;
}
