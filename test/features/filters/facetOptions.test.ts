import { describe, expect, it } from 'vitest';
import { withChecked, type OptionGroup } from '../../../src/features/filters/facetOptions';

const option = (id: string, checked: boolean, count: number) => ({
  id,
  name: id,
  detail: '',
  keywords: '',
  count,
  checked,
});

describe('withChecked', () => {
  const groups: OptionGroup[] = [
    { label: 'People', options: [option('lavrov', true, 3), option('kuleba', false, 5)] },
    { label: 'Organisations', options: [option('nato', false, 0)] },
  ];

  it('ticks exactly the options selected, keeping counts and the options unchanged', () => {
    const next = withChecked(groups, ['kuleba', 'nato']);
    expect(next.map((g) => g.options.map((o) => [o.id, o.checked, o.count]))).toEqual([
      [
        ['lavrov', false, 3],
        ['kuleba', true, 5],
      ],
      [['nato', true, 0]],
    ]);
    expect(groups[0]!.options[0]!.checked).toBe(true);
  });

  it('keeps the option objects whose state is unchanged', () => {
    const next = withChecked(groups, ['lavrov', 'nato']);
    expect(next[0]!.options[0]).toBe(groups[0]!.options[0]);
    expect(next[0]!.options[1]).toBe(groups[0]!.options[1]);
    expect(next[1]!.options[0]).not.toBe(groups[1]!.options[0]);
  });
});
