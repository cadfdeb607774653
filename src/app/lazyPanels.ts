import { createElement, lazy, type ComponentType } from 'react';
import { afterFirstFrame } from '../shared/afterFirstFrame';
import { reloadIfChunkIsGone } from '../shared/staleChunk';

/**
 * Panels that are not needed to paint the timeline load as separate chunks (first-load JS stays
 * small) and are fetched when the browser is idle after the first paint, so opening one later
 * does not wait for the network. `load` is also what a Suspense boundary waits for.
 *
 * A failed load is not kept: "Try again" (`retryFailedPanels`) makes the next render import
 * again. A chunk the host no longer has (a redeploy under an open page) reloads the page once
 * instead, and the panel waits meanwhile rather than showing an error.
 */
function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>) {
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  /** Set once the chunk has arrived: then the panel renders at once, without suspending. */
  let loaded: ComponentType<P> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
        return { default: component };
      },
      async (error: unknown) => {
        if (await reloadIfChunkIsGone(error)) return new Promise<never>(() => {});
        // React.lazy keeps a rejection for good (and renders again at once, so a new attempt
        // here would loop): the retry builds a new lazy component when the reader asks.
        failed.add(() => {
          pending = null;
          Lazy = lazy(preload);
        });
        throw error;
      },
    ));
  let Lazy = lazy(preload);
  // React.lazy suspends on its first render even when the chunk is already here (a frame with
  // the fallback); a prefetched panel is rendered directly instead.
  const Component = (props: P) => createElement(loaded ?? Lazy, props);
  return { Component, preload };
}

/** How to retry each panel whose chunk failed to load. */
const failed = new Set<() => void>();

/** Lets every panel whose chunk failed import it again on its next render. */
export function retryFailedPanels(): void {
  for (const retry of failed) retry();
  failed.clear();
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
/** The map and its world atlas, loaded only when the reader opens the map. */
export const MapPanelPanel = lazyPanel(() =>
  import('../features/map/MapPanel').then((m) => m.default),
);
/** The search results: preloaded, as the search field reads the index when the page is idle. */
export const SearchResultsPanel = lazyPanel(() =>
  import('../features/search/SearchResults').then((m) => m.default),
);

/** The open "Cite & export" menu: the first screen needs only its button. */
export const ExportPanelPanel = lazyPanel(() =>
  import('../features/export/ExportPanel').then((m) => m.default),
);
/** The story's step card, shown in the detail column while the reader follows the story. */
export const StoryCardPanel = lazyPanel(() =>
  import('../features/story/StoryCard').then((m) => m.StoryCard),
);

/** The stories on this device, in the dialog the masthead's "Stories" opens. */
export const StoriesDialogPanel = lazyPanel(() =>
  import('../features/stories/StoriesDialog').then((m) => m.StoriesDialog),
);

/** Why the open story is not being kept on this device: shown only when saving it failed. */
export const StorageNoticePanel = lazyPanel(() =>
  import('../features/stories/StorageNotice').then((m) => m.StorageNotice),
);

/** The active filters as chips: the first screen has none. */
export const FilterChipsPanel = lazyPanel(() =>
  import('../features/filters/ActiveFilterChips').then((m) => m.ActiveFilterChips),
);

/** What to do when the filters leave no event: the first screen never needs it. */
export const EmptyResultPanel = lazyPanel(() =>
  import('../features/filters/EmptyResult').then((m) => m.EmptyResult),
);

/** The printed page: loaded when idle, so it is there when the reader prints. */
export const PrintDocumentPanel = lazyPanel(() =>
  import('../features/print/PrintDocument').then((m) => m.PrintDocument),
);

/** Fetches every lazy panel once the first frame is presented, one each time the page is idle. */
export function preloadPanelsWhenIdle(): () => void {
  const all = [
    EventDetailPanel,
    ActorPanel,
    SourcePanelsPanel,
    EventListPanel,
    ExportPanelPanel,
    StoryCardPanel,
    PrintDocumentPanel,
    SearchResultsPanel,
    StoriesDialogPanel,
    EmptyResultPanel,
    FilterChipsPanel,
  ];
  // One panel per idle period: each import adds its module preloads to the document, and all
  // at once made one long task.
  let cancel = () => {};
  const next = (index: number) => {
    const panel = all[index];
    if (!panel) return;
    cancel = afterFirstFrame(() => {
      void panel.preload();
      next(index + 1);
    }, 3000);
  };
  next(0);
  return () => cancel();
}

/** An embed's compact bar (in place of the masthead): loaded, before its first render, only in an embed. */
export const EmbedBarPanel = lazyPanel(() => import('./EmbedBar').then((m) => m.EmbedBar));

/** The bars of a sharded dataset's overview: loaded only for a sharded dataset, never preloaded. */
export const ShardStripPanel = lazyPanel(() =>
  import('../features/shards/ShardStrip').then((m) => m.ShardStrip),
);

/** The workspace (intake, review): loaded only when a story is open in it, never preloaded. */
export const WorkspacePanelPanel = lazyPanel(() =>
  import('../features/workspace/WorkspacePanel').then((m) => m.WorkspacePanel),
);
