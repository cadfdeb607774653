import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../../src/domain/types';
import { KIND_LOOKS, kindColor, kindLabel } from '../../../src/domain/view/kinds';

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
// The theme's --surface in each scheme (src/app/theme.css).
const SURFACE = { light: '#ffffff', dark: '#1c1d22' };

describe('kind looks', () => {
  it('covers every kind, each with its own name, shape and colours', () => {
    expect(Object.keys(KIND_LOOKS).sort()).toEqual([...EVENT_KINDS].sort());
    const looks = Object.values(KIND_LOOKS);
    for (const field of ['label', 'shape', 'light', 'dark'] as const) {
      expect(new Set(looks.map((l) => l[field])).size, field).toBe(EVENT_KINDS.length);
    }
  });

  it.each(EVENT_KINDS)('%s stands out from the surface in both schemes (3:1)', (kind) => {
    const { light, dark } = KIND_LOOKS[kind];
    expect(contrast(light, SURFACE.light)).toBeGreaterThanOrEqual(3);
    expect(contrast(dark, SURFACE.dark)).toBeGreaterThanOrEqual(3);
  });

  it('writes the colour for both schemes and names unknown kinds as they are', () => {
    expect(kindColor('talks')).toBe(
      `light-dark(${KIND_LOOKS.talks.light}, ${KIND_LOOKS.talks.dark})`,
    );
    expect(kindLabel('humanitarian')).toBe('Humanitarian');
    expect(kindLabel('constructor')).toBe('constructor');
  });
});
