import { useEffect, useState } from 'react';
import { afterFirstFrame } from './afterFirstFrame';

/**
 * What `load` resolves to, null until then: it is called once the frame being prepared has been
 * presented (afterFirstFrame), so a chunk the first paint does not need stays out of it. `load`
 * must be one function for the component's life (a module's loader); `loaded` is what it has
 * already resolved to, if anything, so a component mounted later starts with it.
 */
export function useLoadedAfterFirstFrame<T>(
  load: () => Promise<T>,
  loaded: T | null = null,
): T | null {
  const [value, setValue] = useState<T | null>(loaded);
  useEffect(() => {
    if (value !== null) return;
    let live = true;
    const cancel = afterFirstFrame(() => {
      void load().then((m) => {
        if (live) setValue(m);
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [load, value]);
  return value;
}
