import { latePart } from '../../shared/FirstScreenPart';
import { lateModule } from '../../shared/lateModule';

const strip = lateModule(() => import('./OverviewStrip'));

/** Loads the overview strip's chunk (the prerender draws the strip as the app will). */
export const loadOverviewStrip = strip.load;

/**
 * The overview strip below the chart, whose code (with its brush) is a chunk loaded once the
 * first frame has been presented; meanwhile the prerendered first screen's strip stays in place.
 */
export const LateOverviewStrip = latePart(strip, (m) => m.OverviewStrip, '.timeline .tl-overview');
