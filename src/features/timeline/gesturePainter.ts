/**
 * What a zoom or pan gesture is drawn with, one chunk loaded after the first frame
 * (useGesturePainter): the canvas and the frames it paints.
 */
export { GestureCanvas } from './GestureCanvas';
export { gestureFrames } from './gestureFrames';
