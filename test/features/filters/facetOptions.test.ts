import { describe, expect, it } from 'vitest';
import { createFacetQueries } from '../../../src/domain/view/facetIndex';
import { namesInOrder } from '../../../src/domain/view/facets';
import { EMPTY_FILTERS } from '../../../src/domain/view/viewState';
import {
  buildFacetOptions,
  selectNamesInOrder,
  withChecked,
  type OptionGroup,
} from '../../../src/features/filters/facetOptions';
import { createAppStore, releaseAppStore } from '../../../src/state/store';
import { makeStory } from '../../helpers/factories';

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

describe('the options’ order', () => {
  const story = makeStory();
  const queries = createFacetQueries(story.events);

  it('lists actors and places by name, sorted once per dataset', () => {
    const names = namesInOrder(story);
    const collator = new Intl.Collator('en');
    const sorted = (list: readonly { name: string }[]) =>
      list
        .map((x) => x.name)
        .every((n, i, all) => i === 0 || collator.compare(all[i - 1]!, n) <= 0);
    expect(sorted(names.actors) && sorted(names.places)).toBe(true);
    expect(names.actors).toHaveLength(story.actors.length);
    const store = createAppStore(story);
    expect(selectNamesInOrder(store.getState())).toBe(selectNamesInOrder(store.getState()));
    releaseAppStore(store);
  });

  it('builds the options in the order given, without sorting them again', () => {
    const names = namesInOrder(story);
    const reversed = {
      ...names,
      actors: [...names.actors].reverse(),
      places: [...names.places].reverse(),
    };
    for (const key of ['actors', 'places'] as const) {
      const given = reversed[key].map((x) => x.id);
      const groups = buildFacetOptions(story, reversed, queries, EMPTY_FILTERS, key);
      expect(Math.max(...groups.map((g) => g.options.length))).toBeGreaterThan(1);
      for (const group of groups) {
        const order = group.options.map((o) => o.id);
        expect(order).toEqual(given.filter((id) => order.includes(id)));
      }
    }
  });
});

describe('the places’ details', () => {
  it('name each city’s country as the names given do (once per dataset), a country none', () => {
    const story = makeStory();
    // Names only the given names hold: a detail read from anywhere else would not show them.
    const names = namesInOrder({
      ...story,
      places: story.places.map((p) => ({ ...p, name: `${p.name} (looked up)` })),
    });
    const groups = buildFacetOptions(
      story,
      names,
      createFacetQueries(story.events),
      // A country no event names is listed while ticked.
      { ...EMPTY_FILTERS, places: ['ukraine'] },
      'places',
    );
    const details = Object.fromEntries(
      groups.flatMap((g) => g.options.map((o) => [o.id, o.detail])),
    );
    expect(details).toEqual({
      antalya: 'Turkey (looked up)',
      mariupol: 'Ukraine (looked up)',
      kyiv: 'Ukraine (looked up)',
      ukraine: '',
    });
  });
});
