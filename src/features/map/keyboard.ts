import type { MapCamera } from '../../domain/map/camera';
import { panCamera, zoomCamera, type FrameSize } from '../../domain/map/viewport';

/** Arrow keys move the map by this fraction of the frame. */
export const PAN_STEP = 0.25;

/**
 * What a key on the focused map asks for (pure; the panel applies it): a new camera, `'fit'`
 * (all places), or null for a key the map does not use. Arrows pan, + and − zoom one step
 * (doubling), 0 or F shows all places.
 */
export function mapKeyAction(
  key: string,
  camera: MapCamera,
  size: FrameSize,
): MapCamera | 'fit' | null {
  switch (key) {
    case 'ArrowLeft':
      return panCamera(camera, -PAN_STEP, 0, size);
    case 'ArrowRight':
      return panCamera(camera, PAN_STEP, 0, size);
    case 'ArrowUp':
      return panCamera(camera, 0, -PAN_STEP, size);
    case 'ArrowDown':
      return panCamera(camera, 0, PAN_STEP, size);
    case '+':
    case '=':
      return zoomCamera(camera, 1);
    case '-':
    case '_':
      return zoomCamera(camera, -1);
    case '0':
    case 'f':
    case 'F':
      return 'fit';
    default:
      return null;
  }
}
