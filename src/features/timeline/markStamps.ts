import { MARK_R } from './geometry';
import { MARK_STYLE as S } from './markStyle';
import { kindShape } from '../../domain/view/kinds';
import type { EventKind } from '../../domain/types';
import type { MarkPalette } from './paintMarks';

/*
 * How one event mark looks on a canvas (drawMark), and the marks drawn once as bitmaps
 * (markStamps) that the gesture canvas copies instead of drawing each mark again.
 */

const shapes = new Map<EventKind, Path2D>();
function shapeOf(kind: EventKind): Path2D {
  let path = shapes.get(kind);
  if (!path) {
    path = new Path2D(kindShape(kind));
    shapes.set(kind, path);
  }
  return path;
}

/**
 * One event mark drawn at the origin: its kind's shape, filled for an exact day; hollow, dashed
 * and with a ± one day whisker `whisker` px wide each side for an approximate date.
 */
export function drawMark(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  kind: EventKind,
  approximate: boolean,
  whisker: number,
  palette: MarkPalette,
) {
  const color = palette.kinds[kind];
  const shape = shapeOf(kind);
  if (approximate) {
    ctx.strokeStyle = color;
    ctx.lineWidth = S.whiskerStroke;
    ctx.beginPath();
    ctx.moveTo(-whisker, -S.whiskerTick);
    ctx.lineTo(-whisker, S.whiskerTick);
    ctx.moveTo(-whisker, 0);
    ctx.lineTo(whisker, 0);
    ctx.moveTo(whisker, -S.whiskerTick);
    ctx.lineTo(whisker, S.whiskerTick);
    ctx.stroke();
    ctx.fillStyle = palette.surface;
    ctx.fill(shape);
    ctx.lineWidth = S.approxStroke;
    ctx.setLineDash(S.approxDash);
    ctx.stroke(shape);
  } else {
    ctx.fillStyle = color;
    ctx.fill(shape);
    ctx.strokeStyle = palette.surface;
    ctx.lineWidth = S.shapeStroke;
    ctx.stroke(shape);
  }
}

/** A mark drawn once in device px, and where its centre is in the image. */
export interface MarkStamp {
  image: CanvasImageSource;
  /** Device px from the image's left and top edges to the mark's centre. */
  cx: number;
  cy: number;
}

/** A mark's stamp by kind, precision and whisker half-width; null where none can be made. */
export type MarkStamps = (
  kind: EventKind,
  approximate: boolean,
  whisker: number,
) => MarkStamp | null;

/**
 * A canvas of the given device px size: its 2D context, and `done` that returns what was drawn
 * as an image. Null where none can be made (no OffscreenCanvas).
 */
export type StampCanvas = (
  width: number,
  height: number,
) => { ctx: OffscreenCanvasRenderingContext2D; done: () => CanvasImageSource } | null;

const offscreen: StampCanvas = (width, height) => {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  // An ImageBitmap: drawing from a canvas would take a snapshot of it at every copy.
  return ctx ? { ctx, done: () => canvas.transferToImageBitmap() } : null;
};

/**
 * The marks as stamps for one palette and pixel ratio, each drawn (by drawMark, so it is the
 * shape paintMarks would draw) the first time it is asked for and kept. Its centre sits on a
 * whole device pixel, so a stamp is copied without resampling.
 */
export function markStamps(
  palette: MarkPalette,
  ratio: number,
  canvas: StampCanvas = offscreen,
): MarkStamps {
  const made = new Map<string, MarkStamp | null>();
  return (kind, approximate, whisker) => {
    // An exact day's mark has no whisker: one stamp whatever the zoom.
    const key = approximate ? `${kind} ~${whisker}` : kind;
    let stamp = made.get(key);
    if (stamp === undefined) {
      // Half the box in chart px: the shape with its outline, or the whisker, plus a pixel.
      const halfWidth = Math.max(MARK_R, approximate ? whisker : 0) + 2;
      const halfHeight = MARK_R + 2;
      const cx = Math.ceil(halfWidth * ratio);
      const cy = Math.ceil(halfHeight * ratio);
      const target = canvas(2 * cx, 2 * cy);
      if (target) {
        target.ctx.setTransform(ratio, 0, 0, ratio, cx, cy);
        drawMark(target.ctx, kind, approximate, whisker, palette);
        stamp = { image: target.done(), cx, cy };
      } else stamp = null;
      made.set(key, stamp);
    }
    return stamp;
  };
}
