import type { ThemeChoice } from '../domain/preferences';
import { useActions, useAppStore } from '../state/store';

const CHOICES: Array<[ThemeChoice, string]> = [
  ['system', 'System theme'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

/** Light, dark, or follow the system; remembered between visits. */
export function ThemeSelect() {
  const theme = useAppStore((s) => s.theme);
  const { themeChanged } = useActions();
  return (
    <label className="theme-select">
      <span className="visually-hidden">Theme</span>
      <select
        className="button"
        value={theme}
        onChange={(e) => themeChanged(e.target.value as ThemeChoice)}
      >
        {CHOICES.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
