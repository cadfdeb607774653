import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { CONFLICT, failureOf, type StorageFailure } from '../domain/workspace/storageFailure';
import type { WorkspaceStory } from '../domain/workspace/story';
import { summaryOf, type StorySummary } from './storySummary';

export type { StorySummary } from './storySummary';

/** The outcome of a storage call: its value, or why the device could not do it. */
export type Stored<T> = { ok: true; value: T } | { ok: false; failure: StorageFailure };

/** The stories kept on this device: one IndexedDB record per story, keyed by its id. */
export interface StoryStorage {
  list: () => Promise<Stored<StorySummary[]>>;
  /** The story, or null when this device has no story of that id (or only an unreadable one). */
  load: (id: string) => Promise<Stored<WorkspaceStory | null>>;
  /**
   * Keeps the story. With `replaces` (the `updated` stamp of the version this tab opened or last
   * saved), the save is refused as a `conflict` when the device holds another version of it:
   * another tab saved it since. A story the device does not hold is always kept.
   */
  save: (story: WorkspaceStory, replaces?: string) => Promise<Stored<void>>;
  delete: (id: string) => Promise<Stored<void>>;
}

interface StoriesDb extends DBSchema {
  stories: { key: string; value: WorkspaceStory };
}

export const STORIES_DB = 'sourceline-stories';
const VERSION = 1;

/** Opens the database through `factory`; `blocked` while another tab holds an older version. */
function open(factory: IDBFactory): Promise<IDBPDatabase<StoriesDb>> {
  return new Promise((resolve, reject) => {
    const request = factory.open(STORIES_DB, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('stories'))
        db.createObjectStore('stories', { keyPath: 'id' });
    };
    request.onblocked = () => reject(new DOMException('the database is blocked', 'BlockedError'));
    request.onerror = () => reject(request.error ?? new Error('the database did not open'));
    request.onsuccess = () => {
      const db = request.result;
      // A newer version in another tab must never be blocked by this one.
      db.onversionchange = () => db.close();
      resolve(wrap(db) as unknown as IDBPDatabase<StoriesDb>);
    };
  });
}

async function attempt<T>(run: () => Promise<T>): Promise<Stored<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}

/** The page's IndexedDB, or null where there is none or reading it throws (sandboxed frames). */
function pageIndexedDb(): IDBFactory | null {
  try {
    return globalThis.indexedDB ?? null;
  } catch {
    return null;
  }
}

/**
 * The schema a stored story is checked against (zod): a chunk of its own, loaded when a story is
 * first listed or read, so opening the storage at boot costs no schema construction.
 */
const storySchema = () =>
  import('../domain/workspace/storySchema').then((m) => m.workspaceStorySchema);

/**
 * Opens the device's story storage. Fails (`unavailable`, `blocked`, …) when IndexedDB is
 * missing or refused; the app then keeps its story in memory and offers an export.
 */
export async function openStoryStorage(
  factory: IDBFactory | null = pageIndexedDb(),
): Promise<Stored<StoryStorage>> {
  if (!factory) return { ok: false, failure: { kind: 'unavailable', detail: 'no IndexedDB' } };
  const opened = await attempt(() => open(factory));
  if (!opened.ok) {
    const blocked = opened.failure.detail === 'the database is blocked';
    return blocked ? { ok: false, failure: { ...opened.failure, kind: 'blocked' } } : opened;
  }
  const db = opened.value;
  return {
    ok: true,
    value: {
      list: () =>
        attempt(async () => {
          const schema = await storySchema();
          return (await db.getAll('stories'))
            .filter((s) => schema.safeParse(s).success)
            .map(summaryOf)
            .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
        }),
      load: (id) =>
        attempt(async () => {
          const schema = await storySchema();
          const parsed = schema.safeParse(await db.get('stories', id));
          return parsed.success ? parsed.data : null;
        }),
      save: (story, replaces) =>
        attempt(async () => {
          const tx = db.transaction('stories', 'readwrite');
          const stored = replaces === undefined ? undefined : await tx.store.get(story.id);
          // Saved by another tab since: refused, and the transaction commits having written nothing.
          if (stored && stored.updated !== replaces)
            throw new DOMException(`saved elsewhere at ${stored.updated}`, CONFLICT);
          await tx.store.put(story);
          await tx.done;
        }),
      delete: (id) => attempt(() => db.delete('stories', id)),
    },
  };
}
