import { latePart } from '../../shared/FirstScreenPart';
import { lateModule } from '../../shared/lateModule';

const toolbar = lateModule(() => import('./TimelineToolbar'));

/** Loads the toolbar's chunk (the prerender draws the toolbar as the app will). */
export const loadTimelineToolbar = toolbar.load;

/**
 * The chart's toolbar (zoom buttons, time scale, lanes), whose code is a chunk loaded once the
 * first frame has been presented; meanwhile the prerendered first screen's toolbar stays in place.
 */
export const LateTimelineToolbar = latePart(
  toolbar,
  (m) => m.TimelineToolbar,
  '.timeline .tl-toolbar',
);
