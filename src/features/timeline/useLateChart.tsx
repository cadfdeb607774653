import { lateModule } from '../../shared/lateModule';

/** What the chart loads after its first frame (lateChart.ts). */
export type LateChart = typeof import('./lateChart');

const lateChart = lateModule(() => import('./lateChart'));

/**
 * The gesture canvas, its frames and the tooltip (lateChart.ts, a chunk of its own) once loaded,
 * null before: it is read once the first frame has been presented, as the gesture code itself
 * is. Until it is there, a gesture is drawn by the SVG marks like any other change of window,
 * and a hovered mark shows no tooltip (its accessible name says the same).
 */
export function useLateChart(): LateChart | null {
  return lateChart.use();
}
