/** Longest wait for a frame: a hidden page draws none, and its work must still run. */
const FALLBACK_MS = 100;

/**
 * Runs `work` in a task of its own right after the frame being prepared has been painted (or
 * after 100 ms when no frame comes): for work the reader does not see, kept out of the way of
 * the paint that answers a click.
 */
export function afterPaint(work: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  // A task queued from an animation frame runs once that frame has been drawn.
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, FALLBACK_MS);
}
