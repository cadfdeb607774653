import { useEffect, useState } from 'react';
import { afterFirstFrame } from './afterFirstFrame';

/** Wait before a failed load is tried again; doubled after each failure. */
export const RETRY_MS = 2_000;

/**
 * What `load` resolves to, null until then: it is called once the frame being prepared has been
 * presented (afterFirstFrame), so a chunk the first paint does not need stays out of it. `load`
 * must be one function for the component's life (a module's loader); `loaded` is what it has
 * already resolved to, if anything, so a component mounted later starts with it. A failed load
 * (the network dropped) is logged and tried again after RETRY_MS, then twice as long each time:
 * meanwhile the caller keeps what it shows without the module.
 */
export function useLoadedAfterFirstFrame<T>(
  load: () => Promise<T>,
  loaded: T | null = null,
): T | null {
  const [value, setValue] = useState<T | null>(loaded);
  useEffect(() => {
    if (value !== null) return;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const attempt = (wait: number) => {
      void load().then(
        (m) => {
          if (live) setValue(m);
        },
        (error: unknown) => {
          if (!live) return;
          console.error('Sourceline: a part of the page failed to load; trying again', error);
          retry = setTimeout(() => attempt(wait * 2), wait);
        },
      );
    };
    const cancel = afterFirstFrame(() => attempt(RETRY_MS));
    return () => {
      live = false;
      cancel();
      clearTimeout(retry);
    };
  }, [load, value]);
  return value;
}
