import { useLayoutEffect } from 'react';
import { endFirstScreen } from './firstScreen';
// oxlint-disable-next-line import/no-unassigned-import -- the first screen's loading states
import './firstScreen.css';

/** Rendered beside the app: its layout effect runs in the commit that replaces the first screen. */
export function FirstScreenReplaced() {
  useLayoutEffect(() => endFirstScreen(), []);
  return null;
}
