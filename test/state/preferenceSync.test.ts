import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../src/domain/preferences';
import {
  loadPreferences,
  openStorage,
  PREFERENCES_KEY,
  savePreferences,
  startPreferenceSync,
} from '../../src/state/preferenceSync';
import { createAppStore } from '../../src/state/store';
import { makeStory } from '../helpers/factories';

/** An in-memory Storage whose methods can be made to fail. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    storage: {
      get length() {
        return data.size;
      },
      clear: () => data.clear(),
      getItem: (k: string) => data.get(k) ?? null,
      key: (i: number) => [...data.keys()][i] ?? null,
      removeItem: (k: string) => void data.delete(k),
      setItem: (k: string, v: string) => void data.set(k, v),
    } satisfies Storage,
  };
}

const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

afterEach(() => {
  delete document.documentElement.dataset.theme;
  vi.useRealTimers();
});

describe('storage faults', () => {
  it('unavailable storage (access throws) is treated as none', () => {
    expect(
      openStorage(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).toBeNull();
    expect(openStorage(() => undefined)).toBeNull();
    expect(loadPreferences(null)).toEqual(DEFAULT_PREFERENCES);
    expect(savePreferences(null, DEFAULT_PREFERENCES)).toBe(false);
  });

  it('a full storage makes saving a no-op, not an error', () => {
    const { storage } = memoryStorage();
    storage.setItem = quotaExceeded;
    expect(savePreferences(storage, DEFAULT_PREFERENCES)).toBe(false);
  });

  it('a storage whose reads throw gives the defaults', () => {
    const { storage } = memoryStorage();
    storage.getItem = () => {
      throw new Error('broken');
    };
    expect(loadPreferences(storage)).toEqual(DEFAULT_PREFERENCES);
  });

  it('corrupt and old data give defaults or a migration', () => {
    expect(loadPreferences(memoryStorage({ [PREFERENCES_KEY]: '{oops' }).storage)).toEqual(
      DEFAULT_PREFERENCES,
    );
    expect(
      loadPreferences(
        memoryStorage({ [PREFERENCES_KEY]: '{"version":1,"dark":true,"list":true}' }).storage,
      ),
    ).toMatchObject({ theme: 'dark', lastView: '#/?layout=list' });
  });
});

describe('startPreferenceSync', () => {
  it('applies the stored theme, saves changes, and keeps working when storage is full', () => {
    vi.useFakeTimers();
    const { storage, data } = memoryStorage({
      [PREFERENCES_KEY]: JSON.stringify({ ...DEFAULT_PREFERENCES, theme: 'dark' }),
    });
    const store = createAppStore(makeStory());
    const stop = startPreferenceSync(store, storage);
    expect(store.getState().theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');

    store.getState().themeChanged('light');
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(JSON.parse(data.get(PREFERENCES_KEY) ?? '{}')).toMatchObject({ theme: 'light' });

    store.getState().layoutChanged('list');
    vi.advanceTimersByTime(1_000);
    expect(JSON.parse(data.get(PREFERENCES_KEY) ?? '{}')).toEqual({
      version: 3,
      theme: 'light',
      lastView: '#/?layout=list',
    });

    // Full storage: the app goes on; the theme still applies to the page.
    storage.setItem = quotaExceeded;
    expect(() => store.getState().themeChanged('system')).not.toThrow();
    expect(document.documentElement.dataset.theme).toBeUndefined();
    stop();
  });

  it('with no storage at all, starts with defaults and keeps working', () => {
    const store = createAppStore(makeStory());
    const stop = startPreferenceSync(store, null);
    expect(store.getState().theme).toBe('system');
    store.getState().themeChanged('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    stop();
  });

  it('two tabs: a theme chosen in one survives filtering in the other, which adopts it', () => {
    vi.useFakeTimers();
    const { storage, data } = memoryStorage();
    const stored = () => JSON.parse(data.get(PREFERENCES_KEY) ?? '{}') as Record<string, unknown>;
    const first = createAppStore(makeStory());
    const second = createAppStore(makeStory());
    const stopFirst = startPreferenceSync(first, storage);
    const stopSecond = startPreferenceSync(second, storage);

    first.getState().themeChanged('dark');
    expect(stored()).toMatchObject({ theme: 'dark' });
    // The second tab filters before it hears of the change: its save keeps the stored theme.
    second.getState().layoutChanged('list');
    vi.advanceTimersByTime(1_000);
    expect(stored()).toEqual({ version: 3, theme: 'dark', lastView: '#/?layout=list' });

    // The browser tells the second tab that the first one wrote.
    window.dispatchEvent(
      new StorageEvent('storage', { key: PREFERENCES_KEY, newValue: data.get(PREFERENCES_KEY) }),
    );
    expect(second.getState().theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    // Another key, or the same theme again, changes nothing.
    window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: '{}' }));
    expect(second.getState().theme).toBe('dark');
    stopFirst();
    stopSecond();
  });
});
