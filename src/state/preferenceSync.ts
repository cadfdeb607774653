import {
  DEFAULT_PREFERENCES,
  parsePreferences,
  serialisePreferences,
  type Preferences,
  type ThemeChoice,
} from '../domain/preferences';
import { serialiseView } from '../domain/view/url';
import { withStory } from '../domain/view/urlStory';
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

/** Shows the chosen theme: `data-theme` on <html> overrides the system preference. */
export function applyTheme(theme: ThemeChoice, root: HTMLElement = document.documentElement) {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/**
 * Applies the stored theme to the store and the page, then saves the theme and the last view
 * whenever they change. Each save writes only the field that changed over what is stored now,
 * and a theme chosen in another tab (the `storage` event) is adopted here, so two open tabs
 * never undo each other's choice. Returns a function that stops (and flushes a pending save).
 */
export function startPreferenceSync(
  store: AppStore,
  storage: Storage | null,
  preferences: Preferences = loadPreferences(storage),
): () => void {
  store.getState().themeChanged(preferences.theme);
  applyTheme(preferences.theme);
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** True while adopting another tab's theme: it is stored already. */
  let adopting = false;

  const write = (changed: Partial<Preferences>) =>
    savePreferences(storage, { ...loadPreferences(storage), ...changed });
  const saveView = () => {
    timer = null;
    const { view, workspace } = store.getState();
    write({ lastView: withStory(serialiseView(view), workspace?.id ?? null) });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.theme !== previous.theme) {
      applyTheme(state.theme);
      if (!adopting) write({ theme: state.theme });
    }
    if (state.view !== previous.view && !timer) timer = setTimeout(saveView, SAVE_DELAY_MS);
  });

  const onStorage = (event: StorageEvent) => {
    // key null: the other tab cleared the storage.
    if (event.key !== PREFERENCES_KEY && event.key !== null) return;
    const { theme } = parsePreferences(event.key === null ? null : event.newValue);
    if (theme === store.getState().theme) return;
    adopting = true;
    store.getState().themeChanged(theme);
    adopting = false;
  };
  window.addEventListener('storage', onStorage);

  const flush = () => {
    if (!timer) return;
    clearTimeout(timer);
    saveView();
  };
  // Leaving the page must not lose the last few hundred milliseconds of changes.
  window.addEventListener('pagehide', flush);

  return () => {
    unsubscribe();
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pagehide', flush);
    flush();
  };
}
