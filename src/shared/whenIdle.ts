/**
 * Runs `work` in the browser's next idle period (or after `timeoutMs` at most), for work done
 * ahead of the moment it is needed. Returns a cancel.
 */
export function whenIdle(work: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}
