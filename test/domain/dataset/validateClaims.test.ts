import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/domain/dataset/validateDataset.ts';
import type { Dataset } from '../../../src/domain/types.ts';

// The build-time validator on the committed dataset, broken one claim or response at a time.
const committed = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../src/generated/dataset.json'), 'utf8'),
) as Dataset;

function breakWith(edit: (d: Dataset) => void) {
  const d = structuredClone(committed);
  edit(d);
  return validateDataset(d, 'dataset.json').problems;
}
const claimAt = (d: Dataset, i: number) => d.claims[i]!;
const eventNamed = (d: Dataset, id: string) => d.events.find((e) => e.id === id)!;
const indexOf = (id: string) => committed.events.findIndex((e) => e.id === id);

describe('validateDataset: claims and responses', () => {
  it('accepts the committed dataset', () => {
    expect(validateDataset(committed, 'dataset.json').problems).toEqual([]);
    expect(committed.claims.length).toBeGreaterThan(0);
  });

  it.each<[string, (d: Dataset) => void, string, RegExp]>([
    [
      'an unknown quantity',
      (d) => (claimAt(d, 0).quantity = 'nope'),
      'claims[0].quantity',
      /unknown quantity/,
    ],
    ['an unknown event', (d) => (claimAt(d, 0).event = 'nope'), 'claims[0].event', /unknown event/],
    [
      'an unknown actor',
      (d) => (claimAt(d, 0).attribution = { actor: 'nobody', text: 'x' }),
      'claims[0].attribution.actor',
      /unknown actor/,
    ],
    [
      'a bad date',
      (d) => (claimAt(d, 0).refersTo.date = '2022-13-01'),
      'claims[0].refersTo.date',
      /ISO date/,
    ],
    [
      'offsets that do not hold the quote',
      (d) => (claimAt(d, 0).evidence.start += 1),
      'claims[0].evidence.quote',
      /not verbatim/,
    ],
    [
      'a missing claims collection',
      (d) => delete (d as Partial<Dataset>).claims,
      'claims',
      /expected array/i,
    ],
  ])('reports %s with the claim and field', (_label, edit, field, message) => {
    const problems = breakWith(edit);
    const match = problems.find((p) => p.field === field);
    expect(match, JSON.stringify(problems)).toBeDefined();
    expect(match?.message).toMatch(message);
  });

  it('reports a response to an unknown event or to itself', () => {
    const i = indexOf('kuleba-zero-progress');
    const unknown = breakWith((d) => {
      eventNamed(d, 'kuleba-zero-progress').responds = [{ event: 'nope', relation: 'rebuts' }];
    });
    expect(unknown).toEqual([
      expect.objectContaining({
        id: 'kuleba-zero-progress',
        field: `events[${i}].responds[0].event`,
        message: 'unknown event "nope"',
      }),
    ]);
    const self = breakWith((d) => {
      eventNamed(d, 'kuleba-zero-progress').responds = [
        { event: 'kuleba-zero-progress', relation: 'rebuts' },
      ];
    });
    expect(self[0]?.message).toBe('an event cannot answer itself');
  });
});
