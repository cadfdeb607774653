import { useCallback, useMemo } from 'react';
import { appAddress, embedLink, shareableLink } from '../domain/publish/links';
import { serialiseView } from '../domain/view/url';
import type { ViewState } from '../domain/view/viewState';
import { useAppStore, useStoreApi } from './store';

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

/** The links of `view` under the app's address `app`. */
export function viewLinks(view: ViewState, app: string = currentAppAddress()): ViewLinks {
  return {
    view: `${app}${serialiseView(view)}`,
    share: shareableLink(app, view),
    embed: embedLink(app, view),
    event: (id) => `${app}${serialiseView({ ...view, event: id })}`,
  };
}

/** The current view's links, for what is shown (re-renders when the view changes). */
export function useViewLinks(): ViewLinks {
  const view = useAppStore((s) => s.view);
  return useMemo(() => viewLinks(view), [view]);
}

/**
 * The current view's links read when called, for event handlers: a click right after a zoom
 * names the zoomed view even before anything re-rendered.
 */
export function useCurrentLinks(): () => ViewLinks {
  const store = useStoreApi();
  return useCallback(() => viewLinks(store.getState().view), [store]);
}
