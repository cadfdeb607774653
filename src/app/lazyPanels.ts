import { createElement, lazy, type ComponentType } from 'react';
import { afterFirstFrame } from '../shared/afterFirstFrame';

/**
 * Panels that are not needed to paint the timeline load as separate chunks (first-load JS stays
 * small) and are fetched when the browser is idle after the first paint, so opening one later
 * does not wait for the network. `load` is also what a Suspense boundary waits for.
 */
function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>) {
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  /** Set once the chunk has arrived: then the panel renders at once, without suspending. */
  let loaded: ComponentType<P> | null = null;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = component;
      return { default: component };
    }));
  const Lazy = lazy(preload);
  // React.lazy suspends on its first render even when the chunk is already here (a frame with
  // the fallback); a prefetched panel is rendered directly instead.
  const Component = (props: P) => createElement(loaded ?? Lazy, props);
  return { Component, preload };
}

export const EventDetailPanel = lazyPanel(() =>
  import('../features/event/EventDetail').then((m) => m.EventDetail),
);
export const ActorPanel = lazyPanel(() =>
  import('../features/actor/ActorPanel').then((m) => m.ActorPanel),
);
export const SourcePanelsPanel = lazyPanel(() =>
  import('../features/sources/SourcePanels').then((m) => m.SourcePanels),
);
export const EventListPanel = lazyPanel(() =>
  import('../features/list/EventList').then((m) => m.EventList),
);

/** Fetches every lazy panel once the first frame is presented and the page is idle. */
export function preloadPanelsWhenIdle(): () => void {
  const all = [EventDetailPanel, ActorPanel, SourcePanelsPanel, EventListPanel];
  return afterFirstFrame(() => {
    for (const panel of all) void panel.preload();
  }, 3000);
}
