import { parseUrl, serialiseView } from '../domain/view/url';
import { splitStoryHash, withStory } from '../domain/view/urlStory';
import type { AppStore } from './store';

/** The slice of `window` the sync needs; tests pass jsdom's window. */
export type BrowserWindow = Pick<
  Window,
  | 'location'
  | 'history'
  | 'addEventListener'
  | 'removeEventListener'
  | 'setTimeout'
  | 'clearTimeout'
>;

/** Zoom and pan fire every frame; browsers throttle (Safari throws) past ~100 replaces in 30 s. */
const REPLACE_DELAY_MS = 250;

/** Turns parser problems into one short, friendly notice. */
export function noticeFor(problems: readonly string[]): string | null {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, 3).join(' ');
  const more = problems.length > 3 ? ` (${problems.length - 3} more problems skipped.)` : '';
  return `Some of this link could not be used and was left out. ${shown}${more}`;
}

/** `''`, `#` and `#/` all mean the default view. */
const normalHash = (hash: string) => (hash === '' || hash === '#' ? '#/' : hash);

/**
 * Binds the store to the URL hash; the one module that touches `location` and `history`.
 * - start: the hash is parsed into the store (a notice when parts were dropped) and rewritten
 *   to its canonical form with `replaceState`; opened without a link (no hash, or `#`), the
 *   reader's `lastView` (from the preferences) is opened instead, as if it were the link. A
 *   link, even `#/`, is always opened as it is;
 * - store view changes: `pushState` for discrete actions, a debounced `replaceState` for zoom
 *   and pan (`historyMode`), so back and forward step through the user's actions; a run of
 *   keyboard steps (`step`) pushes once and then replaces, so it is one entry to go back over;
 * - back/forward and hand-edited hashes (`popstate`, `hashchange`): the view is restored.
 * `embedded`: inside another site's frame every entry replaces, so the host page's Back button
 * leaves the page instead of stepping through the embed's clicks. `afterPaint`: when given, the
 * entries of discrete actions are written through it, in order, in a task after the frame that
 * shows the action (writing an entry costs the browser milliseconds, more with many form
 * controls on the page: not in the way of the paint that answers a click). Back or Forward
 * before they are written drops them (the browser moved from the last entry written, and the
 * view follows it); each waiting entry is written once, whichever task runs first.
 * A workspace story's links carry its prefix (`#/s/<id>/…`, urlStory.ts): every hash written
 * has the open story's prefix, and a hash naming another story (or none, the bundled corpus)
 * is handed to `onStoryChange`, which opens that story in a new store.
 * Returns a function that undoes all of it.
 */
export function startUrlSync(
  store: AppStore,
  win: BrowserWindow = window,
  lastView: string | null = null,
  {
    embedded = false,
    onStoryChange,
    afterPaint,
  }: {
    embedded?: boolean;
    onStoryChange?: (story: string | null) => void;
    afterPaint?: (work: () => void) => void;
  } = {},
): () => void {
  const story = () => store.getState().workspace?.id ?? null;
  const hashOf = (view: Parameters<typeof serialiseView>[0]) =>
    withStory(serialiseView(view), story());
  // The zoom/pan entry not yet written: its timer and the hash it will write.
  let pending: { timer: number; hash: string } | null = null;
  // The view being restored came from the URL: it must not be written back as a new entry.
  let restoring = false;
  // The current entry was pushed by a keyboard step: the next steps replace it.
  let stepping = false;

  const write = (mode: 'push' | 'replace', hash: string) => {
    try {
      if (mode === 'push' && !embedded) win.history.pushState(null, '', hash);
      else win.history.replaceState(null, '', hash);
    } catch {
      // A throttled or sandboxed history API must not break the app; the view still works.
    }
  };
  // Entries waiting for `afterPaint`, oldest first; the address shows the last one soon.
  let queued: { mode: 'push' | 'replace'; hash: string }[] = [];
  const drain = () => {
    const entries = queued;
    queued = [];
    for (const entry of entries) write(entry.mode, entry.hash);
  };
  const enqueue = (mode: 'push' | 'replace', hash: string) => {
    if (!afterPaint) return write(mode, hash);
    if (queued.length === 0) afterPaint(drain);
    queued.push({ mode, hash });
  };
  /** The hash the address shows, or will once the queued entries are written. */
  const shown = () => queued.at(-1)?.hash ?? normalHash(win.location.hash);
  const cancel = () => {
    if (pending !== null) win.clearTimeout(pending.timer);
    pending = null;
  };
  const flush = () => {
    if (pending === null) return;
    const { hash } = pending;
    cancel();
    enqueue('replace', hash);
  };

  const restore = (link = win.location.hash) => {
    const named = splitStoryHash(link);
    if (onStoryChange && named.story !== story()) return onStoryChange(named.story);
    const { view, problems } = parseUrl(named.hash, store.getState().dataset);
    const canonical = hashOf(view);
    if (canonical !== hashOf(store.getState().view) || problems.length > 0) {
      restoring = true;
      try {
        store.getState().viewRestored(view, noticeFor(problems));
      } finally {
        restoring = false;
      }
    }
    if (canonical !== normalHash(win.location.hash)) write('replace', canonical);
  };

  const opensWithoutLink = win.location.hash === '' || win.location.hash === '#';
  restore(opensWithoutLink && lastView !== null ? lastView : win.location.hash);

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring || state.view === previous.view) return;
    const hash = hashOf(state.view);
    if (state.historyMode === 'push' || state.historyMode === 'step') {
      // Settle a pending zoom first, so going back returns to the zoomed view, not before it.
      flush();
      if (hash === shown()) return;
      const continuing = state.historyMode === 'step' && stepping;
      enqueue(continuing ? 'replace' : 'push', hash);
      stepping = state.historyMode === 'step';
    } else {
      cancel();
      if (hash === shown()) return;
      pending = { timer: win.setTimeout(flush, REPLACE_DELAY_MS), hash };
    }
  });

  const onNavigate = () => {
    cancel();
    // The reader went to another entry: what was not written yet belongs to the one left.
    queued = [];
    stepping = false;
    restore();
  };
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);

  return () => {
    flush();
    drain();
    unsubscribe();
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
  };
}
