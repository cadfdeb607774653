import { serialiseView } from '../view/url.ts';
import { DEFAULT_VIEW, type ViewState } from '../view/viewState.ts';

/** Where the build writes an event's link-preview page, relative to the app's folder. */
export function eventPreviewPath(id: string): string {
  return `event/${encodeURIComponent(id)}.html`;
}

/** The app's own address: the page's URL without its query and hash (`https://host/a/b/`). */
export function appAddress(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}

/**
 * The link to share for a view. A view that is just one event gets its preview page (chat and
 * social apps show the event's title and summary, and a person is forwarded to the event);
 * any other view, or an event seen through filters or a zoom, gets its exact app link.
 */
export function shareableLink(app: string, view: ViewState): string {
  const hash = serialiseView(view);
  if (view.event !== null && hash === serialiseView({ ...DEFAULT_VIEW, event: view.event }))
    return new URL(eventPreviewPath(view.event), app).href;
  return `${app}${hash}`;
}

/** The address of the embeddable view of `view` (compact chrome, for an iframe). */
export function embedLink(app: string, view: ViewState): string {
  return `${app}?embed${serialiseView(view)}`;
}
