import type { LayoutMode } from './view/viewState';

/** The reader's colour theme: follow the system, or a fixed choice. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/**
 * What Sourceline remembers between visits (in localStorage, never in the URL).
 * `lastView` is the canonical hash of the last view, reopened when the app is opened without
 * a link; `layout` is the last layout chosen, used when there is no last view.
 */
export interface Preferences {
  version: 2;
  theme: ThemeChoice;
  layout: LayoutMode;
  lastView: string | null;
}

export const PREFERENCES_VERSION = 2;
export const DEFAULT_PREFERENCES: Preferences = {
  version: 2,
  theme: 'system',
  layout: 'timeline',
  lastView: null,
};

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const LAYOUTS: readonly LayoutMode[] = ['timeline', 'list'];
/** A stored hash longer than this is not one the app wrote. */
const MAX_VIEW_LENGTH = 4_000;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

const viewOf = (value: unknown): string | null =>
  typeof value === 'string' && value.startsWith('#/') && value.length <= MAX_VIEW_LENGTH
    ? value
    : null;

/**
 * Reads stored preferences. Never throws: missing, corrupt, unknown-version or partly invalid
 * data gives the defaults for whatever could not be read. Version 1 (`{ version: 1, dark:
 * boolean | null, list: boolean }`) is migrated.
 */
export function parsePreferences(raw: string | null): Preferences {
  if (raw === null) return DEFAULT_PREFERENCES;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return DEFAULT_PREFERENCES;
  }
  if (!isRecord(data)) return DEFAULT_PREFERENCES;
  if (data.version === 1) return migrateV1(data);
  if (data.version !== PREFERENCES_VERSION) return DEFAULT_PREFERENCES;
  return {
    version: 2,
    theme: pick(data.theme, THEMES, DEFAULT_PREFERENCES.theme),
    layout: pick(data.layout, LAYOUTS, DEFAULT_PREFERENCES.layout),
    lastView: viewOf(data.lastView),
  };
}

/** Version 1 stored the theme as `dark: true | false | null` and the layout as `list: boolean`. */
function migrateV1(data: Record<string, unknown>): Preferences {
  const theme: ThemeChoice = data.dark === true ? 'dark' : data.dark === false ? 'light' : 'system';
  return { ...DEFAULT_PREFERENCES, theme, layout: data.list === true ? 'list' : 'timeline' };
}

export function serialisePreferences(preferences: Preferences): string {
  return JSON.stringify(preferences);
}
