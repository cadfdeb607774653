/**
 * What the chart loads once its first frame has been presented (useLateChart), one chunk: the
 * gesture canvas and the frames it paints, and the hovered mark's tooltip.
 */
export { GestureCanvas } from './GestureCanvas';
export { gestureFrames } from './gestureFrames';
export { Tooltip } from './Tooltip';
