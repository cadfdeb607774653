import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../../src/domain/types';
import { KIND_LOOKS, kindColor, kindLabel } from '../../../src/domain/view/kinds';
import { contrast } from '../../helpers/contrast';

/** CIE L*a*b* of a #rrggbb colour (sRGB, D65). */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
/** How far apart two colours look (CIE76: distance in L*a*b*; about 2 is just noticeable). */
const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));
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

  it.each(['light', 'dark'] as const)(
    'every two kinds’ colours are told apart in the %s theme (CIE76 ΔE ≥ 18)',
    (scheme) => {
      const close: string[] = [];
      EVENT_KINDS.forEach((a, i) => {
        for (const b of EVENT_KINDS.slice(i + 1)) {
          const d = deltaE(KIND_LOOKS[a][scheme], KIND_LOOKS[b][scheme]);
          if (d < 18) close.push(`${a} × ${b}: ${d.toFixed(1)}`);
        }
      });
      expect(close).toEqual([]);
    },
  );

  it('writes the colour for both schemes and names unknown kinds as they are', () => {
    expect(kindColor('talks')).toBe(
      `light-dark(${KIND_LOOKS.talks.light}, ${KIND_LOOKS.talks.dark})`,
    );
    expect(kindLabel('humanitarian')).toBe('Humanitarian');
    expect(kindLabel('constructor')).toBe('constructor');
  });
});
