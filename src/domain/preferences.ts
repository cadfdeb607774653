import type { LayoutMode } from './view/viewState';

/** The reader's colour theme: follow the system, or a fixed choice. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/**
 * What Sourceline remembers between visits (in localStorage, never in the URL).
 * `lastView` is the canonical hash of the last view (its layout included), reopened when the
 * app is opened without a link.
 */
export interface Preferences {
  version: 3;
  theme: ThemeChoice;
  lastView: string | null;
}

export const PREFERENCES_VERSION = 3;
export const DEFAULT_PREFERENCES: Preferences = {
  version: 3,
  theme: 'system',
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

/** The view to reopen for an older version's remembered layout, when it kept no last view. */
const layoutView = (layout: LayoutMode): string | null =>
  layout === 'list' ? '#/?layout=list' : null;

/**
 * Reads stored preferences. Never throws: missing, corrupt, unknown-version or partly invalid
 * data gives the defaults for whatever could not be read. Version 1 (`{ version: 1, dark:
 * boolean | null, list: boolean }`) and version 2 (a `layout` beside the last view) are migrated.
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
  if (data.version !== 2 && data.version !== PREFERENCES_VERSION) return DEFAULT_PREFERENCES;
  const lastView = viewOf(data.lastView);
  return {
    version: PREFERENCES_VERSION,
    theme: pick(data.theme, THEMES, DEFAULT_PREFERENCES.theme),
    lastView:
      data.version === 2 && lastView === null
        ? layoutView(pick(data.layout, LAYOUTS, 'timeline'))
        : lastView,
  };
}

/** Version 1 stored the theme as `dark: true | false | null` and the layout as `list: boolean`. */
function migrateV1(data: Record<string, unknown>): Preferences {
  const theme: ThemeChoice = data.dark === true ? 'dark' : data.dark === false ? 'light' : 'system';
  return {
    ...DEFAULT_PREFERENCES,
    theme,
    lastView: layoutView(data.list === true ? 'list' : 'timeline'),
  };
}

export function serialisePreferences(preferences: Preferences): string {
  return JSON.stringify(preferences);
}
