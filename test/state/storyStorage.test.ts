import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStoryStorage, STORIES_DB, type StoryStorage } from '../../src/state/storyStorage';
import { stubIndexedDbClasses } from '../helpers/fakeIndexedDb';
import { emptyWorkspaceStory, workspaceStoryFrom } from '../helpers/workspaceStory';

async function opened(factory: IDBFactory = new IDBFactory()): Promise<StoryStorage> {
  const storage = await openStoryStorage(factory);
  if (!storage.ok) throw new Error(storage.failure.detail);
  return storage.value;
}

stubIndexedDbClasses();
afterEach(() => vi.restoreAllMocks());

describe('the stories kept on the device', () => {
  it('saves, lists (newest first), loads and deletes stories, one record each', async () => {
    const factory = new IDBFactory();
    const storage = await opened(factory);
    const older = emptyWorkspaceStory({ id: 'older', updated: '2026-01-01T00:00:00.000Z' });
    const newer = workspaceStoryFrom(undefined, {
      id: 'newer',
      updated: '2026-02-01T00:00:00.000Z',
      story: { title: 'Talks' },
    });
    expect(await storage.save(older)).toEqual({ ok: true, value: undefined });
    await storage.save(newer);
    const listed = await storage.list();
    expect(listed.ok && listed.value).toEqual([
      {
        id: 'newer',
        title: 'Talks',
        updated: newer.updated,
        articles: 2,
        events: newer.events.length,
      },
      { id: 'older', title: null, updated: older.updated, articles: 0, events: 0 },
    ]);
    // Another opening (a reload) reads what was kept.
    const again = await opened(factory);
    expect(await again.load('newer')).toEqual({ ok: true, value: newer });
    await again.delete('newer');
    expect(await again.load('newer')).toEqual({ ok: true, value: null });
    const after = await again.list();
    expect(after.ok && after.value.map((s) => s.id)).toEqual(['older']);
  });

  it('reads a record of the wrong shape as no story, and leaves it out of the list', async () => {
    const factory = new IDBFactory();
    const storage = await opened(factory);
    await storage.save({ ...emptyWorkspaceStory({ id: 'odd' }), articles: 'nope' } as never);
    expect(await storage.load('odd')).toEqual({ ok: true, value: null });
    const listed = await storage.list();
    expect(listed.ok && listed.value).toEqual([]);
  });

  it('is unavailable without IndexedDB', async () => {
    const storage = await openStoryStorage(null);
    expect(storage.ok ? null : storage.failure.kind).toBe('unavailable');
  });

  it('is unavailable when the browser refuses to open it (private browsing)', async () => {
    const factory = new IDBFactory();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const storage = await openStoryStorage(factory);
    expect(storage.ok ? null : storage.failure).toEqual({
      kind: 'unavailable',
      detail: 'The operation is insecure.',
    });
  });

  it('is blocked while another tab holds an older version open', async () => {
    const request = {} as IDBOpenDBRequest;
    const factory = { open: () => request } as unknown as IDBFactory;
    const storage = openStoryStorage(factory);
    request.onblocked?.call(request, new Event('blocked') as IDBVersionChangeEvent);
    const result = await storage;
    expect(result.ok ? null : result.failure.kind).toBe('blocked');
    expect(STORIES_DB).toBe('sourceline-stories');
  });

  it('says the device is full when a save exceeds the quota, and keeps what was saved', async () => {
    const storage = await opened();
    const story = emptyWorkspaceStory({ id: 'kept' });
    await storage.save(story);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const saved = await storage.save({ ...story, story: { title: 'Too much' } });
    expect(saved.ok ? null : saved.failure.kind).toBe('full');
    vi.restoreAllMocks();
    expect(await storage.load('kept')).toEqual({ ok: true, value: story });
  });

  it('refuses to replace a version other than the one named, and keeps a story it does not hold', async () => {
    const storage = await opened();
    const v1 = emptyWorkspaceStory({ id: 'shared', updated: '2026-01-01T00:00:00.000Z' });
    expect((await storage.save(v1, 'never-saved')).ok).toBe(true);
    const v2 = { ...v1, updated: '2026-01-02T00:00:00.000Z', story: { title: 'Second' } };
    expect((await storage.save(v2, v1.updated)).ok).toBe(true);
    const stale = { ...v1, updated: '2026-01-03T00:00:00.000Z', story: { title: 'Stale' } };
    const refused = await storage.save(stale, v1.updated);
    expect(refused.ok || refused.failure.kind).toBe('conflict');
    const kept = await storage.load('shared');
    expect(kept.ok && kept.value?.story.title).toBe('Second');
  });
});
