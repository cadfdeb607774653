import { FirstScreenPart } from '../../shared/FirstScreenPart';
import { lateModule } from '../../shared/lateModule';
import type { TimelineToolbarProps } from './TimelineToolbar';

const toolbar = lateModule(() => import('./TimelineToolbar'));

/** Loads the toolbar's chunk (the prerender draws the toolbar as the app will). */
export const loadTimelineToolbar = toolbar.load;

/**
 * The chart's toolbar (zoom buttons, time scale, lanes), whose code is a chunk loaded once the
 * first frame has been presented; meanwhile the prerendered first screen's toolbar stays in place.
 */
export function LateTimelineToolbar(props: TimelineToolbarProps) {
  const loaded = toolbar.use();
  if (loaded) return <loaded.TimelineToolbar {...props} />;
  return <FirstScreenPart selector=".timeline .tl-toolbar" />;
}
