import { useEffect } from 'react';
import { selectIndex } from '../state/selectors';
import { useAppStore, useStoreApi } from '../state/store';
import { afterFirstFrame } from '../shared/afterFirstFrame';
import { preloadPanelsWhenIdle } from './lazyPanels';

/**
 * What the page prepares once its first frame is shown, before a reader asks for it: the
 * panels' chunks (when idle), and the id lookups an open event reads (rather than in the first
 * selection), again for each new dataset of the store.
 */
export function useWorkAhead(): void {
  useEffect(() => preloadPanelsWhenIdle(), []);
  const store = useStoreApi();
  const derived = useAppStore((s) => s.derived);
  useEffect(
    () =>
      afterFirstFrame(() => {
        const state = store.getState();
        if (state.derived === derived) selectIndex(state);
      }),
    [store, derived],
  );
}
