import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARK_STYLE } from '../../../src/features/timeline/markStyle';
import { contrast } from '../../helpers/contrast';

/** A theme colour's light and dark values, as src/app/theme.css defines it. */
function themeColour(name: string): { light: string; dark: string } {
  const css = readFileSync('src/app/theme.css', 'utf8');
  const match = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`).exec(css);
  if (!match) throw new Error(`src/app/theme.css: no light-dark colour --${name}`);
  return { light: match[1]!, dark: match[2]! };
}

/** The timeline's colour variables name the theme's (src/features/timeline/timeline.css). */
function timelineColour(expression: string) {
  const variable = /var\(--tl-([a-z-]+)/.exec(expression)?.[1];
  const css = readFileSync('src/features/timeline/timeline.css', 'utf8');
  const theme = new RegExp(`--tl-${variable}: var\\(--([a-z-]+)`).exec(css)?.[1];
  if (!theme) throw new Error(`${expression}: not a timeline colour`);
  return themeColour(theme);
}

describe('the leader line', () => {
  it('stands out from the chart’s backgrounds in both themes (3:1, as graphics need)', () => {
    const line = timelineColour(MARK_STYLE.leaderColor);
    for (const background of ['bg', 'surface', 'surface-2']) {
      const { light, dark } = themeColour(background);
      expect(contrast(line.light, light), `light on --${background}`).toBeGreaterThanOrEqual(3);
      expect(contrast(line.dark, dark), `dark on --${background}`).toBeGreaterThanOrEqual(3);
    }
    expect(MARK_STYLE.leaderStroke).toBeGreaterThanOrEqual(1.25);
  });
});
