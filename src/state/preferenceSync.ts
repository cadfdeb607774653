import {
  DEFAULT_PREFERENCES,
  parsePreferences,
  serialisePreferences,
  type Preferences,
  type ThemeChoice,
} from '../domain/preferences';
import { serialiseView } from '../domain/view/url';
import type { AppStore } from './store';

/** The localStorage key of the stored preferences. */
export const PREFERENCES_KEY = 'sourceline:preferences';
/** Writes are batched: zoom and pan change the view many times a second. */
const SAVE_DELAY_MS = 400;

/**
 * The page's storage, or null when there is none to use: access throws (privacy modes,
 * sandboxed frames, disabled cookies) or storage is missing.
 */
export function openStorage(
  get: () => Storage | undefined = () => window.localStorage,
): Storage | null {
  try {
    const storage = get();
    if (!storage) return null;
    storage.getItem(PREFERENCES_KEY);
    return storage;
  } catch {
    return null;
  }
}

/** Reads the preferences; any failure gives the defaults. */
export function loadPreferences(storage: Storage | null): Preferences {
  try {
    return parsePreferences(storage?.getItem(PREFERENCES_KEY) ?? null);
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

/** Writes the preferences; a full or failing storage is ignored (returns false). */
export function savePreferences(storage: Storage | null, preferences: Preferences): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PREFERENCES_KEY, serialisePreferences(preferences));
    return true;
  } catch {
    return false;
  }
}

/**
 * The hash to open with when the app was opened without a link (empty hash): the last view,
 * or the remembered layout. A link, even `#/`, is always opened as it is.
 */
export function startupHash(hash: string, preferences: Preferences): string | null {
  if (hash !== '' && hash !== '#') return null;
  if (preferences.lastView) return preferences.lastView;
  return preferences.layout === 'list' ? '#/?layout=list' : null;
}

/** Shows the chosen theme: `data-theme` on <html> overrides the system preference. */
export function applyTheme(theme: ThemeChoice, root: HTMLElement = document.documentElement) {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/**
 * Applies the stored theme to the store and the page, then saves the theme, the layout and the
 * last view whenever they change. Returns a function that stops (and flushes a pending save).
 */
export function startPreferenceSync(
  store: AppStore,
  storage: Storage | null,
  preferences: Preferences = loadPreferences(storage),
): () => void {
  store.getState().themeChanged(preferences.theme);
  applyTheme(preferences.theme);
  let timer: ReturnType<typeof setTimeout> | null = null;

  const save = () => {
    timer = null;
    const { theme, view } = store.getState();
    savePreferences(storage, {
      version: 2,
      theme,
      layout: view.layout,
      lastView: serialiseView(view),
    });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.theme !== previous.theme) {
      applyTheme(state.theme);
      if (timer) clearTimeout(timer);
      save();
      return;
    }
    if (state.view !== previous.view && !timer) timer = setTimeout(save, SAVE_DELAY_MS);
  });

  const flush = () => {
    if (!timer) return;
    clearTimeout(timer);
    save();
  };
  // Leaving the page must not lose the last few hundred milliseconds of changes.
  window.addEventListener('pagehide', flush);

  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    flush();
  };
}
