import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storageMessage } from '../../src/domain/workspace/storageFailure';
import { createAppStore } from '../../src/state/store';
import { openStoryStorage } from '../../src/state/storyStorage';
import { startStorySync } from '../../src/state/storySync';
import { makeStory } from '../helpers/factories';
import { stubIndexedDbClasses } from '../helpers/fakeIndexedDb';
import { emptyWorkspaceStory } from '../helpers/workspaceStory';
import { compileWorkspaceStory } from '../../src/domain/workspace/compile';

const titled = (title: string) => (s: ReturnType<typeof emptyWorkspaceStory>) => ({
  ...s,
  story: { title },
});

function openedStore() {
  const store = createAppStore(makeStory());
  store.getState().workspaceOpened(emptyWorkspaceStory({ id: 'mine' }), compileWorkspaceStory);
  return store;
}

stubIndexedDbClasses();
afterEach(() => vi.restoreAllMocks());

describe('startStorySync', () => {
  it('saves the story when opened, and after a burst of edits once', async () => {
    const storage = await openStoryStorage(new IDBFactory());
    if (!storage.ok) throw new Error('storage');
    const save = vi.spyOn(storage.value, 'save');
    const store = openedStore();
    const stop = startStorySync(store, storage, { delay: 5 });
    // Saved when opened, then once after the burst.
    expect(save).toHaveBeenCalledTimes(1);
    store.getState().workspaceEdited(titled('One'));
    store.getState().workspaceEdited(titled('Two'));
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    const loaded = await storage.value.load('mine');
    expect(loaded.ok && loaded.value?.story.title).toBe('Two');
    stop();
  });

  it('flushes a pending save when the page is hidden', async () => {
    const storage = await openStoryStorage(new IDBFactory());
    if (!storage.ok) throw new Error('storage');
    const store = openedStore();
    const stop = startStorySync(store, storage, { delay: 60_000 });
    store.getState().workspaceEdited(titled('Before leaving'));
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => {
      const loaded = await storage.value.load('mine');
      expect(loaded.ok && loaded.value?.story.title).toBe('Before leaving');
    });
    stop();
  });

  it('shows a full device in the store, keeps the story open, and clears once a save works', async () => {
    const storage = await openStoryStorage(new IDBFactory());
    if (!storage.ok) throw new Error('storage');
    const store = openedStore();
    const stop = startStorySync(store, storage, { delay: 1 });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    store.getState().workspaceEdited(titled('Unsaved'));
    await vi.waitFor(() => expect(store.getState().storageFailure?.kind).toBe('full'));
    expect(store.getState().workspace?.story.title).toBe('Unsaved');
    put.mockRestore();
    store.getState().workspaceEdited(titled('Saved'));
    await vi.waitFor(() => expect(store.getState().storageFailure).toBeNull());
    stop();
  });

  it('says at once that nothing can be kept when storage is unavailable', async () => {
    const storage = await openStoryStorage(null);
    const store = openedStore();
    const stop = startStorySync(store, storage);
    const failure = store.getState().storageFailure;
    expect(failure?.kind).toBe('unavailable');
    expect(failure && storageMessage(failure)).toMatch(/export it/);
    stop();
  });

  it("never saves one tab's story over another tab's newer save of it", async () => {
    const factory = new IDBFactory();
    const [first, second] = await Promise.all([
      openStoryStorage(factory),
      openStoryStorage(factory),
    ]);
    if (!first.ok || !second.ok) throw new Error('storage');
    // Two tabs open the same stored story.
    const tabA = openedStore();
    const tabB = openedStore();
    const stopA = startStorySync(tabA, first, { delay: 1 });
    const stopB = startStorySync(tabB, second, { delay: 1 });
    await vi.waitFor(async () => expect((await first.value.load('mine')).ok).toBe(true));

    tabA.getState().workspaceEdited(titled('From tab A'));
    await vi.waitFor(async () => {
      const loaded = await first.value.load('mine');
      expect(loaded.ok && loaded.value?.story.title).toBe('From tab A');
    });
    tabB.getState().workspaceEdited(titled('From tab B'));
    await vi.waitFor(() => expect(tabB.getState().storageFailure?.kind).toBe('conflict'));
    expect(tabB.getState().workspace?.story.title).toBe('From tab B');
    const kept = await first.value.load('mine');
    expect(kept.ok && kept.value?.story.title).toBe('From tab A');
    expect(storageMessage(tabB.getState().storageFailure!)).toMatch(/another tab.*Reload/s);
    // Tab A, whose version is the device's, keeps saving.
    tabA.getState().workspaceEdited(titled('Again from tab A'));
    await vi.waitFor(async () => {
      const loaded = await first.value.load('mine');
      expect(loaded.ok && loaded.value?.story.title).toBe('Again from tab A');
    });
    expect(tabA.getState().storageFailure).toBeNull();
    stopA();
    stopB();
  });

  it('keeps the last change of a story left for another in the same task', async () => {
    const storage = await openStoryStorage(new IDBFactory());
    if (!storage.ok) throw new Error('storage');
    const store = openedStore();
    const stop = startStorySync(store, storage, { delay: 60_000 });
    store.getState().workspaceEdited(titled('Last words'));
    store.getState().workspaceOpened(emptyWorkspaceStory({ id: 'other' }), compileWorkspaceStory);
    await vi.waitFor(async () => {
      const loaded = await storage.value.load('mine');
      expect(loaded.ok && loaded.value?.story.title).toBe('Last words');
    });
    stop();
  });
});
