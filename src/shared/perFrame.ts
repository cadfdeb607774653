/**
 * Reports the latest of many values at most once per animation frame (a gesture's moves).
 * `cancel` drops a pending report.
 */
export function perFrame<T>(report: (value: T) => void): {
  push: (value: T) => void;
  cancel: () => void;
} {
  let frame = 0;
  let pending: { value: T } | null = null;
  return {
    push(value) {
      pending = { value };
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (pending) report(pending.value);
        pending = null;
      });
    },
    cancel() {
      cancelAnimationFrame(frame);
      frame = 0;
      pending = null;
    },
  };
}
