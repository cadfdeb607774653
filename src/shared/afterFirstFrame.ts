/**
 * Runs `work` once the frame being prepared has been presented and the browser is idle (or
 * after `timeoutMs` at most): for loading what the first paint does not need. Returns a cancel.
 */
export function afterFirstFrame(work: () => void, timeoutMs = 1000): () => void {
  let idle = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Two animation frames: the first runs before the paint, the second after it was presented.
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (typeof requestIdleCallback === 'function') {
        idle = requestIdleCallback(work, { timeout: timeoutMs });
      } else {
        timer = setTimeout(work, 0);
      }
    });
  });
  return () => {
    if (frame) cancelAnimationFrame(frame);
    if (idle) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
