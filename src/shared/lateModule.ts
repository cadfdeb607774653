import { reloadIfChunkIsGone } from './staleChunk';
import { useLoadedAfterFirstFrame } from './useLoadedAfterFirstFrame';

/** A module the first frame does not need: imported once, after that frame (`use`) or at once (`load`). */
export interface LateModule<M> {
  /** Imports the module (once); the prerender awaits it to draw the part as the app will. */
  load: () => Promise<M>;
  /** A hook: the module once here, null before; the first component to ask loads it after the first frame. */
  use: () => M | null;
}

/**
 * Wraps `importer` (a dynamic import) as a `LateModule`. A failed import is not kept: the next
 * `load` imports again (useLoadedAfterFirstFrame retries). A chunk the host no longer has (a
 * redeploy under an open page) reloads the page once instead, as the lazy panels do.
 */
export function lateModule<M>(importer: () => Promise<M>): LateModule<M> {
  let loading: Promise<M> | null = null;
  let loaded: M | null = null;
  const load = () =>
    (loading ??= importer().then(
      (m) => {
        loaded = m;
        return m;
      },
      async (error: unknown) => {
        if (await reloadIfChunkIsGone(error)) return new Promise<never>(() => {});
        loading = null;
        throw error;
      },
    ));
  return { load, use: () => useLoadedAfterFirstFrame(load, loaded) };
}
