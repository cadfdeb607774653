import { useCallback, useMemo } from 'react';
import { appAddress, embedLink, shareableLink } from '../domain/publish/links';
import { serialiseView } from '../domain/view/url';
import { withStory } from '../domain/view/urlStory';
import type { ViewState } from '../domain/view/viewState';
import { useAppStore, useStoreApi, type AppState } from './store';

/**
 * The links of one view, each absolute: the app's address plus the view's hash. Every link the
 * app offers (Copy link, Share, the citation and exports, the embed code, print, the embed's
 * "Open in Sourceline") comes from here, built from the store's view, never from the page's
 * hash: the URL follows the view a moment later (zoom and pan are written after a pause).
 */
export interface ViewLinks {
  /** The view's exact link in the app. */
  view: string;
  /** The link to share: an event alone gets its preview page (`shareableLink`). */
  share: string;
  /** The embeddable view, for another site's iframe. */
  embed: string;
  /** The same view with event `id` selected: an exported or printed event's own link. */
  event: (id: string) => string;
}

/** The app's address: the page's origin and path (only the hash, which is not read, changes). */
export function currentAppAddress(): string {
  return appAddress(window.location);
}

/**
 * The links of `view` under the app's address `app`, in workspace story `story` (its links
 * carry the prefix `#/s/<id>/`; null: the bundled corpus). A workspace story has no preview
 * pages (the build makes them for the bundled corpus), so its share link is the view's own.
 */
export function viewLinks(
  view: ViewState,
  app: string = currentAppAddress(),
  story: string | null = null,
): ViewLinks {
  const hash = (v: ViewState) => withStory(serialiseView(v), story);
  return {
    view: `${app}${hash(view)}`,
    share: story === null ? shareableLink(app, view) : `${app}${hash(view)}`,
    embed: story === null ? embedLink(app, view) : `${app}?embed${hash(view)}`,
    event: (id) => `${app}${hash({ ...view, event: id })}`,
  };
}

const storyOf = (s: AppState) => s.workspace?.id ?? null;

/** The current view's links, for what is shown (re-renders when the view changes). */
export function useViewLinks(): ViewLinks {
  const view = useAppStore((s) => s.view);
  const story = useAppStore(storyOf);
  return useMemo(() => viewLinks(view, currentAppAddress(), story), [view, story]);
}

/**
 * Turns an in-app link (`#/event/<id>`, from url.ts) into one for the open story: links inside
 * a workspace story stay in it.
 */
export function useInAppHref(): (hash: string) => string {
  const story = useAppStore(storyOf);
  return useCallback((hash: string) => withStory(hash, story), [story]);
}

/**
 * The current view's links read when called, for event handlers: a click right after a zoom
 * names the zoomed view even before anything re-rendered.
 */
export function useCurrentLinks(): () => ViewLinks {
  const store = useStoreApi();
  return useCallback(
    () => viewLinks(store.getState().view, currentAppAddress(), storyOf(store.getState())),
    [store],
  );
}
