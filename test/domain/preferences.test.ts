import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  parsePreferences,
  serialisePreferences,
  type Preferences,
} from '../../src/domain/preferences';

describe('parsePreferences', () => {
  const saved: Preferences = {
    version: 3,
    theme: 'dark',
    lastView: '#/event/antalya-talks?actor=sergey-lavrov&layout=list',
  };

  it('reads what it wrote', () => {
    expect(parsePreferences(serialisePreferences(saved))).toEqual(saved);
  });

  it.each([
    ['nothing stored', null],
    ['corrupt JSON', '{"version":2,"theme":'],
    ['not an object', '"dark"'],
    ['an array', '[2,"dark"]'],
    ['null', 'null'],
    ['a future version', '{"version":4,"theme":"dark","lastView":"#/"}'],
    ['no version', '{"theme":"dark"}'],
  ])('%s gives the defaults', (_label, raw) => {
    expect(parsePreferences(raw)).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps the valid fields and defaults the rest', () => {
    expect(
      parsePreferences(
        '{"version":3,"theme":"sepia","lastView":"javascript:alert(1)","__proto__":{"x":1}}',
      ),
    ).toEqual(DEFAULT_PREFERENCES);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('drops a last view that is not a hash the app writes, or is far too long', () => {
    expect(parsePreferences('{"version":3,"lastView":"https://evil.example/"}').lastView).toBe(
      null,
    );
    expect(
      parsePreferences(JSON.stringify({ version: 3, lastView: `#/?actor=${'x'.repeat(5000)}` }))
        .lastView,
    ).toBe(null);
  });

  it.each([
    [
      { version: 1, dark: true, list: true },
      { theme: 'dark', lastView: '#/?layout=list' },
    ],
    [
      { version: 1, dark: false, list: false },
      { theme: 'light', lastView: null },
    ],
    [{ version: 1, dark: null }, { theme: 'system' }],
    [
      { version: 2, theme: 'dark', layout: 'list', lastView: null },
      { theme: 'dark', lastView: '#/?layout=list' },
    ],
    [
      { version: 2, theme: 'light', layout: 'list', lastView: '#/?actor=x' },
      { theme: 'light', lastView: '#/?actor=x' },
    ],
  ])('migrates %j', (old, expected) => {
    expect(parsePreferences(JSON.stringify(old))).toEqual({
      ...DEFAULT_PREFERENCES,
      ...expected,
    });
  });
});
