import { startTransition, StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { loadDataset } from '../data';
import { awaitsArticleText } from '../domain/dataset/articleText';
import type { Preferences } from '../domain/preferences';
import type { Dataset } from '../domain/types';
import { linkedEventId } from '../domain/view/url';
import { splitStoryHash } from '../domain/view/urlStory';
import type { WorkspaceStory } from '../domain/workspace/story';
import { loadPreferences, startPreferenceSync } from '../state/preferenceSync';
import { StoriesContext, type StoriesAccess } from '../state/stories';
import type { Stored, StoryStorage } from '../state/storyStorage';
import { createAppStore, releaseAppStore, type AppStore } from '../state/store';
import { startUrlSync } from '../state/urlSync';
import { afterPaint } from '../shared/afterPaint';
import { isOverview } from '../domain/shards/format';
import { prefetchLink, readJsonFrom, readShardHints } from '../state/shardPrefetch';
import type { ShardedStart } from '../state/shardSync';
import { App } from './App';
import type { AppUpdates } from './appUpdate';
import { endFirstScreen } from './firstScreen';
import { FirstScreenReplaced } from './FirstScreenReplaced';
import { EmbedBarPanel, EventDetailPanel, ShardStripPanel } from './lazyPanels';
import { LoadFailure } from './LoadFailure';

export interface BootOptions {
  /** `?embed`: the compact view for another site's iframe. */
  embed: boolean;
  updates?: AppUpdates;
  /** The page's localStorage (preferences), or null when there is none. */
  storage: Storage | null;
  preferences: Preferences;
}

/** The notice for a link to a story this device does not have. */
export function missingStoryNotice(id: string, storage: Stored<StoryStorage>): string {
  const why = storage.ok
    ? 'Stories made in Sourceline are kept in the browser that made them; export one to share it.'
    : 'This browser does not let Sourceline keep stories.';
  return `The story “${id}” is not on this device. ${why} Showing the bundled story instead.`;
}

/**
 * Starts the app in `root`: opens the story the page's link names (`#/s/<id>/…`, from this
 * device's storage; none: the bundled corpus) in a new store, binds it to the URL, the
 * preferences and the device's storage, and renders it. A link naming another story (a click
 * in the list of stories, back or forward) opens that story in a new store and releases the old
 * one. A story the device does not have opens the bundled corpus with a notice saying so.
 */
export function bootApp(root: Root, options: BootOptions): void {
  const { embed, updates, storage } = options;
  // The device's storage (idb) and the workspace's compiler (the ingest pipeline, zod) are
  // chunks of their own: the bundled story's first screen waits for neither, and loads the
  // storage only when the stories menu first asks for it.
  let stories: Promise<Stored<StoryStorage>> | null = null;
  const openDevice = () =>
    (stories ??= import('../state/storyStorage').then((m) => m.openStoryStorage()));
  let corpus: Promise<Dataset> | null = null;
  /** Stories opened in this tab, kept in memory too: storage may be unavailable or full. */
  const memory = new Map<string, WorkspaceStory>();
  /** Stories deleted in this tab: not kept in memory when left. */
  const deleted = new Set<string>();
  let current: { store: AppStore; stop: () => void } | null = null;
  let opening = 0;
  /** A sharded build says so in index.html: its loader and a link's files are read at once. */
  const shardHints = readShardHints(document);

  const findStory = async (id: string, device: Stored<StoryStorage>) => {
    const inMemory = memory.get(id);
    if (inMemory) return inMemory;
    if (!device.ok) return null;
    const loaded = await device.value.load(id);
    return loaded.ok ? loaded.value : null;
  };

  const open = async (link: string, lastView: string | null) => {
    const ticket = ++opening;
    const named = splitStoryHash(link);
    if (named.story === null) corpus ??= loadDataset();
    // With the overview, not after it: the shard loader's chunk, and a linked event's id
    // bucket and then its shard.
    const shardSync = shardHints && named.story === null ? import('../state/shardSync') : null;
    const readShardFile =
      shardSync && shardHints
        ? prefetchLink(shardHints, named.hash, readJsonFrom(document.baseURI))
        : undefined;
    // The panels the first render will need, fetched now rather than when it suspends on them.
    if (shardSync) void ShardStripPanel.preload();
    if (linkedEventId(named.hash) !== null) void EventDetailPanel.preload();
    // An embed's bar is in its first frame (it would push the view down arriving later).
    const embedBar = embed ? EmbedBarPanel.preload() : null;
    const device = named.story === null ? null : await openDevice();
    const story = device && named.story !== null ? await findStory(named.story, device) : null;
    let store: AppStore;
    let sharded: ShardedStart | null = null;
    // Only a story of the device's has a workspace to keep there.
    let storySync: typeof import('../state/storySync') | null = null;
    let readText: (() => void) | undefined;
    const textRead = new AbortController();
    if (story) {
      const [{ compileWorkspaceStory, emptyDataset }, sync] = await Promise.all([
        import('../domain/workspace/compile'),
        import('../state/storySync'),
      ]);
      storySync = sync;
      const compiled = compileWorkspaceStory(story);
      store = createAppStore(compiled.ok ? compiled.dataset : emptyDataset());
      store.getState().workspaceOpened(story, compileWorkspaceStory, compiled);
    } else {
      corpus ??= loadDataset();
      const loaded = await corpus;
      // A large dataset arrives as an overview: the shards the link needs are read first.
      // Its loader is a chunk of its own, which a dataset in one file never loads.
      sharded = isOverview(loaded)
        ? await (
            await (shardSync ?? import('../state/shardSync'))
          ).openSharded(loaded, named.hash, readShardFile)
        : null;
      // The articles' text, a file of its own, is read once the first frame is painted.
      const awaits = !sharded && awaitsArticleText(loaded);
      store = createAppStore(sharded?.dataset ?? loaded, undefined, awaits);
      if (awaits) {
        const s = store;
        readText = () =>
          void import('../state/articleTextSync').then((m) =>
            m.readArticleText(s, textRead.signal),
          );
      }
    }
    if (embedBar) await embedBar;
    if (ticket !== opening) return releaseAppStore(store);
    if (current) {
      const left = current.store.getState().workspace;
      if (left && !deleted.has(left.id)) memory.set(left.id, left);
      current.stop();
      releaseAppStore(current.store);
    }
    if (named.story !== null && !story) window.history.replaceState(null, '', named.hash);
    const stops = [
      // Before the first render, so the first paint already shows the linked view and theme.
      startUrlSync(store, window, lastView, {
        embedded: embed,
        onStoryChange: () => void open(window.location.hash, null).catch(fail),
        afterPaint,
      }),
      startPreferenceSync(store, storage, loadPreferences(storage)),
      ...(storySync && device ? [storySync.startStorySync(store, device)] : []),
      ...(sharded ? [sharded.start(store)] : []),
      () => textRead.abort(),
    ];
    // A last view whose story has since gone opens the bundled story without a word.
    const fromLastView = lastView !== null && link === lastView;
    if (device && named.story !== null && !story && !fromLastView) {
      store.getState().viewRestored(store.getState().view, missingStoryNotice(named.story, device));
    }
    current = { store, stop: () => stops.forEach((stop) => stop()) };
    const access: StoriesAccess = {
      device: openDevice,
      open: (opened) => {
        memory.set(opened.id, opened);
        deleted.delete(opened.id);
        // The old store's syncs stop first: a pending zoom must not rewrite the new link.
        current?.stop();
        window.history.pushState(null, '', `#/s/${opened.id}/`);
        void open(window.location.hash, null).catch(fail);
      },
      forget: (id) => {
        memory.delete(id);
        deleted.add(id);
      },
    };
    // A transition: the render yields to the browser every few milliseconds while what is on
    // screen (the prerendered first screen, or the story being left) stays, and its commit
    // replaces it in one frame.
    startTransition(() =>
      root.render(
        <StrictMode>
          <FirstScreenReplaced shown={readText} />
          <StoriesContext.Provider value={access}>
            <App key={story?.id ?? ''} store={store} updates={updates} embed={embed} />
          </StoriesContext.Provider>
        </StrictMode>,
      ),
    );
  };
  const fail = (error: unknown) => {
    endFirstScreen();
    root.render(<LoadFailure error={error} />);
  };

  // Opened without a link, the reader's last view is opened instead (not in an embed).
  const opensWithoutLink = window.location.hash === '' || window.location.hash === '#';
  const lastView = embed ? null : options.preferences.lastView;
  const first = opensWithoutLink && lastView !== null ? lastView : window.location.hash;
  void open(first, lastView).catch(fail);
}
