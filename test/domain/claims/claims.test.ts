import { describe, expect, it } from 'vitest';
import { claimChartModel, MIN_POINT_GAP } from '../../../src/domain/claims/chart';
import {
  claimInterval,
  compareEventClaims,
  compareQuantity,
  findDifferences,
  intervalsOverlap,
} from '../../../src/domain/claims/compare';
import {
  describeDifference,
  formatAxisValue,
  formatClaimFigure,
  formatClaimValue,
  singularUnit,
} from '../../../src/domain/claims/format';
import { buildResponseIndex, responseLinks } from '../../../src/domain/claims/responses';
import type { Claim, Quantity } from '../../../src/domain/types';
import { makeEvent } from '../../helpers/factories';

const toll: Quantity = { id: 'toll', label: 'Killed', unit: 'people', cumulative: true };
const strike: Quantity = {
  id: 'strike',
  label: 'Killed in a strike',
  unit: 'people',
  cumulative: false,
};

let n = 0;
function makeClaim(overrides: Partial<Claim> & { date?: string; article?: string } = {}): Claim {
  const { date = '2022-03-09', article = 'a', ...rest } = overrides;
  n += 1;
  return {
    id: `c${n}`,
    quantity: 'toll',
    value: 10,
    max: null,
    qualifier: 'exact',
    attribution: null,
    refersTo: { date, basis: 'published', phrase: null },
    event: null,
    evidence: { article, quote: 'q', paragraph: 0, start: 0, end: 1 },
    ...rest,
  };
}
const day = (d: string) => d;

describe('claimInterval and intervalsOverlap', () => {
  it.each<[Partial<Claim>, [number, number]]>([
    [{ value: 5 }, [5, 5]],
    [{ value: 5, qualifier: 'at-least' }, [5, Infinity]],
    [{ value: 5, qualifier: 'more-than' }, [5, Infinity]],
    [{ value: 5, qualifier: 'at-most' }, [-Infinity, 5]],
    [{ value: 300, max: 400 }, [300, 400]],
    [{ value: 100, qualifier: 'about' }, [90, 110.00000000000001]],
  ])('%o allows %o', (claim, [lo, hi]) => {
    const i = claimInterval(makeClaim(claim));
    expect([i.lo, i.hi]).toEqual([lo, hi]);
  });

  it.each<[Partial<Claim>, Partial<Claim>, boolean]>([
    [{ value: 3 }, { value: 3 }, true],
    [{ value: 8 }, { value: 3 }, false],
    [{ value: 1700, qualifier: 'at-least' }, { value: 1200 }, false],
    [{ value: 1200, qualifier: 'at-least' }, { value: 1700 }, true],
    [{ value: 5000, qualifier: 'more-than' }, { value: 5000 }, false],
    [{ value: 5000, qualifier: 'at-least' }, { value: 5000 }, true],
    [{ value: 300, max: 400 }, { value: 350 }, true],
    [{ value: 100, qualifier: 'about' }, { value: 105 }, true],
  ])('%o and %o overlap: %s', (a, b, expected) => {
    expect(intervalsOverlap(claimInterval(makeClaim(a)), claimInterval(makeClaim(b)))).toBe(
      expected,
    );
    expect(intervalsOverlap(claimInterval(makeClaim(b)), claimInterval(makeClaim(a)))).toBe(
      expected,
    );
  });
});

describe('findDifferences', () => {
  it('flags same-day figures that cannot both be true, with their values', () => {
    const a = makeClaim({ value: 8, article: 'x' });
    const b = makeClaim({ value: 3, article: 'y' });
    const [d, ...rest] = findDifferences(strike, [a, b]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ kind: 'same-day', date: '2022-03-09' });
    expect(describeDifference(d!, day)).toBe('Sources differ on 2022-03-09: 3 vs 8');
  });

  it('does not flag agreeing figures, nor a bound that the other figure satisfies', () => {
    expect(findDifferences(strike, [makeClaim({ value: 3 }), makeClaim({ value: 3 })])).toEqual([]);
    expect(
      findDifferences(strike, [
        makeClaim({ value: 3, qualifier: 'at-least' }),
        makeClaim({ value: 7 }),
      ]),
    ).toEqual([]);
  });

  it('flags a running total reported lower on a later day, against the highest earlier bound', () => {
    const first = makeClaim({ value: 1700, qualifier: 'at-least', date: '2022-03-09' });
    const lower = makeClaim({ value: 1200, date: '2022-03-10' });
    const later = makeClaim({ value: 5000, qualifier: 'more-than', date: '2022-03-30' });
    const diffs = findDifferences(toll, [later, lower, first]);
    expect(diffs).toEqual([{ kind: 'decrease', from: first, to: lower }]);
    expect(describeDifference(diffs[0]!, day)).toBe(
      'Sources differ: this running total falls from at least 1,700 (2022-03-09) to 1,200 (2022-03-10)',
    );
    // The same figures for a quantity that is not a running total are not a difference.
    expect(findDifferences({ ...toll, cumulative: false }, [later, lower, first])).toEqual([]);
  });
});

describe('compareQuantity and compareEventClaims', () => {
  it('sort by date and count sources and days; one claim is not worth a chart', () => {
    const a = makeClaim({ date: '2022-03-10', article: 'x', event: 'e1' });
    const b = makeClaim({ date: '2022-03-09', article: 'y' });
    const other = makeClaim({ quantity: 'strike', event: 'e1' });
    const cmp = compareQuantity(toll, [a, b, other]);
    expect(cmp.claims).toEqual([b, a]);
    expect(cmp).toMatchObject({ sources: 2, days: 2, chartable: true });
    expect(compareQuantity(strike, [a, b, other]).chartable).toBe(false);

    const forEvent = compareEventClaims(
      { quantities: [strike, toll], claims: [a, b, other] },
      'e1',
    );
    // The event's quantities in the order of its claims, each compared across every claim.
    expect(forEvent.map((c) => [c.quantity.id, c.claims.length])).toEqual([
      ['toll', 2],
      ['strike', 1],
    ]);
    expect(compareEventClaims({ quantities: [toll], claims: [a] }, 'nothing')).toEqual([]);
  });
});

describe('format', () => {
  it.each<[Partial<Claim>, string]>([
    [{ value: 1700, qualifier: 'at-least' }, 'at least 1,700'],
    [{ value: 5000, qualifier: 'more-than' }, 'more than 5,000'],
    [{ value: 300, max: 400 }, '300–400'],
    [{ value: 4_000_000 }, '4,000,000'],
  ])('%o reads %s', (claim, text) => expect(formatClaimFigure(makeClaim(claim))).toBe(text));

  it.each<[string, string]>([
    ['children', 'child'],
    ['people', 'person'],
    ['hours', 'hour'],
    ['US dollars', 'US dollar'],
  ])('one of %s is one %s', (unit, one) => expect(singularUnit(unit)).toBe(one));

  it('uses the singular for one, bound or not', () => {
    const children = { unit: 'children' };
    expect(formatClaimValue(makeClaim({ value: 1 }), children)).toBe('1 child');
    expect(formatClaimValue(makeClaim({ value: 1, qualifier: 'at-least' }), children)).toBe(
      'at least 1 child',
    );
    expect(formatClaimValue(makeClaim({ value: 78 }), children)).toBe('78 children');
  });

  it.each<[number, string]>([
    [0, '0'],
    [1500, '1,500'],
    [20_000, '20k'],
    [4_000_000, '4M'],
    [500_000_000, '500M'],
  ])('axis %d → %s', (v, text) => expect(formatAxisValue(v)).toBe(text));
});

describe('claimChartModel', () => {
  const a = makeClaim({ value: 1700, qualifier: 'at-least', date: '2022-03-09' });
  const b = makeClaim({ value: 1200, date: '2022-03-10' });
  const c = makeClaim({ value: 5000, qualifier: 'more-than', date: '2022-03-30' });
  const model = claimChartModel([a, b, c], 400, 200);

  it('places later days to the right and larger figures higher, inside the plot', () => {
    const [ma, mb, mc] = model.marks;
    expect(ma!.x).toBeLessThan(mb!.x);
    expect(mb!.x).toBeLessThan(mc!.x);
    expect(mc!.y).toBeLessThan(ma!.y);
    expect(ma!.y).toBeLessThan(mb!.y);
    for (const m of model.marks) {
      expect(m.x).toBeGreaterThan(model.plot.left);
      expect(m.x).toBeLessThan(model.plot.right);
      expect(m.y).toBeGreaterThanOrEqual(model.plot.top);
      expect(m.y).toBeLessThan(model.plot.bottom);
    }
    expect(model.marks.map((m) => m.open)).toEqual(['up', null, 'up']);
    // 9 and 10 March are a few pixels apart on a 3-week axis: pushed apart to keep two targets.
    expect(mb!.x - ma!.x).toBeGreaterThanOrEqual(MIN_POINT_GAP);
  });

  it('keeps crowded points inside the plot, in date order, at least a target apart', () => {
    const crowd = Array.from({ length: 8 }, (_, i) =>
      makeClaim({ value: i, date: i < 4 ? '2022-03-30' : '2022-03-31' }),
    );
    const xs = claimChartModel(crowd, 300, 160).marks.map((m) => m.x);
    for (let i = 1; i < xs.length; i += 1)
      expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(MIN_POINT_GAP - 1e-9);
    expect(Math.max(...xs)).toBeLessThanOrEqual(300 - 16 - 8);
  });

  it('starts the value axis at 0 and labels the claims’ days without collisions', () => {
    expect(model.yTicks[0]).toEqual({ y: model.plot.bottom, label: '0' });
    const dates = model.xTicks.map((t) => t.date);
    // 9 and 10 March are a few pixels apart on a 3-week axis: only the first is labelled.
    expect(dates).toEqual(['2022-03-09', '2022-03-30']);
  });

  it('gives whole-number ticks to counts, even small ones', () => {
    const small = claimChartModel([makeClaim({ value: 1 }), makeClaim({ value: 1 })], 300, 160);
    const labels = small.yTicks.map((t) => t.label);
    expect(labels).toEqual(['0', '1', '2']);
  });

  it('spreads claims of the same day side by side', () => {
    const same = claimChartModel([makeClaim({ value: 3 }), makeClaim({ value: 3 })], 300, 160);
    const [p, q] = same.marks;
    expect(q!.x - p!.x).toBeCloseTo(MIN_POINT_GAP);
    expect(p!.y).toBe(q!.y);
  });
});

describe('responseLinks', () => {
  const strikeEvent = makeEvent({ id: 'strike' });
  const denial = makeEvent({ id: 'denial', responds: [{ event: 'strike', relation: 'denies' }] });
  const reply = makeEvent({ id: 'reply', responds: [{ event: 'denial', relation: 'rebuts' }] });
  const incoming = buildResponseIndex([strikeEvent, denial, reply]);

  it('lists both ways, with the label for each direction', () => {
    expect(responseLinks(incoming, strikeEvent)).toEqual([
      { direction: 'answered-by', relation: 'denies', event: 'denial', label: 'Denied by' },
    ]);
    expect(responseLinks(incoming, denial).map((l) => `${l.label}: ${l.event}`)).toEqual([
      'Denies: strike',
      'Rebutted by: reply',
    ]);
    expect(responseLinks(incoming, makeEvent({ id: 'alone' }))).toEqual([]);
  });
});
