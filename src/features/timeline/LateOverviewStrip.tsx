import { FirstScreenPart } from '../../shared/FirstScreenPart';
import { lateModule } from '../../shared/lateModule';
import type { OverviewStripProps } from './OverviewStrip';

const strip = lateModule(() => import('./OverviewStrip'));

/** Loads the overview strip's chunk (the prerender draws the strip as the app will). */
export const loadOverviewStrip = strip.load;

/**
 * The overview strip below the chart, whose code (with its brush) is a chunk loaded once the
 * first frame has been presented; meanwhile the prerendered first screen's strip stays in place.
 */
export function LateOverviewStrip(props: OverviewStripProps) {
  const loaded = strip.use();
  if (loaded) return <loaded.OverviewStrip {...props} />;
  return <FirstScreenPart selector=".timeline .tl-overview" />;
}
