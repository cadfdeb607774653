import type { Claim, Quantity } from '../types.ts';
import type { ClaimDifference } from './compare.ts';

// A fixed locale so that figures read the same on every machine (and in tests).
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

const PREFIX: Record<Claim['qualifier'], string> = {
  exact: '',
  'at-least': 'at least ',
  'more-than': 'more than ',
  about: 'about ',
  'at-most': 'at most ',
  'less-than': 'fewer than ',
};

/** A claim's figure as the text qualifies it: "at least 1,700", "300–400", "1,200". */
export function formatClaimFigure(c: Pick<Claim, 'value' | 'max' | 'qualifier'>): string {
  const figure =
    c.max === null ? NUMBER.format(c.value) : `${NUMBER.format(c.value)}–${NUMBER.format(c.max)}`;
  return `${PREFIX[c.qualifier]}${figure}`;
}

const SINGULAR: Record<string, string> = { people: 'person', children: 'child' };

/** A plural unit for exactly one: "children" → "child", "hours" → "hour", "US dollars" → "US dollar". */
export function singularUnit(unit: string): string {
  const words = unit.split(' ');
  const last = words.pop() ?? '';
  const one = SINGULAR[last] ?? (last.endsWith('s') ? last.slice(0, -1) : last);
  return [...words, one].join(' ');
}

/** The figure with its unit: "at least 1,700 people", "1 child". */
export function formatClaimValue(c: Claim, quantity: Pick<Quantity, 'unit'>): string {
  const one = c.value === 1 && c.max === null;
  return `${formatClaimFigure(c)} ${one ? singularUnit(quantity.unit) : quantity.unit}`;
}

/** A short axis label: 4,000,000 → "4M", 1,700 → "1.7k". */
export function formatAxisValue(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${NUMBER.format(value / 1e9)}bn`;
  if (abs >= 1e6) return `${NUMBER.format(value / 1e6)}M`;
  if (abs >= 1e4) return `${NUMBER.format(value / 1e3)}k`;
  return NUMBER.format(value);
}

/**
 * One sentence a reader can act on, e.g. "Sources differ on 9 Mar 2022: 8 vs 3" or
 * "A running total falls: at least 1,700 (9 Mar 2022) then 1,200 (10 Mar 2022)".
 * `day` formats an ISO date for display.
 */
export function describeDifference(d: ClaimDifference, day: (date: string) => string): string {
  if (d.kind === 'same-day') {
    const figures = [...new Set(d.claims.map(formatClaimFigure))];
    return `Sources differ on ${day(d.date)}: ${figures.join(' vs ')}`;
  }
  return `Sources differ: this running total falls from ${formatClaimFigure(d.from)} (${day(d.from.refersTo.date)}) to ${formatClaimFigure(d.to)} (${day(d.to.refersTo.date)})`;
}
