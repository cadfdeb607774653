/**
 * What the chart loads once its first frame has been presented (useLateChart), one chunk: the
 * gesture canvas and the frames it paints, and the hovered mark's tooltip.
 */
// oxlint-disable-next-line import/no-unassigned-import -- the tooltip's and the gesture canvas's styles
import './lateChart.css';
export { GestureCanvas } from './GestureCanvas';
export { gestureFrames } from './gestureFrames';
export { Tooltip } from './Tooltip';
